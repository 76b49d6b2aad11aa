// Every process of a set as a list entry, sorted, once per process set and order: typing a
// filter, toggling csrss-only or cycling the sort back then only picks from it (a filter
// keeps a sorted list sorted), instead of making and sorting 50,000 entries per key
// (issue 16). The order is kept per process set (process-set.ts), so a tick, which moves
// nobody, keeps it; the entries are bound to each array of the set they are asked for
// (a tick's new counters: one pass, no sort). A kernel's pid-ordered processes are put in
// order as positions, without an entry (known-positions.ts): a pane that shows the whole
// list makes entries for its visible rows only (process-list.ts).
import { processKey, processSetOf } from '../../sim/index.js';
import type { SimProcess } from '../../sim/index.js';
import { cacheIn, knownPositions, type StructuralSort } from './known-positions.js';
import type { ListEntry } from './list-entry.js';
import { compare, isolationRank, type Keyed } from './process-order.js';

export { evidencePositions, knownPositions, type StructuralSort } from './known-positions.js';

/** A base entry and where its process stands in the set's arrays (the same in each). */
export interface BaseEntry extends Keyed {
  readonly at: number;
}

const orders = new WeakMap<object, Map<StructuralSort, readonly BaseEntry[]>>();
const bound = new WeakMap<readonly SimProcess[], Map<StructuralSort, readonly BaseEntry[]>>();

let built = 0;

/** How many entries the sorted bases have made so far, sorted or bound (tests count work). */
export function baseEntriesBuilt(): number {
  return built;
}

export function keyedEntry(entry: ListEntry): Keyed {
  return { entry, lower: entry.name.toLowerCase(), rank: isolationRank(entry.name) };
}

/** A live process's unmarked entry. */
export const entryOf = (p: SimProcess): ListEntry => ({
  key: processKey(p),
  name: p.name,
  pid: p.pid,
  sessionId: p.sessionId,
  kernelId: p.kernelId,
  containerId: p.containerId,
  process: p,
  change: null,
  ghostContainerName: null,
});

/**
 * Sorted by `sort`. By name (and by isolation, whose rank follows the name), the entries of
 * one name are next to each other in the order: group them, order the few names, and sort
 * each group, which a kernel's pid order has nearly sorted already — the same order as one
 * sort of 50,000 entries, at a fraction of its comparisons.
 */
function sortKeyed(entries: BaseEntry[], sort: StructuralSort): BaseEntry[] {
  const order = compare(sort);
  if (sort !== 'name' && sort !== 'isolation') return entries.sort(order);
  const groups = new Map<string, BaseEntry[]>();
  for (const k of entries) {
    const group = groups.get(k.lower);
    if (group === undefined) groups.set(k.lower, [k]);
    else group.push(k);
  }
  const out: BaseEntry[] = [];
  const named = [...groups.values()].sort((a, b) => order(a[0] as Keyed, b[0] as Keyed));
  for (const group of named) for (const k of group.sort(order)) out.push(k);
  return out;
}

/** Per array: its processes' entries by position, shared by every order of it. */
const entriesByPosition = new WeakMap<readonly SimProcess[], readonly BaseEntry[]>();

/** The entries of `processes` in array order; names lower-cased once per name. */
function entriesOf(processes: readonly SimProcess[]): readonly BaseEntry[] {
  let out = entriesByPosition.get(processes);
  if (out !== undefined) return out;
  const names = new Map<string, { lower: string; rank: number }>();
  const made = new Array<BaseEntry>(processes.length);
  for (let at = 0; at < processes.length; at++) {
    const p = processes[at] as SimProcess;
    let name = names.get(p.name);
    if (name === undefined) {
      name = { lower: p.name.toLowerCase(), rank: isolationRank(p.name) };
      names.set(p.name, name);
    }
    made[at] = { at, entry: entryOf(p), lower: name.lower, rank: name.rank };
  }
  entriesByPosition.set(processes, (out = made));
  return out;
}

/** The entries at `positions`, in their order: made once per array (`o` reorders them). */
function entriesAt(processes: readonly SimProcess[], positions: Uint32Array): BaseEntry[] {
  const entries = entriesOf(processes);
  return Array.from(positions, (at) => entries[at] as BaseEntry);
}

function freshBase(processes: readonly SimProcess[], sort: StructuralSort): BaseEntry[] {
  const positions = knownPositions(processes, sort);
  if (positions !== null) return entriesAt(processes, positions);
  return sortKeyed([...entriesOf(processes)], sort);
}

const reorder = (processes: readonly SimProcess[], order: readonly BaseEntry[]) => {
  const entries = entriesOf(processes);
  return order.map((k) => entries[k.at] as BaseEntry);
};

/** The processes of `processes` as unmarked entries in `sort` order. */
export function sortedBase(
  processes: readonly SimProcess[],
  sort: StructuralSort,
): readonly BaseEntry[] {
  const mine = cacheIn(bound, processes);
  let base = mine.get(sort);
  if (base !== undefined) return base;
  const ofSet = cacheIn(orders, processSetOf(processes));
  const order = ofSet.get(sort);
  built += processes.length;
  // Another array of the set (a tick's): the same order, its own entries.
  base = order === undefined ? freshBase(processes, sort) : reorder(processes, order);
  if (order === undefined) ofSet.set(sort, base);
  mine.set(sort, base);
  return base;
}

/** Two lists sorted by `order` as one sorted list (ties: `a` first). */
export function mergeSorted(
  a: readonly Keyed[],
  b: readonly Keyed[],
  order: (x: Keyed, y: Keyed) => number,
): Keyed[] {
  if (b.length === 0) return [...a];
  const out: Keyed[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length)
    out.push(order(a[i] as Keyed, b[j] as Keyed) <= 0 ? (a[i++] as Keyed) : (b[j++] as Keyed));
  while (i < a.length) out.push(a[i++] as Keyed);
  while (j < b.length) out.push(b[j++] as Keyed);
  return out;
}
