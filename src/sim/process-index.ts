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

let builtFromNames = 0;

/** How many indexes were made by reading every name, not derived (tests count work). */
export function indexesBuiltFromNames(): number {
  return builtFromNames;
}

function push(map: Map<string, number[]>, key: string, at: number): void {
  const positions = map.get(key);
  if (positions === undefined) map.set(key, [at]);
  else positions.push(at);
}

export function processIndex(processes: readonly SimProcess[]): ProcessIndex {
  const token = processSetOf(processes);
  let index = indexes.get(token);
  const derive = index === undefined ? derivations.get(token) : undefined;
  if (derive !== undefined) {
    index = derive.make();
    indexes.set(token, index);
    derivations.delete(token);
  }
  if (index === undefined) {
    builtFromNames++;
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

// ---- Derived indexes: an action that makes the next array from the previous one by adding
// or removing whole processes (mergeByPid, removeContainerProcesses, killProcess) leaves a
// way to move the previous index's positions instead of reading every name again (s at
// XL). Made only when asked for: `t` chains five edits that nobody reads between, and a
// list sorted by CPU reads no index at all. An edit of an array whose own index is still
// pending chains onto it (a stop is two edits of the host's array before anyone reads
// it: without the chain the second found no index and the next read rebuilt all 10,000
// names at L), up to MAX_CHAIN edits: each link holds its array until it is read.

/** How to make an array's index from its previous array's, when first asked for. */
const derivations = new WeakMap<
  object,
  { readonly make: () => ProcessIndex; readonly depth: number }
>();

/** Edits chained onto an unread index at most; past it the next read builds from scratch. */
export const MAX_CHAIN = 8;

/** `next` was made from `previous` by one edit: its index is `edit` of `previous`'s. */
function noteDerived(
  next: readonly SimProcess[],
  previous: readonly SimProcess[],
  edit: (before: ProcessIndex) => ProcessIndex,
): void {
  const token = processSetOf(previous);
  const before = indexes.get(token);
  if (before !== undefined) {
    derivations.set(processSetOf(next), { make: () => edit(before), depth: 1 });
    return;
  }
  const pending = derivations.get(token);
  if (pending !== undefined && pending.depth < MAX_CHAIN)
    derivations.set(processSetOf(next), {
      make: () => edit(processIndex(previous)),
      depth: pending.depth + 1,
    });
}

/**
 * `next` is `previous` with `incoming` (pid-sorted) inserted, each before the previous
 * array's position `at[j]` (ascending).
 */
export function noteIndexAfterInsert(
  next: readonly SimProcess[],
  previous: readonly SimProcess[],
  incoming: readonly SimProcess[],
  at: readonly number[],
): void {
  noteDerived(next, previous, (before) => indexAfterInsert(before, incoming, at));
}

/** `next` is `previous` without the processes at `removed` (ascending positions). */
export function noteIndexAfterRemoval(
  next: readonly SimProcess[],
  previous: readonly SimProcess[],
  removed: readonly number[],
): void {
  noteDerived(next, previous, (before) => indexAfterRemoval(before, removed));
}

function indexAfterInsert(
  before: ProcessIndex,
  incoming: readonly SimProcess[],
  at: readonly number[],
): ProcessIndex {
  const byName = new Map<string, number[]>();
  for (const [name, positions] of before.byName) {
    // An old position moves up by the number of insertions at or before it.
    const moved = new Array<number>(positions.length);
    let j = 0;
    for (let i = 0; i < positions.length; i++) {
      const p = positions[i] as number;
      while (j < at.length && (at[j] as number) <= p) j++;
      moved[i] = p + j;
    }
    byName.set(name, moved);
  }
  incoming.forEach((p, j) => insertSorted(byName, p.name, (at[j] as number) + j));
  return { byName, pidOrdered: before.pidOrdered };
}

function indexAfterRemoval(before: ProcessIndex, removed: readonly number[]): ProcessIndex {
  const byName = new Map<string, number[]>();
  for (const [name, positions] of before.byName) {
    // A kept position moves down by the number of removals before it.
    const kept: number[] = [];
    let j = 0;
    for (const p of positions) {
      while (j < removed.length && (removed[j] as number) < p) j++;
      if (removed[j] !== p) kept.push(p - j);
    }
    if (kept.length > 0) byName.set(name, kept);
  }
  return { byName, pidOrdered: before.pidOrdered };
}

function insertSorted(map: Map<string, number[]>, name: string, at: number): void {
  const positions = map.get(name);
  if (positions === undefined) return void map.set(name, [at]);
  let i = positions.length;
  while (i > 0 && (positions[i - 1] as number) > at) i--;
  positions.splice(i, 0, at);
}
