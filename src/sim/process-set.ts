// Which process arrays hold the same processes in the same order. A clock tick redraws
// every counter and so makes a new array per kernel, but nobody started or stopped: views
// that depend on who runs where (the dashboard's lists, csrss counts, a container's
// processes) key their caches on this token instead of on the array, so a tick at 10,000
// processes does not rebuild them.
import type { HostState, SimProcess } from './types.js';

const tokens = new WeakMap<readonly SimProcess[], object>();

/**
 * The same object for every array with the same processes (pid, name, session, owner) in the same
 * order.
 */
export function processSetOf(processes: readonly SimProcess[]): object {
  let token = tokens.get(processes);
  if (token === undefined) {
    token = {};
    tokens.set(processes, token);
  }
  return token;
}

/**
 * Records that `next` lists exactly `previous`'s processes, in its order (only counters differ).
 */
export function noteSameProcessSet(
  next: readonly SimProcess[],
  previous: readonly SimProcess[],
): void {
  tokens.set(next, processSetOf(previous));
}

const shapes = new WeakMap<HostState, object>();

/**
 * The same object for host states that differ only by clock ticks (the time, the counters
 * and the generator's state): who runs where, the containers, images, switches, the
 * entered session and the event log are all the same. A view that shows none of the
 * counters can keep drawing the state it drew while this token stays.
 */
export function hostShapeOf(state: HostState): object {
  let token = shapes.get(state);
  if (token === undefined) {
    token = {};
    shapes.set(state, token);
  }
  return token;
}

/** Records that `next` is `previous` after clock ticks only (actions/tick.ts). */
export function noteTicked(next: HostState, previous: HostState): void {
  shapes.set(next, hostShapeOf(previous));
}
