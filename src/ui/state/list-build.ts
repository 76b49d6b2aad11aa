// Building a process pane's list: every live process of the kernels it shows plus the
// ghosts of the ones that just vanished, filtered and sorted, picked from the sorted base
// (sorted-base.ts) instead of sorting per query. process-list.ts keeps one per pane.
import { processKey, type SimProcess } from '../../sim/index.js';
import type { Ghost } from './highlights.js';
import type { ListEntry, ListQuery } from './list-entry.js';
import { filterPositions, listFilter, type Keep } from './list-filter.js';
import { compare, rankOfLower, sortByCounter, type Keyed, type Ordered } from './process-order.js';
import {
  entryOf,
  evidencePositions,
  keyedEntry,
  knownPositions,
  mergeSorted,
  sortedBase,
  type StructuralSort,
} from './sorted-base.js';

const liveCounts = new WeakMap<readonly ListEntry[], number>();

/** The row of a process that just vanished. */
const ghostEntryOf = (g: Ghost): ListEntry => ({
  key: `${g.key}~`,
  name: g.ref.name,
  pid: g.ref.pid,
  sessionId: g.ref.sessionId,
  kernelId: g.ref.kernelId,
  containerId: g.ref.containerId,
  process: null,
  change: 'vanished',
  ghostContainerName: g.containerName,
});

// A ghost stays the same object for its few seconds (highlights.ts), and every change to
// the model in them lists it again: its row is made once, not on every key (up to 200 at
// once while someone stops container after container).
const ghostRows = new WeakMap<Ghost, Keyed>();

/** A ghost's row, ready for the orders (made once per ghost). */
function ghostRow(g: Ghost): Keyed {
  let row = ghostRows.get(g);
  if (row === undefined) {
    row = keyedEntry(ghostEntryOf(g));
    ghostRows.set(g, row);
  }
  return row;
}

/** Every process, unmarked: no filter, not csrss-only, no mark, no ghost. */
const everyProcess = (
  query: ListQuery,
  appeared: ReadonlyMap<string, number>,
  ghosts: readonly unknown[],
) => query.filter.trim() === '' && !query.csrssOnly && appeared.size === 0 && ghosts.length === 0;

/** The ghosts a query keeps: by name and PID as they were, and their container's name. */
const keptGhosts = (ghosts: readonly Ghost[], keep: Keep) =>
  ghosts.filter((g) =>
    keep(g.ref.name.toLowerCase(), g.ref.pid, g.ref.containerId, g.containerName),
  );

export function buildProcessList(
  processes: readonly SimProcess[],
  ghosts: readonly Ghost[],
  appeared: ReadonlyMap<string, number>,
  query: ListQuery,
  containerName: (containerId: string) => string | null,
): ListEntry[] {
  const keep = listFilter(query, containerName);
  const counter = query.sort === 'cpu' || query.sort === 'memory';
  const structural = counter ? 'name' : (query.sort as StructuralSort);
  // Picked from the set's sorted entries, bound to `processes` (sorted-base.ts): nothing
  // sorted, an entry made only for a mark.
  const base = sortedBase(processes, structural);
  if (everyProcess(query, appeared, ghosts)) {
    const all = base.map((k) => k.entry);
    const list = counter
      ? sortByCounter(all, query.sort as 'cpu' | 'memory', (e) => e.process)
      : all;
    // Every entry is a live process: the title's count needs no pass over 50,000.
    liveCounts.set(list, list.length);
    return list;
  }
  const kept: Keyed[] = [];
  for (const k of base) {
    const e = k.entry;
    if (!keep(k.lower, e.pid, e.containerId, null)) continue;
    kept.push(appeared.has(e.key) ? keyedEntry({ ...e, change: 'appeared' }) : k);
  }
  const placed = keptGhosts(ghosts, keep).map(ghostRow).sort(compare(structural));
  const sorted = mergeSorted(kept, placed, compare(structural)).map((k) => k.entry);
  return counter ? sortByCounter(sorted, query.sort as 'cpu' | 'memory', (e) => e.process) : sorted;
}

/** How many of the entries are live processes, not ghosts (memoised per list). */
export function liveCount(entries: readonly ListEntry[]): number {
  let count = liveCounts.get(entries);
  if (count === undefined) {
    count = 0;
    for (const e of entries) if (e.process !== null) count++;
    liveCounts.set(entries, count);
  }
  return count;
}

/**
 * A list not made yet: the positions of its processes in its order (sorted-base.ts), with
 * the ghosts' places among them, stand in for it. A frame shows a window of a list and its
 * length, so a pane listing every process of 50,000 makes entries for its visible rows
 * only, and `o` or a start that marks a few rows reorders positions, not entries (issue
 * 16); the list is made when asked.
 */
export interface PendingList {
  /** Rows: the processes and the ghosts. */
  readonly length: number;
  /** Live rows: the processes. */
  readonly live: number;
  /** The entry at `index` of the list (0 ≤ index < length). */
  at(index: number): ListEntry;
  /** The list buildProcessList makes (made once). */
  list(): ListEntry[];
}

const MAX_PENDING_GHOSTS = 256;

/**
 * A live process as the orders compare it (process-order.ts), for a ghost's binary search:
 * its name lower-cased once per name, its key made only on a tie of name and pid (a pid
 * reused). Making each probed process a list entry (an object of nine fields, its key and
 * its name lower-cased twice) took 0.4–0.6 ms of each model-changing key at L (CPU
 * profiles of the bench's keys), where the ghosts of the last few seconds' keys are placed
 * again on every change; with probes a list of 60 ghosts takes 0.04 ms, warm (0.10 before).
 */
class ProbeEntry {
  process: SimProcess | null = null;
  get pid(): number {
    return (this.process as SimProcess).pid;
  }
  get sessionId(): number {
    return (this.process as SimProcess).sessionId;
  }
  get key(): string {
    return processKey(this.process as SimProcess);
  }
}

/** Process names lower-cased (a kernel's names repeat: dozens among 10,000). */
const lowerNames = new Map<string, string>();
const MAX_LOWER_NAMES = 4096;

function lowerName(name: string): string {
  let lower = lowerNames.get(name);
  if (lower === undefined) {
    if (lowerNames.size >= MAX_LOWER_NAMES) lowerNames.clear();
    lower = name.toLowerCase();
    lowerNames.set(name, lower);
  }
  return lower;
}

// One probe, pointed at each process a search compares (synchronously, never kept): a
// search of 200 ghosts over 10,000 rows made ~2,800 objects a pane on every change.
const probeEntry = new ProbeEntry();
const probed = { entry: probeEntry, lower: '', rank: 2 };

function probe(p: SimProcess): Ordered {
  probeEntry.process = p;
  probed.lower = lowerName(p.name);
  probed.rank = rankOfLower(probed.lower);
  return probed;
}

/**
 * Where each ghost goes among `positions`: after every process that orders before it or
 * ties with it, as buildProcessList's merge puts it (ties: the live row first). The ghosts
 * come in order, so each search starts where the last one ended, and gallops from there
 * (1, 2, 4… rows on) before it halves: ghosts of one stop often sit close together. Over
 * 40 keys of s and t at L (the bench's ~150 ghosts) that made 117,000 comparisons instead
 * of 192,000.
 */
function ghostPlaces(
  processes: readonly SimProcess[],
  positions: Uint32Array,
  ghosts: readonly Keyed[],
  order: (a: Ordered, b: Ordered) => number,
): number[] {
  const after = (at: number, ghost: Keyed) =>
    order(probe(processes[positions[at] as number] as SimProcess), ghost) <= 0;
  let from = 0;
  return ghosts.map((ghost) => {
    // Gallop: every row before `from` orders before the ghost; the first that does not is
    // at `lo` or before it (or there is none: the end).
    let lo = from;
    let hi = positions.length;
    for (let step = 1; lo < positions.length && after(lo, ghost); step *= 2) {
      from = lo + 1;
      lo = Math.min(positions.length, lo + step);
    }
    if (lo < positions.length) hi = lo;
    lo = from;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (after(mid, ghost)) lo = mid + 1;
      else hi = mid;
    }
    from = lo;
    return lo;
  });
}

/**
 * buildProcessList's list left pending when its order is known without making entries
 * (not by CPU or memory: a tick reorders those): every process, csrss-only's csrss and
 * vmwp, or those a typed filter keeps, as positions; otherwise null. Marks are put on the
 * rows made; ghosts take their places.
 */
export function pendingList(
  processes: readonly SimProcess[],
  ghosts: readonly Ghost[],
  appeared: ReadonlyMap<string, number>,
  query: ListQuery,
  containerName: (containerId: string) => string | null,
): PendingList | null {
  if (query.sort === 'cpu' || query.sort === 'memory') return null;
  const keep = listFilter(query, containerName);
  const shown = keptGhosts(ghosts, keep);
  // Each ghost is placed by a binary search and passed per row: for a few (a container's
  // processes that just went), not for a whole host stopped at once.
  if (shown.length > MAX_PENDING_GHOSTS) return null;
  const base = query.csrssOnly
    ? evidencePositions(processes, query.sort)
    : knownPositions(processes, query.sort);
  if (base === null) return null;
  const positions = filterPositions(processes, base, query, containerName);
  const order = compare(query.sort);
  const placed = shown.map(ghostRow).sort(order);
  // The list index of each ghost (ascending): its place among the processes, plus the
  // ghosts before it.
  const ghostIndex = ghostPlaces(processes, positions, placed, order).map((at, g) => at + g);
  const entryAt = (k: number): ListEntry => {
    const entry = entryOf(processes[positions[k] as number] as SimProcess);
    return appeared.has(entry.key) ? { ...entry, change: 'appeared' } : entry;
  };
  let made: ListEntry[] | null = null;
  return {
    length: positions.length + placed.length,
    live: positions.length,
    at(index) {
      // How many ghosts come before `index` (a search: a frame asks for each visible row).
      let lo = 0;
      let hi = ghostIndex.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((ghostIndex[mid] as number) < index) lo = mid + 1;
        else hi = mid;
      }
      if (ghostIndex[lo] === index) return (placed[lo] as Keyed).entry;
      return entryAt(index - lo);
    },
    list: () => (made ??= buildProcessList(processes, ghosts, appeared, query, containerName)),
  };
}

/** Records a list's live count where its maker knows it (an updated list: no recount). */
export function noteLiveCount(entries: readonly ListEntry[], count: number): void {
  liveCounts.set(entries, count);
}
