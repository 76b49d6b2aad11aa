// Where each process of a kernel's array stands in a pane's order, as positions, without
// making or comparing an entry (issue 16): a kernel keeps its processes in pid order, so by
// id that is the array's own order, by name or isolation the few names ordered with each
// name's positions from the kernel's index, by session the name order split by session.
// Kept per process set (process-set.ts): a tick moves nobody. sorted-base.ts and
// list-build.ts's pending lists read them.
import { processIndex, processSetOf } from '../../sim/index.js';
import type { SimProcess } from '../../sim/index.js';
import { isIsolationEvidence } from './list-entry.js';
import { isolationRank, type compare } from './process-order.js';

/** The orders a list keeps without counters (by CPU and memory re-sort per tick). */
export type StructuralSort = Parameters<typeof compare>[0];

/** The per-sort map of `key` in `cache`, made when missing. */
export function cacheIn<K extends object, V>(
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

/** Per process set: where each process stands in the order (the same in each of its arrays). */
const positionOrders = new WeakMap<object, Map<StructuralSort, Uint32Array>>();

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
  return keptPerSet(positionOrders, processes, sort, () => groupedPositions(processes, sort));
}

/** `make`'s positions for `processes` and `sort`, made once per process set (null: none). */
function keptPerSet(
  cache: WeakMap<object, Map<StructuralSort, Uint32Array>>,
  processes: readonly SimProcess[],
  sort: StructuralSort,
  make: () => Uint32Array | null,
): Uint32Array | null {
  const ofSet = cacheIn(cache, processSetOf(processes));
  let positions = ofSet.get(sort) ?? null;
  if (positions === null) {
    positions = make();
    if (positions !== null) ofSet.set(sort, positions);
  }
  return positions;
}

const evidenceOrders = new WeakMap<object, Map<StructuralSort, Uint32Array>>();

/**
 * knownPositions of the csrss and vmwp alone (csrss-only, `c`), kept per process set: the
 * few names found in the kernel's index, then one pass over the positions, no entry.
 */
export function evidencePositions(
  processes: readonly SimProcess[],
  sort: StructuralSort,
): Uint32Array | null {
  return keptPerSet(evidenceOrders, processes, sort, () => {
    const all = knownPositions(processes, sort);
    if (all === null) return null;
    const evidence = new Uint8Array(processes.length);
    for (const [name, at] of processIndex(processes).byName)
      if (isIsolationEvidence(name)) for (const k of at) evidence[k] = 1;
    return all.filter((at) => evidence[at] === 1);
  });
}
