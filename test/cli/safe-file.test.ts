// Files isolab writes (issue 15, the /tmp attack): never through a link, never over an
// existing file without --force, written as a new file that then takes the name, and a
// failed write (/dev/full) reported, not swallowed.
import {
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CastRecorder } from '../../src/cli/record.js';
import { openNewFile, writeNewFile } from '../../src/cli/safe-file.js';

const dir = mkdtempSync(join(tmpdir(), 'isolab-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const HEADER = { width: 80, height: 24 };

describe('writeNewFile and openNewFile', () => {
  it('refuse a symbolic link at the path, even with force; its target is untouched', () => {
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    const link = join(dir, 'link.cast');
    symlinkSync(victim, link);
    for (const force of [false, true]) {
      expect(writeNewFile(link, 'x', { force })).toEqual({
        ok: false,
        why: 'it is a symbolic link (isolab never writes through one)',
      });
      expect(openNewFile(link, { force }).ok).toBe(false);
    }
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('refuse an existing file unless forced; forced, it is replaced whole', () => {
    const path = join(dir, 'existing.txt');
    writeFileSync(path, 'old');
    expect(writeNewFile(path, 'new', { force: false })).toEqual({
      ok: false,
      why: 'it exists (use --force to replace it)',
    });
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(writeNewFile(path, 'new', { force: true })).toEqual({ ok: true });
    expect(readFileSync(path, 'utf8')).toBe('new');
  });

  it('leave no temporary file behind, written or refused', () => {
    writeNewFile(join(dir, 'a.txt'), 'a', { force: false });
    writeNewFile(join(dir, 'nope', 'b.txt'), 'b', { force: false });
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a missing folder is named as such', () => {
    expect(writeNewFile(join(dir, 'nope', 'x.txt'), 'x', { force: false })).toEqual({
      ok: false,
      why: 'its folder does not exist',
    });
  });
});

describe('CastRecorder', () => {
  it('a new file: the header is there at once (a killed session keeps its recording)', () => {
    const path = join(dir, 'new.cast');
    const opened = CastRecorder.open(path, HEADER);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(JSON.parse(readFileSync(path, 'utf8').split('\n')[0]!)).toMatchObject(HEADER);
    opened.recorder.close();
    const again = CastRecorder.open(path, HEADER);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.message).toMatch(/new\.cast': it exists \(use --force/);
    expect(CastRecorder.open(path, HEADER, true).ok).toBe(true);
  });

  it.runIf(existsSync('/dev/full'))('/dev/full: the failed write is reported, exit 1', () => {
    const opened = CastRecorder.open('/dev/full', HEADER);
    expect(opened).toEqual({
      ok: false,
      message: "isolab: cannot record to '/dev/full': no space left on the device",
      exitCode: 1,
    });
  });
});
