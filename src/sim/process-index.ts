// Where a kernel's processes stand in its array, by name: one pass per process set
// (process-set.ts: a tick moves nobody, so it keeps the index). The host's csrss and the
// dashboard's lists by name are read from it, instead of a pass over 10,000 processes each
// (issue 16, the first frame). A container's processes are found through the pids carried
// from state to state (container-pids.ts), which a start or stop does not rebuild.
import { processSetOf } from './process-set.js';
import type { SimProcess } from './types.js';

export interface ProcessIndex {
  /** Positions of each name (as spelled), in array order. */
  readonly byName: ReadonlyMap<string, readonly number[]>;
  /** The pids rise strictly along the array, as a kernel keeps them (process-table.ts). */
  readonly pidOrdered: boolean;
}

const indexes = new WeakMap<object, ProcessIndex>();

function push(map: Map<string, number[]>, key: string, at: number): void {
  const positions = map.get(key);
  if (positions === undefined) map.set(key, [at]);
  else positions.push(at);
}

export function processIndex(processes: readonly SimProcess[]): ProcessIndex {
  const token = processSetOf(processes);
  let index = indexes.get(token);
  if (index === undefined) {
    const byName = new Map<string, number[]>();
    let pidOrdered = true;
    let lastPid = -Infinity;
    for (let i = 0; i < processes.length; i++) {
      const p = processes[i] as SimProcess;
      if (!(p.pid > lastPid)) pidOrdered = false;
      lastPid = p.pid;
      push(byName, p.name, i);
    }
    index = { byName, pidOrdered };
    indexes.set(token, index);
  }
  return index;
}
