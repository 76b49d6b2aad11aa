// Input is hostile until bounded (issue 15): files, standard input and single lines have
// size limits, non-regular files are refused at once, UTF-16 with a mark is read, binary is
// found anywhere, a symlink loop is named. Each failure is one line naming the source, exit
// 2, within a few seconds and a bounded peak RSS (measured by /usr/bin/time).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText, INPUT_LIMITS } from '../../src/cli/read-text.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'isolab.js');
const dir = mkdtempSync(join(tmpdir(), 'isolab-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A peak RSS far below what reading /dev/zero into memory reached (16.8 GB). */
const RSS_LIMIT_KB = 250 * 1024;
const TIME_LIMIT_MS = 15_000;

interface Ran {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly maxRssKb: number;
}

/** `isolab …` in a shell (for pipes), its peak RSS measured; killed after the time limit. */
function isolab(args: string, stdinFrom = '< /dev/null'): Ran {
  const rssFile = join(dir, 'rss');
  const command = `/usr/bin/time -o "${rssFile}" -f %M "${process.execPath}" "${BIN}" ${args}`;
  const shell = stdinFrom.endsWith('|') ? `${stdinFrom} ${command}` : `${command} ${stdinFrom}`;
  const r = spawnSync('sh', ['-c', shell], {
    encoding: 'utf8',
    timeout: TIME_LIMIT_MS,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const rss = existsSync(rssFile)
    ? Number(execFileSync('tail', ['-1', rssFile], { encoding: 'utf8' }))
    : NaN;
  rmSync(rssFile, { force: true });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, maxRssKb: rss };
}

function expectRefused(r: Ran, mentions: RegExp): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(mentions);
  expect(r.maxRssKb).toBeLessThan(RSS_LIMIT_KB);
}

describe.runIf(existsSync('/usr/bin/time'))('input that would hang or fill memory', () => {
  it('isolab run /dev/zero and --file /dev/zero: refused as devices', () => {
    expectRefused(isolab('run /dev/zero'), /'\/dev\/zero': it is a device, not a regular file/);
    expectRefused(
      isolab('demo --headless --file /dev/zero'),
      /scenario '\/dev\/zero': it is a device/,
    );
  });

  it('yes | isolab run - and /dev/zero on standard input stop at the 1 MiB limit', () => {
    expectRefused(isolab('run -', 'yes |'), /standard input: it is larger than 1 MiB/);
    expectRefused(isolab('run -', '< /dev/zero'), /standard input: it is larger than 1 MiB/);
  });

  it('a FIFO with no writer is refused at once, not waited on', () => {
    const fifo = join(dir, 'fifo.ps1');
    execFileSync('mkfifo', [fifo]);
    expectRefused(isolab(`run "${fifo}"`), /fifo\.ps1': it is a FIFO/);
    expectRefused(isolab(`demo --headless --file "${fifo}"`), /fifo\.ps1': it is a FIFO/);
  });

  it('a symlink loop is named, not a bare ELOOP', () => {
    const loop = join(dir, 'loop.ps1');
    symlinkSync(loop, loop);
    const r = isolab(`run "${loop}"`);
    expectRefused(r, /loop\.ps1': too many levels of symbolic links \(a symlink loop\?\)/);
    expect(r.stderr).not.toMatch(/^ELOOP|: ELOOP/);
  });

  it('a file over 1 MiB, and a 50 MB line on standard input', () => {
    const big = join(dir, 'big.ps1');
    writeFileSync(big, `${'Get-Process\n'.repeat(100_000)}`);
    expectRefused(isolab(`run "${big}"`), /big\.ps1': it is larger than 1 MiB/);
    expectRefused(
      isolab('run -', `head -c 50000000 /dev/zero | tr '\\0' a |`),
      /standard input: it is larger than 1 MiB/,
    );
  });

  it('a line over 64 KiB names its line; -c too', () => {
    const long = join(dir, 'long.ps1');
    writeFileSync(long, `Get-Process\n# ok\n${'x'.repeat(INPUT_LIMITS.lineChars + 1)}\n`);
    expectRefused(isolab(`run "${long}"`), /long\.ps1': line 3 is longer than 65536 characters/);
    expectRefused(
      isolab(`run -c gps -c ${'y'.repeat(INPUT_LIMITS.lineChars + 1)}`),
      /-c: command 2 is longer than 65536 characters/,
    );
  });
});

describe('decodeText', () => {
  const utf16 = (text: string, le: boolean) => {
    const body = Buffer.from(text, 'utf16le');
    if (!le) body.swap16();
    return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
  };

  it('reads UTF-16 LE and BE with their byte-order marks, and UTF-8 with or without one', () => {
    const text = 'Get-Process csrss\r\n# 컨테이너\n';
    expect(decodeText(utf16(text, true))).toBe(text);
    expect(decodeText(utf16(text, false))).toBe(text);
    expect(decodeText(Buffer.from(`\ufeff${text}`))).toBe(text);
    expect(decodeText(Buffer.from(text))).toBe(text);
  });

  it('finds binary data anywhere, not only in the first 8 KB', () => {
    const text = 'Get-Process\n'.repeat(2000);
    const binary = Buffer.alloc(4096, 0);
    expect(decodeText(Buffer.concat([Buffer.from(text), binary]))).toBeNull();
    expect(decodeText(Buffer.concat([Buffer.from(text), Buffer.from([0xc3, 0x28])]))).toBeNull();
  });

  it('keeps a stray NUL or escape in a line of text (the console shows it)', () => {
    const text = 'Get-Process\0csrss\n\x1b[2J\n'.repeat(100);
    expect(decodeText(Buffer.from(text))).toBe(text);
  });
});
