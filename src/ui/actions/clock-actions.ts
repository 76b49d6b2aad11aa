// The simulation clock's ticks on the dashboard. While someone is at the keys, or anything
// on screen reads the clock (state/clock-readers.ts), each tick is made when it comes. Once
// the dashboard has been left alone for QUIET_TICKS seconds and nothing on screen reads
// the clock, the ticks wait, up to MAX_WAITING_TICKS, and `catchUp` makes them in one pass
// (the Sim's `tickEach`: exactly what one tick a second gives) — before the next action,
// or when that many have waited. Idle at 10,000 processes the dashboard then drifts the
// counters every 30 s, not every second, and renders nothing between (issue 16); the first
// key after a wait pays for the ticks it catches up (30 of them: 1.2 ms at 10,000
// processes, 6 ms at 50,000, warm), and keys pressed while in use pay nothing.
// While ticks wait and nothing fades, the timer does not wake each second to count them
// (`drive`): it sleeps until the tick that catches up, and an action in between counts
// the ticks due by the clock first. Each wake of an idle Node process costs CPU time — a
// bare `setInterval` of a second alone is ~0.2 % on the bench machine, about htop's whole
// idle cost — so an idle dashboard wakes once in MAX_WAITING_TICKS seconds (issue 16). A
// catch-up runs cold (once in a while, V8 keeps that code in its baseline tier): 30 ticks
// in one, not 10, took the idle process from ~6.7 to ~4 ms of CPU a second (perf stat
// over 15–35 s windows of bench/pty.mjs's idle, 2026-12-07).
import { TICK_MS } from '../../sim/index.js';
import type { TimerHandle } from '../../sim/index.js';
import type { ClockReaders } from '../state/clock-readers.js';
import { pruneHighlights } from '../state/highlights.js';
import { messageExpired } from '../state/message.js';
import type { StoreContext } from './store-context.js';

/** Seconds without an action before the ticks may wait. */
export const QUIET_TICKS = 10;
/** The most ticks that wait for a reader before an idle screen catches them up. */
export const MAX_WAITING_TICKS = 30;

/** What `driveTicks` asks of the waiting clock. */
interface Ticking {
  tick(act: (fn: () => void) => void): void;
  /** Whether the next tick would wait, and how many more may wait before a catch-up. */
  sleepable(): number;
  /** `count` ticks the clock passed while the timer slept: each waits. */
  passed(count: number): void;
}

export function waitingClock(ctx: StoreContext, readers: ClockReaders, wait: boolean) {
  let waiting = 0;
  let quiet = 0;
  /** Set while a driver runs: counts the ticks the clock passed that no timer counted. */
  let countDue: (() => void) | null = null;

  const waits = () => wait && !readers.any && quiet > QUIET_TICKS && waiting < MAX_WAITING_TICKS;

  const ticking: Ticking = {
    /** A second of the clock; `act` commits it when the model must move now. */
    tick(act) {
      waiting += 1;
      quiet += 1;
      if (waits()) return upkeep(ctx);
      // The tick's own commit is not an action of the user's: the quiet time goes on.
      const quietSoFar = quiet;
      act(() => upkeep(ctx));
      quiet = quietSoFar;
    },
    sleepable: () => (waits() && nothingFades(ctx) ? MAX_WAITING_TICKS - waiting - 1 : 0),
    passed: (count) => void (waiting += count),
  };
  return {
    tick: ticking.tick,
    /**
     * The model changed outside an action: whatever it shows now may read the clock, so a
     * sleeping timer goes back to every second (the ticks it slept through still wait).
     */
    wake(): void {
      countDue?.();
    },
    /** The ticks that waited, made now (every action calls this first). */
    catchUp(): void {
      countDue?.();
      quiet = 0;
      if (waiting === 0) return;
      const ticks = waiting;
      waiting = 0;
      ctx.sim.actions.tickEach(ticks);
    },
    /** Ticks once a second until the returned function is called (driveTicks). */
    drive(act: (fn: () => void) => void): () => void {
      const driver = driveTicks(ctx, ticking, act);
      countDue = driver.countDue;
      return () => {
        driver.stop();
        countDue = null;
      };
    },
  };
}

/**
 * Calls `tick` once a second on the context's clock. While ticks wait and nothing on
 * screen fades (no mark, no message), the timer sleeps until the tick that catches them
 * up; `countDue` (an action, or the model changed) counts the ticks the clock passed
 * meanwhile, and the timer goes back to every second.
 */
function driveTicks(ctx: StoreContext, ticking: Ticking, act: (fn: () => void) => void) {
  const { clock } = ctx;
  let next = clock.now() + TICK_MS;
  let timer: TimerHandle | null = null;
  /** When the timer fires. */
  let wakeAt = next;
  const schedule = (at: number) => {
    timer?.cancel();
    wakeAt = at;
    timer = clock.setTimeout(fire, Math.max(0, at - clock.now()));
  };
  function fire() {
    timer = null;
    // Every tick due by now, in order: after a sleep, the ones it slept through.
    while (next <= clock.now()) {
      next += TICK_MS;
      ticking.tick(act);
    }
    // Asleep until the tick at which the waiting ones reach MAX_WAITING_TICKS and catch up.
    schedule(next + ticking.sleepable() * TICK_MS);
  }
  schedule(next);
  return {
    countDue(): void {
      let count = 0;
      for (; next <= clock.now(); next += TICK_MS) count++;
      ticking.passed(count);
      if (wakeAt > next) schedule(next);
    },
    stop(): void {
      timer?.cancel();
      timer = null;
    },
  };
}

/** No mark and no message on screen: a second changes nothing there. */
function nothingFades(ctx: StoreContext): boolean {
  const s = ctx.state();
  return (
    s.message === null && s.highlights.appeared.size === 0 && s.highlights.vanished.length === 0
  );
}

/** What a second does on screen besides the model: marks and messages fade. */
function upkeep(ctx: StoreContext): void {
  const s = ctx.state();
  const now = ctx.clock.now();
  const highlights = pruneHighlights(s.highlights, now);
  if (highlights !== s.highlights) ctx.update({ highlights });
  if (s.message !== null && messageExpired(s.message, now)) ctx.update({ message: null });
}
