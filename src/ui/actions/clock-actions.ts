// The simulation clock's ticks on the dashboard. While someone is at the keys, or anything
// on screen reads the clock (state/clock-readers.ts), each tick is made when it comes. Once
// the dashboard has been left alone for QUIET_TICKS seconds and nothing on screen reads
// the clock, the ticks wait, up to MAX_WAITING_TICKS, and `catchUp` makes them in one pass
// (the Sim's `tickEach`: exactly what one tick a second gives) — before the next action,
// or when that many have waited. Idle at 10,000 processes the dashboard then drifts the
// counters every 10 s, not every second, and renders nothing between (issue 16); the first
// key after a wait pays for the ticks it catches up (10 of them: 0.5 ms at 10,000
// processes, 2 ms at 50,000), and keys pressed while in use pay nothing.
import type { ClockReaders } from '../state/clock-readers.js';
import { pruneHighlights } from '../state/highlights.js';
import { messageExpired } from '../state/message.js';
import type { StoreContext } from './store-context.js';

/** Seconds without an action before the ticks may wait. */
export const QUIET_TICKS = 10;
/** The most ticks that wait for a reader before an idle screen catches them up. */
export const MAX_WAITING_TICKS = 10;

export function waitingClock(ctx: StoreContext, readers: ClockReaders, wait: boolean) {
  let waiting = 0;
  let quiet = 0;
  return {
    /** A second of the clock; `act` commits it when the model must move now. */
    tick(act: (fn: () => void) => void): void {
      waiting += 1;
      quiet += 1;
      if (wait && !readers.any && quiet > QUIET_TICKS && waiting < MAX_WAITING_TICKS)
        return upkeep(ctx);
      // The tick's own commit is not an action of the user's: the quiet time goes on.
      const quietSoFar = quiet;
      act(() => upkeep(ctx));
      quiet = quietSoFar;
    },
    /** The ticks that waited, made now (every action calls this first). */
    catchUp(): void {
      quiet = 0;
      if (waiting === 0) return;
      const ticks = waiting;
      waiting = 0;
      ctx.sim.actions.tickEach(ticks);
    },
  };
}

/** What a second does on screen besides the model: marks and messages fade. */
function upkeep(ctx: StoreContext): void {
  const s = ctx.state();
  const now = ctx.clock.now();
  const highlights = pruneHighlights(s.highlights, now);
  if (highlights !== s.highlights) ctx.update({ highlights });
  if (s.message !== null && messageExpired(s.message, now)) ctx.update({ message: null });
}
