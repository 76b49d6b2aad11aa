import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { FakeClock } from '../../src/sim/clock.js';
import { TICK_MS, type HostState } from '../../src/sim/index.js';
import { MAX_WAITING_TICKS, QUIET_TICKS } from '../../src/ui/actions/clock-actions.js';
import { clockReadersOf } from '../../src/ui/state/clock-readers.js';
import type { DemoDriver } from '../../src/ui/state/demo-driver.js';
import { runDashboard } from '../../src/ui/run-dashboard.js';
import { WARM_UP_GAP_MS, WARM_UP_RENDERS } from '../../src/ui/warm-up.js';
import {
  ALT_SCREEN_OFF,
  ALT_SCREEN_ON,
  CURSOR_HOME,
  CURSOR_SHOW,
} from '../../src/ui/output/screen.js';
import type { UiStore } from '../../src/ui/ui-store.js';
import { FakeIn, FakeOut, type Entry } from '../hostile/fake-terminal.js';
import { settle } from './harness.js';
import { cellWidth } from '../../src/ui/text/text-width.js';
import { labInsideDemo } from '../support/lab.js';
import { demoDriverDouble } from '../support/demo-doubles.js';

function start(options: { demo?: DemoDriver; mouse?: boolean } = {}) {
  const log: Entry[] = [];
  const stdout = new FakeOut('stdout', log);
  const stderr = new FakeOut('stderr', log);
  const stdin = new FakeIn(log);
  const clock = new FakeClock();
  const sim = labInsideDemo();
  let store: UiStore | null = null;
  const done = runDashboard({
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    clock,
    lang: 'en',
    color: false,
    sim,
    handleProcessEvents: false,
    onStore: (s) => (store = s),
    ...(options.demo ? { demo: options.demo } : {}),
    ...(options.mouse === undefined ? {} : { mouse: options.mouse }),
  });
  return { stdout, stderr, stdin, clock, sim, done, store: () => store as unknown as UiStore };
}

/** `host` is the lab after `ticks` ticks made one a second, exactly (every counter). */
function expectMadeOnTime(host: HostState, ticks: number): void {
  const onTime = labInsideDemo();
  for (let i = 0; i < ticks; i++) onTime.actions.tick(1);
  expect(JSON.stringify(host)).toBe(JSON.stringify(onTime.getState()));
}

describe('runDashboard', () => {
  it('q: leaves the alternate screen, shows the cursor, turns raw mode off, exits 0, no timer left', async () => {
    const run = start();
    await settle(20);
    // The first row starts at the top left whatever the shell's line held (typed-ahead keys).
    expect(run.stdout.text.startsWith(ALT_SCREEN_ON + CURSOR_HOME)).toBe(true);
    expect(run.clock.pendingTimers()).toBe(1);
    run.stdin.type('q');
    expect(await run.done).toBe(0);
    expect(run.stdout.text).toContain(ALT_SCREEN_OFF);
    expect(run.stdout.text.endsWith(CURSOR_SHOW)).toBe(true);
    expect(run.stdin.rawModes.at(-1)).toBe(false);
    expect(run.clock.pendingTimers()).toBe(0);
    expect(run.stderr.text).toBe('');
  });

  it('Ctrl+C exits 130 from the console too', async () => {
    const run = start();
    await settle(20);
    run.stdin.type(':');
    await settle(5);
    run.stdin.type('\x03');
    expect(await run.done).toBe(130);
    expect(run.stdout.text).toContain(ALT_SCREEN_OFF);
  });

  it("a lone Esc acts as it arrives, not after Ink's 20 ms wait for more of a sequence", async () => {
    for (const mouse of [true, false]) {
      const run = start({ mouse });
      await settle(20);
      run.stdin.type('?');
      await settle(5);
      expect(run.store().getState().overlay?.kind).toBe('help');
      run.stdin.type('\x1b');
      expect(run.store().getState().overlay).toBeNull();
      run.stdin.type('q');
      expect(await run.done).toBe(0);
    }
  });

  it('writes nothing while idle after the first frame (warm-up.ts renders the same tree) and quits clean after', async () => {
    const run = start();
    await settle(20);
    const shown = run.stdout.text.length;
    // Past every warm-up render: the same tree, so the same frame, and nothing written.
    await settle(WARM_UP_GAP_MS * (WARM_UP_RENDERS + 1));
    expect(run.stdout.text.length).toBe(shown);
    run.stdin.type('j');
    await settle(5);
    expect(run.stdout.text.length).toBeGreaterThan(shown);
    run.stdin.type('q');
    expect(await run.done).toBe(0);
    expect(run.clock.pendingTimers()).toBe(0);
  });

  it('left alone, ticks wait while nothing on screen reads the clock; a key catches them up exactly', async () => {
    const run = start();
    await settle(20);
    // While someone is at the keys (QUIET_TICKS seconds after an action) every tick is made.
    run.clock.advance(QUIET_TICKS * TICK_MS);
    expect(run.store().getState().host.ticks).toBe(QUIET_TICKS);
    const before = run.store().getState().host;
    run.clock.advance(2 * TICK_MS + 500);
    // The default screen shows no counter: two ticks wait, the model is not touched.
    expect(run.store().getState().host).toBe(before);
    run.stdin.type('j');
    await settle(5);
    const host = run.store().getState().host;
    expect(host.ticks).toBe(QUIET_TICKS + 2);
    // Exactly what a tick each second makes (tickEach, deferred-drift.property.test.ts).
    expectMadeOnTime(host, QUIET_TICKS + 2);
    // The key was an action: the next QUIET_TICKS ticks are made as they come.
    run.clock.advance(TICK_MS);
    expect(run.store().getState().host.ticks).toBe(QUIET_TICKS + 3);
    run.stdin.type('q');
    await run.done;
  });

  it('an idle screen catches its ticks up every MAX_WAITING_TICKS seconds', async () => {
    const run = start();
    await settle(20);
    run.clock.advance((QUIET_TICKS + MAX_WAITING_TICKS - 1) * TICK_MS);
    expect(run.store().getState().host.ticks).toBe(QUIET_TICKS);
    run.clock.advance(TICK_MS);
    expect(run.store().getState().host.ticks).toBe(QUIET_TICKS + MAX_WAITING_TICKS);
    run.stdin.type('q');
    await run.done;
  });

  /** When each timer of the clock was set to fire, from now on. */
  function timersSet(clock: FakeClock): number[] {
    const at: number[] = [];
    const setTimeout = clock.setTimeout.bind(clock);
    vi.spyOn(clock, 'setTimeout').mockImplementation((fn, ms) => {
      at.push(clock.now() + ms);
      return setTimeout(fn, ms);
    });
    return at;
  }

  it('idle, the timer sleeps through the ticks that wait: one wake per catch-up, the ticks exact', async () => {
    const run = start();
    await settle(20);
    const wakes = timersSet(run.clock);
    const idle = QUIET_TICKS + 6 * MAX_WAITING_TICKS;
    run.clock.advance(idle * TICK_MS);
    // Every second of the quiet time, then one wake per MAX_WAITING_TICKS seconds.
    expect(wakes.length).toBeLessThanOrEqual(QUIET_TICKS + 1 + 6 + 1);
    expect(run.store().getState().host.ticks).toBe(idle);
    // A key halfway through a sleep: the ticks the clock passed are caught up exactly.
    run.clock.advance(4 * TICK_MS + 300);
    run.stdin.type('j');
    await settle(5);
    const host = run.store().getState().host;
    expect(host.ticks).toBe(idle + 4);
    expectMadeOnTime(host, idle + 4);
    // Then every second again, on the second: the next wake is the next tick.
    expect(wakes.at(-1)).toBe((idle + 5) * TICK_MS);
    run.clock.advance(700);
    expect(run.store().getState().host.ticks).toBe(idle + 5);
    run.stdin.type('q');
    expect(await run.done).toBe(0);
    expect(run.clock.pendingTimers()).toBe(0);
  });

  it('a change of the model outside an action wakes a sleeping timer for the next second', async () => {
    const run = start();
    await settle(20);
    run.clock.advance((QUIET_TICKS + 2) * TICK_MS + 100);
    const wakes = timersSet(run.clock);
    // Asleep since tick QUIET_TICKS + 1, until the catch-up. Another part of the program
    // changes the model (no key, no action): the timer is set again for the next second,
    // when whatever the change put on screen may read the clock.
    run.sim.actions.tick(1);
    expect(wakes).toEqual([(QUIET_TICKS + 3) * TICK_MS]);
    // The ticks still wait for their catch-up, and none is lost or made twice.
    run.clock.advance((MAX_WAITING_TICKS - 3) * TICK_MS);
    expect(run.store().getState().host.ticks).toBe(QUIET_TICKS + 1);
    run.clock.advance(TICK_MS);
    expect(run.store().getState().host.ticks).toBe(QUIET_TICKS + MAX_WAITING_TICKS + 1);
    run.stdin.type('q');
    await run.done;
  });

  /** Past the quiet time, each second makes a tick: something on screen reads the clock. */
  function expectTicksEverySecond(run: ReturnType<typeof start>, seconds: number): void {
    const first = run.store().getState().host.ticks;
    for (let second = 1; second <= seconds; second++) {
      run.clock.advance(TICK_MS);
      expect(run.store().getState().host.ticks).toBe(first + second);
    }
  }

  it('a pane that shows a counter ticks the model every second', async () => {
    const run = start();
    await settle(20);
    const readers = clockReadersOf(run.store());
    expect(readers.any).toBe(false);
    // The Host pane zoomed (100 columns) is wide enough for WS(K) and CPU(s).
    run.stdin.type('2');
    await settle(2);
    run.stdin.type('z');
    await settle(5);
    expect(run.store().getState().zoomed).toBe(true);
    expect(readers.any).toBe(true);
    expectTicksEverySecond(run, QUIET_TICKS + 3);
    run.stdin.type('q');
    await run.done;
  });

  it('a view that reads the clock (the details view) ticks the model every second', async () => {
    const run = start();
    await settle(20);
    run.stdin.type('v');
    await settle(5);
    expect(run.store().getState().overlay?.kind).toBe('details');
    expectTicksEverySecond(run, QUIET_TICKS + 3);
    // Closed again, the ticks wait once the quiet time is over.
    run.stdin.type('v');
    await settle(5);
    const ticks = run.store().getState().host.ticks;
    run.clock.advance((QUIET_TICKS + 2) * TICK_MS);
    expect(run.store().getState().host.ticks).toBe(ticks + QUIET_TICKS);
    run.stdin.type('q');
    await run.done;
  });

  it('starts and stops the demo driver, and routes the demo keys to it', async () => {
    const demo: DemoDriver = demoDriverDouble();
    const run = start({ demo });
    await settle(20);
    expect(demo.start).toHaveBeenCalledWith(run.store());
    run.stdin.type(' ');
    await settle(5);
    expect(demo.togglePlay).toHaveBeenCalledTimes(1);
    run.stdin.type('q');
    expect(await run.done).toBe(0);
    expect(demo.stop).toHaveBeenCalledTimes(1);
  });

  it('a crash: the screen is restored first, then one readable error, exit 1', async () => {
    const demo = {
      start: () => {
        throw new Error('boom');
      },
      stop: vi.fn(),
    } as unknown as DemoDriver;
    const run = start({ demo });
    expect(await run.done).toBe(1);
    expect(run.stdout.text).toContain(ALT_SCREEN_OFF);
    expect(run.stderr.text).toMatch(/^isolab: the dashboard stopped on an error: Error: boom/);
    expect(run.clock.pendingTimers()).toBe(0);
  });

  it("a wider terminal gets the new layout at once, not after Ink's frame throttle", async () => {
    const run = start();
    await settle(20);
    const widest = (text: string) =>
      Math.max(0, ...stripVTControlCharacters(text).split('\n').map(cellWidth));
    expect(widest(run.stdout.text)).toBe(100);
    for (const columns of [120, 140]) {
      const before = run.stdout.text.length;
      run.stdout.columns = columns;
      run.stdout.emit('resize');
      // Read at once, before any timer runs: Ink's own listener drew the layout it had, for
      // the old width, and its 33 ms throttle held the new one back (a wider terminal kept
      // the old frame until then).
      expect(run.store().getState().size.columns).toBe(columns);
      expect(widest(run.stdout.text.slice(before))).toBe(columns);
    }
    run.stdin.type('q');
    expect(await run.done).toBe(0);
  });
});
