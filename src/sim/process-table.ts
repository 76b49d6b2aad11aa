// Helpers over a kernel's process array, which is kept sorted by pid so lookups are a
// binary search and adding a container's processes is one merge (the lab is meant to
// stay quick at 10,000 host processes).
import { noteContainerRemoved, noteProcessesAdded, pidsByContainer } from './container-pids.js';
import { noteRunsAfterInsert, noteRunsAfterRemoval } from './drift-runs.js';
import { noteIndexAfterInsert, noteIndexAfterRemoval } from './process-index.js';
import type { SimProcess } from './types.js';

/** Index of `pid` in a pid-sorted array, or -1. */
export function indexOfPid(processes: readonly SimProcess[], pid: number): number {
  let lo = 0;
  let hi = processes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = (processes[mid] as SimProcess).pid;
    if (at === pid) return mid;
    if (at < pid) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function findByPid(processes: readonly SimProcess[], pid: number): SimProcess | undefined {
  const i = indexOfPid(processes, pid);
  return i < 0 ? undefined : processes[i];
}

/** Where `pid` goes in a pid-sorted array: the first position from `from` with a greater pid. */
function insertionPoint(processes: readonly SimProcess[], pid: number, from: number): number {
  let lo = from;
  let hi = processes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((processes[mid] as SimProcess).pid <= pid) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Merges new processes (any order, pids not already present) into a pid-sorted array: each
 * found by binary search, the processes between copied in runs, without reading their pids
 * (three merges per `t`, each over the host's 50,000 processes at the bench's XL).
 */
export function mergeByPid(
  processes: readonly SimProcess[],
  added: readonly SimProcess[],
): SimProcess[] {
  const incoming = [...added].sort((a, b) => a.pid - b.pid);
  const out: SimProcess[] = new Array<SimProcess>(processes.length + incoming.length);
  const at: number[] = [];
  let k = 0;
  let from = 0;
  for (const p of incoming) {
    const to = insertionPoint(processes, p.pid, from);
    for (let i = from; i < to; i++) out[k++] = processes[i] as SimProcess;
    out[k++] = p;
    at.push(to);
    from = to;
  }
  for (let i = from; i < processes.length; i++) out[k++] = processes[i] as SimProcess;
  noteProcessesAdded(out, processes, incoming);
  noteIndexAfterInsert(out, processes, incoming, at);
  noteRunsAfterInsert(out, processes, at);
  return out;
}

/**
 * Takes every process of one container out of a pid-sorted array: found through the
 * container's pids (container-pids.ts), the rest copied in runs, not tested one by one.
 */
export function removeContainerProcesses(
  processes: readonly SimProcess[],
  containerId: string,
): { kept: SimProcess[]; removed: SimProcess[] } {
  const pids = pidsByContainer(processes).get(containerId) ?? [];
  const positions = pids.map((pid) => indexOfPid(processes, pid)).filter((i) => i >= 0);
  const removed = positions.map((i) => processes[i] as SimProcess);
  const kept = new Array<SimProcess>(processes.length - positions.length);
  let k = 0;
  let from = 0;
  for (const at of [...positions, processes.length]) {
    for (let i = from; i < at; i++) kept[k++] = processes[i] as SimProcess;
    from = at + 1;
  }
  noteContainerRemoved(kept, processes, containerId);
  noteIndexAfterRemoval(kept, processes, positions);
  noteRunsAfterRemoval(kept, processes, positions);
  return { kept, removed };
}
