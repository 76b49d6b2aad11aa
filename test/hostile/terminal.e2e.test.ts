// Hostile use of a real terminal (pty + emulator): a multi-line paste in one write, tiny
// terminals and a storm of resizes, a storm of random keys, and recordings cut short by
// SIGKILL or Ctrl+C.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, type TestContext } from 'vitest';
import { KEY, PtySession } from '../e2e/pty-session.js';
import { restoredState, RESTORED } from './fake-terminal.js';
import { seededRandom } from '../support/seeded-random.js';

/** For what waits on a process starting or ending: generous, as a busy 2-core machine needs. */
const SLOW = 15_000;

const dir = mkdtempSync(join(tmpdir(), 'isolab-terminal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function open(context: TestContext, ...args: ConstructorParameters<typeof PtySession>) {
  const session = new PtySession(...args);
  context.onTestFinished(() => session.kill('SIGKILL'));
  return session;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ready = (s: string[]) =>
  s.some((l) => l.includes('Host processes')) && s.some((l) => l.includes('q quit'));
const joined = (s: string[]) => s.join(' ').replace(/\s+/g, ' ');

/**
 * A whole dashboard frame for this size: a pane's borders reach the last column, no line is
 * longer, the key-hint line is last and the terminal's last row is left empty.
 */
function fullFrame(columns: number, rows: number) {
  return (s: string[]) =>
    s.some((l) => /^[┌┏].*[┐┓]$/.test(l) && [...l].length === columns) &&
    s.every((l) => [...l].length <= columns) &&
    s.length === rows &&
    s[rows - 1] === '' &&
    /q quit/.test(s[rows - 2] ?? '') &&
    !joined(s).includes('terminal too small');
}

describe.concurrent('a real terminal, used roughly', { timeout: 60_000 }, () => {
  it('a multi-line paste into the console: each line runs in order; an unfinished one waits', async (context) => {
    const session = open(context, [], { cols: 120, rows: 36 });
    await session.waitFor(ready, 'the first frame', SLOW);
    await session.keys(':');
    await session.waitFor(
      (s) => s.some((l) => l.includes('Esc leave')),
      'the console focused',
      SLOW,
    );
    session.write('$n = 40\r$n = $n + 2\r"sum $n"\rGet-Pro');
    const screen = await session.waitFor(
      (s) => s.some((l) => /^┃sum 42 +┃$/.test(l)) && s.some((l) => /PS C:\\> Get-Pro +┃$/.test(l)),
      'the pasted lines run',
      SLOW,
    );
    const at = (pattern: RegExp) => screen.findIndex((l) => pattern.test(l));
    const order = [
      /PS C:\\> \$n = 40 /,
      /PS C:\\> \$n = \$n \+ 2 /,
      /PS C:\\> "sum \$n" /,
      /^┃sum 42 /,
      /PS C:\\> Get-Pro +┃$/,
    ].map(at);
    expect(
      order.every((row) => row >= 0),
      screen.join('\n'),
    ).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    await session.keys(KEY.ctrlC);
    expect((await session.exit(SLOW)).exitCode).toBe(130);
    expect(restoredState(session.raw)).toEqual(RESTORED);
  });

  it('tiny terminals say so; a storm of 40 resizes in 2 s ends on a correct frame', async (context) => {
    const session = open(context, [], { cols: 100, rows: 30 });
    await session.waitFor(ready, 'the first frame', SLOW);
    session.resize(1, 1);
    // One cell: the first letter of the line is all there is room for; it must not crash.
    await session.waitFor((s) => s[0] === 't', 'the 1×1 frame', SLOW);
    for (const [columns, rows] of [
      [20, 8],
      [39, 11],
      [40, 11],
      [39, 12],
    ] as const) {
      session.resize(columns, rows);
      await session.waitFor(
        (s) =>
          joined(s).includes(`terminal too small: need 40×12, have ${columns}×${rows}`) &&
          s[rows - 1] === '',
        `the too-small line at ${columns}×${rows}`,
        SLOW,
      );
    }
    session.resize(40, 12);
    await session.waitFor(fullFrame(40, 12), 'the smallest frame, 40×12', SLOW);

    const random = seededRandom(40);
    for (let i = 0; i < 40; i++) {
      const tiny = random() < 0.25;
      session.resize(
        tiny ? 1 + Math.floor(random() * 45) : 40 + Math.floor(random() * 160),
        tiny ? 1 + Math.floor(random() * 14) : 12 + Math.floor(random() * 50),
      );
      await sleep(50);
    }
    session.resize(90, 28);
    await session.waitFor(fullFrame(90, 28), 'a whole frame at the final size, 90×28', SLOW);
    // Still alive, and the next change of size is followed as well.
    session.resize(100, 30);
    await session.waitFor(fullFrame(100, 30), 'a whole frame at 100×30', SLOW);
    await session.keys('q');
    expect((await session.exit(SLOW)).exitCode).toBe(0);
    expect(restoredState(session.raw)).toEqual(RESTORED);
  });

  it('a storm of 300 random keys (every bound key, text, Esc between): it survives; Ctrl+C still exits 130', async (context) => {
    const session = open(context, [], { cols: 100, rows: 30 });
    // From the moment the first frame is complete: keys typed that early must not be
    // echoed by the terminal under the frame (raw mode comes before the first frame).
    while (!session.raw.includes('\x1b[?2026l')) await sleep(1);
    const random = seededRandom(300);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
    // Every key the keymap binds, as a terminal sends it — except q and Ctrl+C, which end it.
    const KEYS = [
      '\t',
      '\x1b[Z',
      '1',
      '2',
      '3',
      '4',
      '\x1b[A',
      '\x1b[B',
      'k',
      'j',
      '\x1b[5~',
      '\x1b[6~',
      '\x1b[H',
      '\x1b[F',
      't',
      's',
      '\r',
      'x',
      'n',
      'd',
      ':',
      '/',
      'c',
      'o',
      '?',
      '\x1b',
      '\x1bOP',
      'y',
      '\x1b[C',
      '\x1b[D',
      ' ',
      '\x7f',
    ];
    const TEXT = [
      'Get-Process',
      'csrss',
      'Start-Container DEMO',
      '{',
      '"',
      "'",
      '$(',
      'Get-Container | ft',
      'vmwp',
      '컨테이너',
    ];
    let exited = false;
    void session.exited.then(() => (exited = true));
    for (let i = 0; i < 300 && !exited; i++) {
      const roll = random();
      session.write(roll < 0.7 ? pick(KEYS) : roll < 0.85 ? pick(TEXT) : '\x1b');
      await sleep(10);
    }
    expect(exited).toBe(false);
    // It still answers: Esc backs out of whatever the storm left open (help, a form, a
    // filter, the console), then ? opens the help — a whole frame, nothing left below it.
    await sleep(300);
    // Whatever it shows, the frame stays above the last row (nothing drawn or echoed there).
    expect((await session.screen())[29]).toBe('');
    await session.keys(KEY.escape, KEY.escape, KEY.escape, KEY.escape, '?');
    await session.waitFor(
      (s) => /^┏━ Keys/.test(s[0] ?? '') && /Esc close/.test(s[28] ?? '') && s[29] === '',
      'the help overlay, 29 rows',
      SLOW,
    );
    await session.keys(KEY.ctrlC);
    expect((await session.exit(SLOW)).exitCode).toBe(130);
    expect(restoredState(session.raw)).toEqual(RESTORED);
  });
});

/** Every line of a recording parses; header first; then output events in time order. */
function expectWholeRecording(path: string) {
  const text = readFileSync(path, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  const lines = text.slice(0, -1).split('\n');
  const [header, ...events] = lines.map((line, i) => {
    try {
      return JSON.parse(line) as unknown;
    } catch {
      throw new Error(`line ${i + 1} of ${lines.length} is not JSON: ${line.slice(0, 200)}`);
    }
  });
  expect(header).toMatchObject({ version: 2, width: 100, height: 30 });
  expect(events.length).toBeGreaterThan(0);
  let last = 0;
  for (const event of events) {
    expect(Array.isArray(event)).toBe(true);
    const [time, type, data] = event as [number, string, string];
    expect(typeof time).toBe('number');
    expect(time).toBeGreaterThanOrEqual(last);
    expect(['o', 'r']).toContain(type);
    expect(typeof data).toBe('string');
    last = time;
  }
  return events as [number, string, string][];
}

describe('isolab run on a terminal', { timeout: 60_000 }, () => {
  it('with no script: one line naming what to give, exit 2; it does not sit waiting for typing', async (context) => {
    const session = open(context, ['run'], { cols: 100, rows: 30 });
    expect((await session.exit(SLOW)).exitCode).toBe(2);
    const text = (await session.screen()).filter((line) => line.trim() !== '');
    expect(text).toEqual([
      'isolab run: no input; give a script file, - for standard input, or -c "<command>"',
    ]);
    expect(session.raw).not.toContain('\x1b[?1049h'); // never entered the alternate screen
  });
});

describe('React in the dashboard', { timeout: 60_000 }, () => {
  it('is the production build, whatever NODE_ENV says (the development one leaks a measure per render)', async (context) => {
    const out = join(dir, 'probe.json');
    const probe = fileURLToPath(new URL('./fixtures/exit-probe.mjs', import.meta.url));
    const session = open(
      context,
      [],
      { cols: 100, rows: 30 },
      {
        NODE_ENV: 'development',
        NODE_OPTIONS: `--import ${probe}`,
        ISOLAB_PROBE_OUT: out,
      },
    );
    await session.waitFor(ready, 'the first frame', SLOW);
    await session.keys('t', '2', 'j', 'j');
    await sleep(1500);
    await session.keys('q');
    expect((await session.exit(SLOW)).exitCode).toBe(0);
    const seen = JSON.parse(readFileSync(out, 'utf8')) as {
      nodeEnv: string;
      builds: string[];
      measures: number;
    };
    expect(seen.nodeEnv).toBe('production');
    expect(seen.builds.length).toBeGreaterThan(0);
    expect(seen.builds.filter((b) => !b.includes('.production.'))).toEqual([]);
    expect(seen.measures).toBe(0);
  });
});

describe.concurrent('--record, cut short', { timeout: 60_000 }, () => {
  it('SIGKILL in the middle of drawing: every line of the file is a whole event', async (context) => {
    const path = join(dir, 'killed.cast');
    const session = open(context, ['--record', path], { cols: 100, rows: 30 });
    await session.waitFor(ready, 'the first frame', SLOW);
    // Keys that redraw a lot, then the kill while it is still at it.
    await session.keys('t', '2', '\x1b[6~', 'o');
    session.kill('SIGKILL');
    expect((await session.exit(SLOW)).signal).toBe(9);
    const events = expectWholeRecording(path);
    expect(events.some(([, , data]) => data.includes('Host processes'))).toBe(true);
  });

  it('Ctrl+C: the recording ends with the terminal given back', async (context) => {
    const path = join(dir, 'interrupted.cast');
    const session = open(context, ['--record', path], { cols: 100, rows: 30 });
    await session.waitFor(ready, 'the first frame', SLOW);
    await session.keys('t', KEY.ctrlC);
    expect((await session.exit(SLOW)).exitCode).toBe(130);
    const events = expectWholeRecording(path);
    const output = events.map(([, , data]) => data).join('');
    expect(restoredState(output)).toEqual(RESTORED);
  });
});
