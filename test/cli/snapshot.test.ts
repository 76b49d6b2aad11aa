// --snapshot and key p's files: through safe-file (never a link, never over a file without
// --force), numbered after the first; and the option through the built command line, which
// refuses an existing file before it takes the screen.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { numberedPath, snapshotWriter } from '../../src/cli/snapshot-file.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'isolab.js');
const dir = mkdtempSync(join(tmpdir(), 'isolab-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('snapshotWriter', () => {
  it('writes the named file, then the name numbered', () => {
    const path = join(dir, 'frame.svg');
    const write = snapshotWriter(path, false);
    expect(write('<svg>1</svg>')).toEqual({ ok: true, path });
    expect(write('<svg>2</svg>')).toEqual({ ok: true, path: join(dir, 'frame-2.svg') });
    expect(readFileSync(path, 'utf8')).toBe('<svg>1</svg>');
    expect(readFileSync(join(dir, 'frame-2.svg'), 'utf8')).toBe('<svg>2</svg>');
    expect(numberedPath('a/b.svg', 3)).toBe(join('a', 'b-3.svg'));
  });

  it('refuses an existing file without --force, replaces it with', () => {
    const path = join(dir, 'old.svg');
    writeFileSync(path, 'old');
    expect(snapshotWriter(path, false)('new')).toMatchObject({ ok: false, why: /exists/ });
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(snapshotWriter(path, true)('new')).toEqual({ ok: true, path });
    expect(readFileSync(path, 'utf8')).toBe('new');
  });

  it('never writes through a symbolic link', () => {
    const target = join(dir, 'target.txt');
    writeFileSync(target, 'mine');
    const link = join(dir, 'link.svg');
    symlinkSync(target, link);
    expect(snapshotWriter(link, true)('x')).toMatchObject({ ok: false, why: /symbolic link/ });
    expect(readFileSync(target, 'utf8')).toBe('mine');
  });

  it('without a name: isolab-N.svg in the folder, skipping names taken', () => {
    const folder = mkdtempSync(join(dir, 'unnamed-'));
    writeFileSync(join(folder, 'isolab-1.svg'), 'taken');
    const write = snapshotWriter(undefined, false, folder);
    expect(write('a')).toEqual({ ok: true, path: join(folder, 'isolab-2.svg') });
    expect(write('b')).toEqual({ ok: true, path: join(folder, 'isolab-3.svg') });
    expect(readFileSync(join(folder, 'isolab-1.svg'), 'utf8')).toBe('taken');
  });
});

describe('isolab --snapshot', () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', input: '' });

  it.each([[[]], [['demo']]])('refuses an existing file without --force (%j)', (command) => {
    const path = join(dir, 'exists.svg');
    writeFileSync(path, 'keep');
    const r = run([...command, '--snapshot', path]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`cannot write the snapshot to '${path}': it exists`);
    expect(readFileSync(path, 'utf8')).toBe('keep');
    // With --force the file is accepted; without a terminal the dashboard then says so.
    const forced = run([...command, '--snapshot', path, '--force']);
    expect(forced.stderr).not.toContain('cannot write the snapshot');
    expect(forced.stderr).toContain('interactive terminal');
  });
});
