// The simulation clock (docs/spec.md §3 rule 9). A tick moves `now` and drifts every live
// process's counters; it appends no event, since at one tick a second the log would be
// nothing but ticks. One pass over the processes however many ticks are asked for, which
// draws CPU only and builds the processes when they are read (deferred-kernel.ts). Nobody
// starts or stops on a tick, which it records for the views to rely on (process-set.ts:
// the same process sets, the same host shape).
import { driftKernels, driftKernelsEach } from '../deferred-kernel.js';
import { noteTicked } from '../process-set.js';
import { RngCursor } from '../rng.js';
import type { HostState } from '../types.js';

/** One tick of the simulation clock, in ms (docs/spec.md's default 1 s). */
export const TICK_MS = 1000;

export function tick(state: HostState, count = 1): HostState {
  return ticked(state, count, (ticks, rng) => driftKernels(state.kernels, ticks, rng));
}

/**
 * `count` ticks of one each: exactly the state `count` calls of `tick(state, 1)` give, made
 * in one pass over the processes (driftKernelsEach). A dashboard that shows no counter lets
 * the clock's ticks wait and catches them up with this when something reads the model.
 */
export function tickEach(state: HostState, count: number): HostState {
  return ticked(state, count, (ticks, rng) => driftKernelsEach(state.kernels, ticks, rng));
}

/** The state after `count` whole ticks whose counters `drift` moves. */
function ticked(
  state: HostState,
  count: number,
  drift: (ticks: number, rng: RngCursor) => HostState['kernels'],
): HostState {
  const ticks = Math.floor(count);
  if (!(ticks >= 1)) return state;
  const rng = new RngCursor(state.rng);
  const kernels = drift(ticks, rng);
  const next: HostState = {
    ...state,
    now: state.now + ticks * TICK_MS,
    ticks: state.ticks + ticks,
    rng: rng.state,
    kernels,
  };
  noteTicked(next, state);
  return next;
}
