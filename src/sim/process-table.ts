// Helpers over a kernel's process array, which is kept sorted by pid so lookups are a
// binary search and adding a container's processes is one merge (the lab is meant to
// stay quick at 10,000 host processes).
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

/** Merges new processes (any order, pids not already present) into a pid-sorted array. */
export function mergeByPid(
  processes: readonly SimProcess[],
  added: readonly SimProcess[],
): SimProcess[] {
  const incoming = [...added].sort((a, b) => a.pid - b.pid);
  const out: SimProcess[] = new Array<SimProcess>(processes.length + incoming.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < processes.length && j < incoming.length) {
    const a = processes[i] as SimProcess;
    const b = incoming[j] as SimProcess;
    if (a.pid <= b.pid) {
      out[k++] = a;
      i++;
    } else {
      out[k++] = b;
      j++;
    }
  }
  while (i < processes.length) out[k++] = processes[i++] as SimProcess;
  while (j < incoming.length) out[k++] = incoming[j++] as SimProcess;
  return out;
}

/** Splits a process array into what stays and what goes, keeping the sort. */
export function partitionProcesses(
  processes: readonly SimProcess[],
  goes: (process: SimProcess) => boolean,
): { kept: SimProcess[]; removed: SimProcess[] } {
  const kept: SimProcess[] = [];
  const removed: SimProcess[] = [];
  for (const p of processes) (goes(p) ? removed : kept).push(p);
  return { kept, removed };
}
