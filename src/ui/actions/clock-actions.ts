// The simulation clock's ticks on the dashboard. Each tick waits while nothing on screen
// reads the clock (state/clock-readers.ts), up to MAX_WAITING_TICKS, and `catchUp` makes
// the waiting ones in one pass (the Sim's `tickEach`: exactly what one tick a second
// gives). Idle at 10,000 processes, the dashboard then drifts the counters every 10 s, not
// every second, and renders nothing between (issue 16); a key after a wait pays for the
// ticks it catches up: 10 of them 0.5 ms at 10,000 processes, 2 ms at 50,000.
import type { ClockReaders } from '../state/clock-readers.js';
import { pruneHighlights } from '../state/highlights.js';
import { messageExpired } from '../state/message.js';
import type { StoreContext } from './store-context.js';

/** The most ticks that wait for a reader before an idle screen catches them up. */
export const MAX_WAITING_TICKS = 10;

export function waitingClock(ctx: StoreContext, readers: ClockReaders, wait: boolean) {
  let waiting = 0;
  return {
    /** A second of the clock; `act` commits it when the model must move now. */
    tick(act: (fn: () => void) => void): void {
      waiting += 1;
      if (wait && !readers.any && waiting < MAX_WAITING_TICKS) upkeep(ctx);
      else act(() => upkeep(ctx));
    },
    /** The ticks that waited, made now (every action calls this first). */
    catchUp(): void {
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
