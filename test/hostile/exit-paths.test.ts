// Every way out of the dashboard gives the terminal back, in-process (runDashboard with a
// fake terminal): what it wrote last, raw mode, the clock's timers, the one-line message.
// The same paths in a real terminal: test/hostile/exit-paths.e2e.test.ts.
import { describe, expect, it } from 'vitest';
import { settle } from '../ui/harness.js';
import { MOUSE_OFF, MOUSE_ON } from '../../src/ui/output/screen.js';
import { restoredState, RESTORED, startDashboard, type FakeRun } from './fake-terminal.js';

const eio = () => Object.assign(new Error('read EIO'), { code: 'EIO', errno: -5 });

/** The dashboard is up: first frame written, clock ticking, raw mode on. */
async function opened(run: FakeRun) {
  await settle(20);
  expect(run.stdout.text).toContain('Host processes');
  expect(run.stdin.rawModes).toContain(true);
  expect(run.clock.pendingTimers()).toBe(1);
}

function expectRestored(run: FakeRun) {
  expect(restoredState(run.stdout.text)).toEqual(RESTORED);
  expect(run.stdin.rawModes.at(-1)).toBe(false);
  expect(run.clock.pendingTimers()).toBe(0);
}

describe('taking the terminal', () => {
  it('raw mode is on before anything is drawn (keys typed meanwhile are not echoed under the frame)', async () => {
    const run = startDashboard();
    await opened(run);
    const rawOn = run.log.findIndex((e) => e.text === 'raw mode on');
    const firstWrite = run.log.findIndex((e) => e.stream === 'stdout');
    expect(rawOn).toBeGreaterThanOrEqual(0);
    expect(rawOn).toBeLessThan(firstWrite);
    run.stdin.type('q');
    expect(await run.done).toBe(0);
  });
});

describe('suspending from the first byte on', () => {
  it('the SIGTSTP and SIGCONT handlers are in place before anything is written', async () => {
    // A SIGTSTP sent as the first frame shows must find isolab's handler: without it the
    // kernel stops isolab with the terminal raw (or, in an orphaned group, drops it).
    const before = {
      tstp: process.listenerCount('SIGTSTP'),
      cont: process.listenerCount('SIGCONT'),
    };
    const seen: Array<{ tstp: number; cont: number }> = [];
    const run = startDashboard({
      handleProcessEvents: true,
      onFirstWrite: () =>
        seen.push({
          tstp: process.listenerCount('SIGTSTP'),
          cont: process.listenerCount('SIGCONT'),
        }),
    });
    await opened(run);
    expect(seen).toEqual([{ tstp: before.tstp + 1, cont: before.cont + 1 }]);
    run.stdin.type('q');
    expect(await run.done).toBe(0);
    expect(process.listenerCount('SIGTSTP')).toBe(before.tstp);
  });
});

describe('every exit path restores the terminal (in-process)', () => {
  it.each([
    ['q', 'q', 0],
    ['Ctrl+C', '\x03', 130],
    ['Ctrl+C while typing in the console', ':Get-\x03', 130],
    ['q after the help overlay (closed by its own q)', '?qq', 0],
  ])('%s', async (_name, keys, code) => {
    const run = startDashboard();
    await opened(run);
    for (const key of keys === ':Get-\x03' ? [':', 'Get-', '\x03'] : [...keys]) {
      run.stdin.type(key);
      await settle(5);
    }
    expect(await run.done).toBe(code);
    expectRestored(run);
    expect(run.stderr.text).toBe('');
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s: exit %i', async (signal, code) => {
    const run = startDashboard({ handleProcessEvents: true });
    await opened(run);
    const before = process.listenerCount(signal);
    expect(before).toBeGreaterThan(0);
    process.emit(signal, signal);
    expect(await run.done).toBe(code);
    expectRestored(run);
    expect(run.stderr.text).toBe('');
    // Its handlers are gone: the next signal is not answered by a closed dashboard.
    expect(process.listenerCount(signal)).toBeLessThan(before);
  });

  it('stdin ends (the terminal closed, or stdin was a pipe that ran dry): exit 129, quietly', async () => {
    const run = startDashboard();
    await opened(run);
    run.stdin.emit('end');
    expect(await run.done).toBe(129);
    expectRestored(run);
    expect(run.stderr.text).toBe('');
  });

  it('stdin fails (EIO: the terminal has gone): exit 129, no crash report', async () => {
    const run = startDashboard();
    await opened(run);
    run.stdin.emit('error', eio());
    expect(await run.done).toBe(129);
    expectRestored(run);
    expect(run.stderr.text).toBe('');
  });

  it('a write fails (EIO) while drawing: exit 129; later failures are handled too', async () => {
    const run = startDashboard();
    await opened(run);
    run.stdout.emit('error', eio());
    expect(await run.done).toBe(129);
    expectRestored(run);
    expect(run.stderr.text).toBe('');
    // The last writes (leaving the screen) can fail after the dashboard has returned: an
    // 'error' nobody listens to would be an uncaught exception with a stack trace.
    expect(() => run.stdout.emit('error', eio())).not.toThrow();
    expect(() => run.stderr.emit('error', eio())).not.toThrow();
    expect(() => run.stdin.emit('error', eio())).not.toThrow();
  });

  it('an exception while rendering: the screen is left first, then one readable line, exit 1', async () => {
    const run = startDashboard({ testCrash: 'render' });
    await opened(run);
    // The hook throws once the clock has ticked: a crash in a running dashboard.
    run.clock.advance(1000);
    expect(await run.done).toBe(1);
    expectRestored(run);
    expect(run.stderr.text).toBe(
      'isolab: the dashboard stopped on an error: Error: ISOLAB_TEST_CRASH: an exception thrown while rendering\n',
    );
    const leftAt = run.log.findLastIndex(
      (e) => e.stream === 'stdout' && e.text.includes('\x1b[?1049l'),
    );
    const saidAt = run.log.findIndex((e) => e.stream === 'stderr');
    expect(saidAt).toBeGreaterThan(leftAt);
  });

  it('an uncaught exception elsewhere: the same, the message on one line', async () => {
    const run = startDashboard({ handleProcessEvents: true });
    await opened(run);
    // vitest reports uncaught exceptions itself: hand this one to the dashboard's handler only.
    const others = process.listeners('uncaughtException').filter((l) => l.name !== 'onCrash');
    for (const listener of others) process.off('uncaughtException', listener);
    try {
      for (const listener of process.listeners('uncaughtException'))
        listener(new Error('lost\n  in two lines'), 'uncaughtException');
    } finally {
      for (const listener of others) process.on('uncaughtException', listener);
    }
    expect(await run.done).toBe(1);
    expectRestored(run);
    expect(run.stderr.text).toBe(
      'isolab: the dashboard stopped on an error: Error: lost in two lines\n',
    );
  });

  it('without the hook nothing throws, however long it runs', async () => {
    const run = startDashboard();
    await opened(run);
    run.clock.advance(5000);
    await settle(5);
    run.stdin.type('q');
    expect(await run.done).toBe(0);
    expect(run.stderr.text).toBe('');
  });
});

describe('mouse reporting (issue 12)', () => {
  it('is asked for with the screen, and a suspend turns it off with the rest (ScreenOwner.restore)', async () => {
    const stops: number[] = [];
    const run = startDashboard({ handleProcessEvents: true });
    await opened(run);
    expect(run.stdout.text).toContain(MOUSE_ON);
    // The suspend handler gives the screen back through ScreenOwner.restore, then stops;
    // here the stop is the test's SIGSTOP stand-in: answer SIGTSTP, look, resume.
    const kill = process.kill;
    process.kill = ((pid: number, signal?: string) => {
      if (signal === 'SIGSTOP') return stops.push(pid) > 0;
      return kill.call(process, pid, signal);
    }) as typeof process.kill;
    try {
      process.emit('SIGTSTP', 'SIGTSTP');
      expect(stops).toHaveLength(1);
      const text = run.stdout.text;
      expect(text.lastIndexOf(MOUSE_OFF)).toBeGreaterThan(text.lastIndexOf(MOUSE_ON));
      process.emit('SIGCONT', 'SIGCONT');
      expect(run.stdout.text.lastIndexOf(MOUSE_ON)).toBeGreaterThan(text.length - 1);
    } finally {
      process.kill = kill;
    }
    run.stdin.type('q');
    expect(await run.done).toBe(0);
    expectRestored(run);
  });

  it('--no-mouse never asks for it', async () => {
    const run = startDashboard({ mouse: false });
    await opened(run);
    run.stdin.type('q');
    expect(await run.done).toBe(0);
    expect(run.stdout.text).not.toContain('\x1b[?1000h');
    expect(run.stdout.text).not.toContain('\x1b[?1006h');
    expect(restoredState(run.stdout.text)).toMatchObject({
      leftAltScreen: true,
      cursorShown: true,
    });
  });

  it('a click from the terminal focuses the pane under it and types nothing', async () => {
    const run = startDashboard({ size: { columns: 100, rows: 30 } });
    await opened(run);
    expect(run.store().getState().focus).toBe('containers');
    // 1-based column 70, row 5: inside the Host pane (the right half); press and release,
    // in one read with a typed key after them.
    run.stdin.type('\x1b[<0;70;5M\x1b[<0;70;5m');
    await settle(10);
    expect(run.store().getState().focus).toBe('host');
    run.stdin.type(':');
    await settle(10);
    // A click on the console (rows 21–28 at 100×30) keeps it focused; what follows is typed.
    run.stdin.type('\x1b[<0;10;24M\x1b[<0;10;24mab');
    await settle(10);
    expect(run.store().getState().console.input).toBe('ab');
    run.stdin.type('\x03');
    expect(await run.done).toBe(130);
    expectRestored(run);
  });
});
