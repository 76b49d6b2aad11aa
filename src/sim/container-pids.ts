// Which pids each container owns in a kernel's process array, kept across actions. A
// container's start merges its processes into the host's 10,000 and its stop takes them
// out; finding them by scanning every process made `t` and `s` cost the whole host
// (issue 16). The grouping is keyed on the process set (process-set.ts), so a tick keeps
// it, and an action that makes the next array from the previous one by adding or removing
// whole processes (mergeByPid, removeContainerProcesses, killProcess) derives the next
// grouping from the previous one in time proportional to the containers, not the
// processes. An array made
// any other way gets its grouping built from scratch the first time it is asked for.
import { processSetOf } from './process-set.js';
import type { SimProcess } from './types.js';

type Grouping = ReadonlyMap<string, readonly number[]>;

const groupings = new WeakMap<object, Grouping>();

/** Each containerId's pids in `processes`, ascending (the array is pid-sorted). */
export function pidsByContainer(processes: readonly SimProcess[]): Grouping {
  const token = processSetOf(processes);
  let grouping = groupings.get(token);
  if (grouping === undefined) {
    const built = new Map<string, number[]>();
    for (const p of processes) {
      if (p.containerId === null) continue;
      const pids = built.get(p.containerId);
      if (pids === undefined) built.set(p.containerId, [p.pid]);
      else pids.push(p.pid);
    }
    grouping = built;
    groupings.set(token, grouping);
  }
  return grouping;
}

/** `next` is `previous` with `added` merged in: its grouping, if `previous` had one. */
export function noteProcessesAdded(
  next: readonly SimProcess[],
  previous: readonly SimProcess[],
  added: readonly SimProcess[],
): void {
  const before = groupings.get(processSetOf(previous));
  if (before === undefined) return;
  const after = new Map(before);
  for (const p of added) {
    if (p.containerId === null) continue;
    after.set(p.containerId, [...(after.get(p.containerId) ?? []), p.pid]);
  }
  for (const id of new Set(added.map((p) => p.containerId))) {
    if (id !== null)
      after.set(
        id,
        [...(after.get(id) ?? [])].sort((a, b) => a - b),
      );
  }
  groupings.set(processSetOf(next), after);
}

/** `next` is `previous` without any process of `containerId`. */
export function noteContainerRemoved(
  next: readonly SimProcess[],
  previous: readonly SimProcess[],
  containerId: string,
): void {
  const before = groupings.get(processSetOf(previous));
  if (before === undefined) return;
  const after = new Map(before);
  after.delete(containerId);
  groupings.set(processSetOf(next), after);
}

/** `next` is `previous` without the one process `gone`. */
export function noteProcessRemoved(
  next: readonly SimProcess[],
  previous: readonly SimProcess[],
  gone: SimProcess,
): void {
  const before = groupings.get(processSetOf(previous));
  if (before === undefined) return;
  const after = new Map(before);
  const id = gone.containerId;
  if (id !== null) {
    const pids = (after.get(id) ?? []).filter((pid) => pid !== gone.pid);
    if (pids.length > 0) after.set(id, pids);
    else after.delete(id);
  }
  groupings.set(processSetOf(next), after);
}
