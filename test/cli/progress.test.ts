// Progress kept: the platform's state directory, atomic writes, damaged files set aside
// with one warning, and a writer SIGKILLed mid-loop leaving a valid file behind.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  PROGRESS_FILE,
  readProgress,
  stateDirectory,
  withTaskDone,
  writeProgress,
} from '../../src/cli/progress/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const fresh = () => mkdtempSync(join(tmpdir(), 'isolab-progress-'));
const AT = new Date('2026-01-02T03:04:05.678Z');

function reader(directory: string) {
  const warnings: string[] = [];
  const read = () => readProgress({ directory, warn: (m) => warnings.push(m), now: () => AT });
  return { read, warnings };
}

describe('the state directory', () => {
  it.each([
    ['linux', { XDG_STATE_HOME: '/x/state' }, '/x/state/isolab'],
    ['linux', {}, '/home/u/.local/state/isolab'],
    ['linux', { XDG_STATE_HOME: 'relative' }, '/home/u/.local/state/isolab'],
    ['freebsd', {}, '/home/u/.local/state/isolab'],
    ['darwin', { XDG_STATE_HOME: '/x' }, '/home/u/Library/Application Support/isolab'],
    [
      'win32',
      { LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' },
      'C:\\Users\\u\\AppData\\Local\\isolab',
    ],
  ] as const)('%s %j → %s', (platform, env, expected) => {
    expect(stateDirectory(env, platform, '/home/u')).toBe(expected);
  });
});

describe('the progress file', () => {
  it('round-trips, creating the directory', () => {
    const directory = join(fresh(), 'a', 'b');
    const progress = withTaskDone(emptyProgress(), 'conversion', 2, false, AT);
    expect(writeProgress(directory, withTaskDone(progress, 'conversion', 0, true, AT))).toBeNull();
    const { read, warnings } = reader(directory);
    expect(read().lessons).toEqual({
      conversion: { tasks: [0, 2], finished: true, updatedAt: AT.toISOString() },
    });
    expect(warnings).toEqual([]);
    expect(readdirSync(directory)).toEqual([PROGRESS_FILE]);
  });

  it.each([
    ['not JSON', '{"version": 1, "less'],
    ['the wrong shape', JSON.stringify({ version: 1, lessons: { x: { tasks: 'all' } } })],
    ['too large', `{"version":1,"lessons":{},"pad":"${'x'.repeat(300_000)}"}`],
  ])('a damaged file (%s) is set aside with one warning, and progress starts afresh', (_, text) => {
    const directory = fresh();
    writeFileSync(join(directory, PROGRESS_FILE), text);
    const { read, warnings } = reader(directory);
    expect(read()).toEqual(emptyProgress());
    const aside = `${PROGRESS_FILE}.bad-2026-01-02T03-04-05-678Z`;
    expect(readdirSync(directory)).toEqual([aside]);
    expect(readFileSync(join(directory, aside), 'utf8')).toBe(text);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^isolab: progress file .* is damaged \(.+\); set aside as /);
    expect(read()).toEqual(emptyProgress());
    expect(warnings).toHaveLength(1);
  });

  it('never reads or writes through a symlink', () => {
    const directory = fresh();
    const victim = join(fresh(), 'victim.txt');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, join(directory, PROGRESS_FILE));
    const { read, warnings } = reader(directory);
    expect(read()).toEqual(emptyProgress());
    expect(warnings[0]).toMatch(/symbolic link/);
    symlinkSync(victim, join(directory, PROGRESS_FILE));
    expect(writeProgress(directory, emptyProgress())).toBeNull();
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(JSON.parse(readFileSync(join(directory, PROGRESS_FILE), 'utf8'))).toEqual(
      emptyProgress(),
    );
  });

  it('says why it cannot save, without throwing', () => {
    const blocker = join(fresh(), 'file');
    writeFileSync(blocker, '');
    expect(writeProgress(join(blocker, 'sub'), emptyProgress())).toMatch(
      /could not save progress .*ENOTDIR/,
    );
  });
});

/** A writer that saves ever-growing progress in a loop, printing a line after each save. */
const WRITER = `
const { emptyProgress, withTaskDone, writeProgress } = await import(${JSON.stringify(
  pathToFileURL(join(ROOT, 'dist', 'cli', 'progress', 'index.js')).href,
)});
let progress = emptyProgress();
for (let i = 0; ; i++) {
  progress = withTaskDone(progress, 'lesson-' + (i % 400), i % 60, i % 7 === 0, new Date(i));
  const problem = writeProgress(process.argv[2], progress);
  if (problem) { console.error(problem); process.exit(3); }
  process.stdout.write(i + '\\n');
}
`;

function killMidWrite(
  directory: string,
  script: string,
  afterSaves: number,
): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, directory], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lines = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      lines += chunk.toString().split('\n').length - 1;
      if (lines >= afterSaves) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve(signal));
  });
}

describe('a writer killed mid-loop', () => {
  it('leaves a valid progress file (SIGKILL, three times)', async () => {
    const directory = fresh();
    const script = join(fresh(), 'writer.mjs');
    writeFileSync(script, WRITER);
    for (const afterSaves of [50, 300, 700]) {
      expect(await killMidWrite(directory, script, afterSaves)).toBe('SIGKILL');
      const { read, warnings } = reader(directory);
      const progress = read();
      expect(warnings).toEqual([]);
      expect(Object.keys(progress.lessons).length).toBeGreaterThan(Math.min(afterSaves, 400) / 2);
      expect(existsSync(join(directory, PROGRESS_FILE))).toBe(true);
    }
    // A temp file the killed writer left behind goes at the next save.
    expect(writeProgress(directory, reader(directory).read())).toBeNull();
    expect(readdirSync(directory)).toEqual([PROGRESS_FILE]);
  }, 60_000);
});
