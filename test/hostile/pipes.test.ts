// `isolab run` into a pipe whose reader stops reading or goes away: it ends quietly (no
// EPIPE message, no stack trace) when the reader has gone, and waits without burning a core
// while it only dawdles (`| less`), losing nothing.
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../e2e/pty-session.js';

const dir = mkdtempSync(join(tmpdir(), 'isolab-pipes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PIPE_BUFFER = 64 * 1024;
// 150 process lists and 150 error records: about 600 KB of transcript, nine times what a
// pipe holds.
const script = join(dir, 'long.ps1');
writeFileSync(script, 'Get-Process\nGet-Process -Name nope\n'.repeat(150));

/** The whole transcript, read to the end (once: it is the same every time). */
let whole: SpawnSyncReturns<string> | null = null;
const full = () =>
  (whole ??= spawnSync(process.execPath, [BIN, 'run', script], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }));

/** CPU seconds a process has used (Linux: utime + stime from /proc, in clock ticks). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.concurrent('isolab run into a pipe', () => {
  it('the transcript is long enough that the pipe closes mid-write', () => {
    const r = full();
    expect(r.status).toBe(1);
    expect(r.stdout.length).toBeGreaterThan(8 * PIPE_BUFFER);
    expect(r.stdout.split('\n').length).toBeGreaterThan(9000);
  });

  it('the reader goes away after the first line: exit quietly, nothing on stderr', async () => {
    const child = spawn(process.execPath, [BIN, 'run', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let first = '';
    await new Promise<void>((resolve) => {
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        first += d;
        if (first.includes('\n')) {
          // Like head -1: take a line, close the pipe.
          child.stdout.destroy();
          resolve();
        }
      });
    });
    const code = await new Promise<number | null>((resolve) =>
      child.on('close', (c) => resolve(c)),
    );
    expect(first.split('\n')[0]).toBe('PS C:\\> Get-Process');
    // Not killed by SIGPIPE either: it noticed and ended on its own, with the code so far.
    expect(child.signalCode).toBeNull();
    expect([0, 1]).toContain(code);
    expect(stderr).toBe('');
  });

  it('| head -1 in a shell, for run and for a headless demo', () => {
    for (const args of [`run "${script}"`, 'demo internals --headless', 'scenarios']) {
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" ${args} | head -1`], {
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(r.status, args).toBe(0);
      expect(
        r.stdout.split('\n').filter((l) => l !== ''),
        args,
      ).toHaveLength(1);
      expect(r.stderr, args).toBe('');
    }
  });

  it('a reader that stops for a while: isolab waits without spinning, and loses nothing', async () => {
    const child = spawn(process.execPath, [BIN, 'run', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Nobody reads for now: the pipe fills within a moment of starting.
    child.stdout.pause();
    await sleep(1000);
    const before = cpuSeconds(child.pid as number);
    await sleep(1500);
    const spent = cpuSeconds(child.pid as number) - before;
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stdout.resume();
    const code = await new Promise<number | null>((resolve) =>
      child.on('close', (c) => resolve(c)),
    );
    // Spinning on EAGAIN would take most of a core for the 1.5 s (on a loaded machine a
    // spinner gets less, never a waiter more: this cannot fail for being slow).
    expect(spent).toBeLessThan(0.3);
    expect(code).toBe(1);
    expect(out).toBe(full().stdout);
  });
});
