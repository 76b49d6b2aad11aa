// Every process of a set as a list entry, sorted, once per process set and order: typing a
// filter, toggling csrss-only or cycling the sort back then only picks from it (a filter
// keeps a sorted list sorted), instead of making and sorting 50,000 entries per key
// (issue 16). The order is kept per process set (process-set.ts), so a tick, which moves
// nobody, keeps it; the entries are bound to each array of the set they are asked for
// (a tick's new counters: one pass, no sort). By name or isolation, a kernel's pid-ordered
// processes are put in order as positions, without an entry: a pane that shows the whole
// list (the first frame's) makes entries for its visible rows only (process-list.ts).
import { processIndex, processKey, processSetOf } from '../../sim/index.js';
import type { SimProcess } from '../../sim/index.js';
import type { ListEntry } from './list-entry.js';
import { compare, isolationRank, type Keyed } from './process-order.js';

export type StructuralSort = Parameters<typeof compare>[0];

/** A base entry and where its process stands in the set's arrays (the same in each). */
export interface BaseEntry extends Keyed {
  readonly at: number;
}

const orders = new WeakMap<object, Map<StructuralSort, readonly BaseEntry[]>>();
const bound = new WeakMap<readonly SimProcess[], Map<StructuralSort, readonly BaseEntry[]>>();
/** Per process set: where each process stands in the order (the same in each of its arrays). */
const positionOrders = new WeakMap<object, Map<StructuralSort, Uint32Array>>();

function cacheIn<K extends object, V>(
  cache: WeakMap<K, Map<StructuralSort, V>>,
  key: K,
): Map<StructuralSort, V> {
  let bySort = cache.get(key);
  if (bySort === undefined) {
    bySort = new Map();
    cache.set(key, bySort);
  }
  return bySort;
}
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

/** Positions (in pid order) of the processes whose names lower-case to `lower`. */
interface NameGroup {
  readonly lower: string;
  readonly rank: number;
  readonly positions: readonly number[];
}

/**
 * Positions grouped by lower-cased name, from the kernel's index of names (sim's
 * process-index.ts: one pass per process set, shared with the csrss count); null unless
 * the pids rise strictly along the array.
 */
function groupsByName(processes: readonly SimProcess[]): NameGroup[] | null {
  const index = processIndex(processes);
  if (!index.pidOrdered) return null;
  const byLower = new Map<string, NameGroup>();
  for (const [name, positions] of index.byName) {
    const lower = name.toLowerCase();
    const same = byLower.get(lower);
    if (same === undefined) {
      byLower.set(lower, { lower, rank: isolationRank(name), positions });
    } else {
      // Names that differ only in case are one group: their positions, merged in pid order.
      const merged = [...same.positions];
      for (const at of positions) merged.push(at);
      byLower.set(lower, { ...same, positions: merged.sort((x, y) => x - y) });
    }
  }
  return [...byLower.values()];
}

/** The order `compare(sort)` gives entries of two different lower-cased names. */
function nameOrder(sort: 'name' | 'isolation'): (a: NameGroup, b: NameGroup) => number {
  const byLower = (a: NameGroup, b: NameGroup) => (a.lower < b.lower ? -1 : 1);
  return sort === 'name' ? byLower : (a, b) => a.rank - b.rank || byLower(a, b);
}

/**
 * By name or isolation from pid-ordered processes, without sorting: order the few names and
 * list each name's positions in pid order — the order sortKeyed gives, as a kernel's pids
 * are unique.
 */
function namePositions(
  processes: readonly SimProcess[],
  sort: 'name' | 'isolation',
): Uint32Array | null {
  const groups = groupsByName(processes);
  if (groups === null) return null;
  groups.sort(nameOrder(sort));
  const out = new Uint32Array(processes.length);
  let k = 0;
  for (const { positions } of groups) {
    out.set(positions, k);
    k += positions.length;
  }
  return out;
}

/**
 * By session: the name order split by session, each keeping it (a stable counting sort) —
 * compare('session') is the session, then the name order.
 */
function sessionPositions(processes: readonly SimProcess[], byName: Uint32Array): Uint32Array {
  // Session ids are small numbers: count each, and its slice starts after the smaller ones.
  let max = 0;
  for (const p of processes) max = Math.max(max, p.sessionId);
  const starts = new Uint32Array(max + 2);
  for (const p of processes) (starts[p.sessionId + 1] as number)++;
  for (let i = 1; i < starts.length; i++)
    starts[i] = (starts[i] as number) + (starts[i - 1] as number);
  const out = new Uint32Array(processes.length);
  for (let k = 0; k < byName.length; k++) {
    const at = byName[k] as number;
    out[(starts[(processes[at] as SimProcess).sessionId] as number)++] = at;
  }
  return out;
}

/** A session id a counting sort can index (Windows numbers sessions from 0). */
const smallSession = (p: SimProcess) =>
  Number.isInteger(p.sessionId) && p.sessionId >= 0 && p.sessionId < 1 << 16;

/**
 * The order of `sort` as positions, from pid-ordered processes, without comparing entries:
 * by id it is the array's own order (pids are unique and rise along it); by session, the
 * name order split by session. Null for processes not in pid order.
 */
function groupedPositions(
  processes: readonly SimProcess[],
  sort: StructuralSort,
): Uint32Array | null {
  if (!processIndex(processes).pidOrdered) return null;
  if (sort === 'session' && !processes.every(smallSession)) return null;
  if (sort === 'id') {
    // A loop: Uint32Array.from with a map function took 15 ms for 50,000.
    const out = new Uint32Array(processes.length);
    for (let at = 0; at < out.length; at++) out[at] = at;
    return out;
  }
  if (sort === 'session') {
    const byName = knownPositions(processes, 'name');
    return byName === null ? null : sessionPositions(processes, byName);
  }
  return namePositions(processes, sort);
}

/**
 * Where each of `processes` stands in `sort` order (kept per process set), when that is
 * found without making entries: from pid-ordered processes, as a kernel keeps them. Null
 * otherwise (sortedBase sorts entries).
 */
export function knownPositions(
  processes: readonly SimProcess[],
  sort: StructuralSort,
): Uint32Array | null {
  const ofSet = cacheIn(positionOrders, processSetOf(processes));
  let positions = ofSet.get(sort) ?? null;
  if (positions === null) {
    positions = groupedPositions(processes, sort);
    if (positions !== null) ofSet.set(sort, positions);
  }
  return positions;
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
