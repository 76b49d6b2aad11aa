// The rows a process pane lists: live processes plus the ghosts of the ones that just
// vanished, filtered and sorted. O(n log n) per change of who runs where (a container
// started, a filter typed, a mark expired), memoised on the process set rather than on
// the arrays: a clock tick redraws every counter of 10,000 processes but moves no row, so
// it rebuilds nothing here, and a frame reads the counters of its visible rows only
// (liveProcess). Only the CPU and memory sorts depend on counters; they re-sort per tick.
import {
  findContainerById,
  findProcess,
  processesSeenFrom,
  processKey,
  processSetOf,
  utilityVmKernelId,
} from '../../sim/index.js';
import type { Container, HostState, SimProcess } from '../../sim/index.js';
import type { Ghost, Highlights } from './highlights.js';

/**
 * `isolation` (the default) lists csrss first, then vmwp, then the rest by name: the rows
 * the seed's experiment compares are on screen without scrolling. `name` is Get-Process's
 * order.
 */
export type SortKey = 'isolation' | 'name' | 'id' | 'session' | 'cpu' | 'memory';
export const SORT_ORDER: readonly SortKey[] = [
  'isolation',
  'name',
  'id',
  'session',
  'cpu',
  'memory',
];

/** csrss, then vmwp, then everything else. */
const isolationRank = (name: string): number => {
  const lower = name.toLowerCase();
  return lower === 'csrss' ? 0 : lower === 'vmwp' ? 1 : 2;
};

export interface ListEntry {
  readonly key: string;
  readonly name: string;
  readonly pid: number;
  readonly sessionId: number;
  readonly kernelId: string;
  readonly containerId: string | null;
  /**
   * The process as of the state the list was built from, null for a ghost (a process that
   * just vanished). A tick does not rebuild the list, so its counters may be older than the
   * frame's: read them through liveProcess.
   */
  readonly process: SimProcess | null;
  readonly change: 'appeared' | 'vanished' | null;
  /** For a ghost: its container's name when it vanished. */
  readonly ghostContainerName: string | null;
}

export interface ListQuery {
  readonly filter: string;
  readonly csrssOnly: boolean;
  readonly sort: SortKey;
}

export const isCsrss = (name: string): boolean => name.toLowerCase() === 'csrss';

interface Keyed {
  readonly entry: ListEntry;
  /** Lower-case name, computed once per entry instead of twice per comparison. */
  readonly lower: string;
  readonly rank: number;
}

const byName = (a: Keyed, b: Keyed): number =>
  a.lower < b.lower
    ? -1
    : a.lower > b.lower
      ? 1
      : a.entry.pid - b.entry.pid ||
        (a.entry.key < b.entry.key ? -1 : a.entry.key > b.entry.key ? 1 : 0);

function compare(sort: Exclude<SortKey, 'cpu' | 'memory'>): (a: Keyed, b: Keyed) => number {
  switch (sort) {
    case 'isolation':
      return (a, b) => a.rank - b.rank || byName(a, b);
    case 'name':
      return byName;
    case 'id':
      return (a, b) => a.entry.pid - b.entry.pid || byName(a, b);
    case 'session':
      return (a, b) => a.entry.sessionId - b.entry.sessionId || byName(a, b);
  }
}

/** The counter a live sort orders by (largest first); -1 for a ghost or a blank. */
function counterOf(sort: 'cpu' | 'memory', p: SimProcess | null): number {
  return (sort === 'cpu' ? p?.cpu : p?.wsK) ?? -1;
}

/** Orders a name-sorted list by a counter, largest first; ties keep the name order. */
function sortByCounter(
  byNameList: readonly ListEntry[],
  sort: 'cpu' | 'memory',
  current: (entry: ListEntry) => SimProcess | null,
): ListEntry[] {
  const keys = new Float64Array(byNameList.length);
  byNameList.forEach((e, i) => (keys[i] = counterOf(sort, current(e))));
  const order = Array.from(byNameList, (_, i) => i);
  order.sort((a, b) => (keys[b] as number) - (keys[a] as number) || a - b);
  return order.map((i) => byNameList[i] as ListEntry);
}

export function buildProcessList(
  processes: readonly SimProcess[],
  ghosts: readonly Ghost[],
  appeared: ReadonlyMap<string, number>,
  query: ListQuery,
  containerName: (containerId: string) => string | null,
): ListEntry[] {
  const needle = query.filter.trim().toLowerCase();
  const keep = (
    name: string,
    pid: number,
    containerId: string | null,
    ghostName: string | null,
  ) => {
    if (query.csrssOnly && !isCsrss(name)) return false;
    if (needle === '') return true;
    if (name.toLowerCase().includes(needle) || String(pid).startsWith(needle)) return true;
    const owner = containerId === null ? null : (containerName(containerId) ?? ghostName);
    return owner !== null && owner.toLowerCase().includes(needle);
  };
  const entries: ListEntry[] = [];
  for (const p of processes) {
    if (!keep(p.name, p.pid, p.containerId, null)) continue;
    const key = processKey(p);
    entries.push({
      key,
      name: p.name,
      pid: p.pid,
      sessionId: p.sessionId,
      kernelId: p.kernelId,
      containerId: p.containerId,
      process: p,
      change: appeared.has(key) ? 'appeared' : null,
      ghostContainerName: null,
    });
  }
  for (const g of ghosts) {
    if (!keep(g.ref.name, g.ref.pid, g.ref.containerId, g.containerName)) continue;
    entries.push({
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
  }
  const structural = query.sort === 'cpu' || query.sort === 'memory' ? 'name' : query.sort;
  const sorted = entries
    .map((entry): Keyed => ({
      entry,
      lower: entry.name.toLowerCase(),
      rank: isolationRank(entry.name),
    }))
    .sort(compare(structural))
    .map((k) => k.entry);
  if (structural === query.sort) return sorted;
  return sortByCounter(sorted, query.sort as 'cpu' | 'memory', (e) => e.process);
}

/** The container the Session pane shows: the entered one, else the selected one. */
export function sessionContainer(
  host: HostState,
  selectedId: string | null,
): Container | undefined {
  if (host.entered !== null) return findContainerById(host, host.entered.containerId);
  return selectedContainer(host, selectedId);
}

/** The selected container, falling back to the entered one, then the first. */
export function selectedContainer(
  host: HostState,
  selectedId: string | null,
): Container | undefined {
  const byId = selectedId === null ? undefined : findContainerById(host, selectedId);
  if (byId !== undefined) return byId;
  if (host.entered !== null) return findContainerById(host, host.entered.containerId);
  return host.containers[0];
}

export interface PaneListInput {
  readonly host: HostState;
  readonly highlights: Highlights;
  readonly query: ListQuery;
  /** For the Session pane: the container it shows. */
  readonly containerId: string | null;
}

type Pane = 'host' | 'session';

const NO_PROCESSES: readonly SimProcess[] = [];

/** The current state of a listed process (its counters move on every tick); null for a ghost. */
export function liveProcess(host: HostState, entry: ListEntry): SimProcess | null {
  if (entry.process === null) return null;
  return findProcess(host, entry.kernelId, entry.pid) ?? entry.process;
}

/** The entry with its process as `host` has it: what a visible row is drawn from. */
export function liveEntry(host: HostState, entry: ListEntry): ListEntry {
  const process = liveProcess(host, entry);
  return process === entry.process ? entry : { ...entry, process };
}

const liveCounts = new WeakMap<readonly ListEntry[], number>();

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
 * A per-pane memo of the last list built. Its key is who runs where (the process sets of
 * the kernels it lists), the marks and the query; the arrays themselves only for the sorts
 * by CPU or memory, which a tick reorders.
 */
function paneListMemo(pane: Pane): (input: PaneListInput) => ListEntry[] {
  let structure: { deps: readonly unknown[]; list: ListEntry[] } | null = null;
  let ordered: { deps: readonly unknown[]; list: ListEntry[] } | null = null;
  const same = (a: readonly unknown[], b: readonly unknown[]) => a.every((d, i) => d === b[i]);
  return (input) => {
    const { host, highlights, query, containerId } = input;
    const live = query.sort === 'cpu' || query.sort === 'memory';
    const kernelSet = (id: string) => processSetOf(host.kernels[id]?.processes ?? NO_PROCESSES);
    const deps = [
      kernelSet('host'),
      pane === 'session' && containerId !== null ? kernelSet(utilityVmKernelId(containerId)) : null,
      host.containers,
      highlights,
      query.filter,
      query.csrssOnly,
      // The counter sorts start from the list sorted by name.
      live ? 'name' : query.sort,
      containerId,
      pane === 'session' ? host.entered : null,
    ];
    if (structure === null || !same(deps, structure.deps)) {
      structure = {
        deps,
        list: computePaneList(pane, input, live ? { ...query, sort: 'name' } : query),
      };
      ordered = null;
    }
    if (!live) return structure.list;
    const orderDeps = [host.kernels, query.sort];
    if (ordered === null || !same(orderDeps, ordered.deps)) {
      const list = sortByCounter(structure.list, query.sort as 'cpu' | 'memory', (e) =>
        liveProcess(host, e),
      );
      ordered = { deps: orderDeps, list };
    }
    return ordered.list;
  };
}

function computePaneList(
  pane: Pane,
  { host, highlights, containerId }: PaneListInput,
  query: ListQuery,
): ListEntry[] {
  const name = (id: string) => findContainerById(host, id)?.name ?? null;
  if (pane === 'host') {
    const processes = host.kernels.host?.processes ?? [];
    const ghosts = highlights.vanished.filter((g) => g.ref.kernelId === 'host');
    return buildProcessList(processes, ghosts, highlights.appeared, query, name);
  }
  if (containerId === null) return [];
  const container = findContainerById(host, containerId);
  if (container === undefined || container.state !== 'Running') return [];
  const ghosts = highlights.vanished.filter(
    (g) => g.ref.containerId === containerId && g.ref.name !== 'vmwp',
  );
  return buildProcessList(
    processesSeenFrom(host, containerId),
    ghosts,
    highlights.appeared,
    query,
    name,
  );
}

const memos: Record<Pane, (input: PaneListInput) => ListEntry[]> = {
  host: paneListMemo('host'),
  session: paneListMemo('session'),
};

/**
 * The list a pane shows now. Cheap to call every frame and from key handlers alike: the
 * same array until who runs where, the marks or the query change (or, sorted by CPU or
 * memory, the counters).
 */
export function paneList(pane: Pane, input: PaneListInput): ListEntry[] {
  return memos[pane](input);
}
