// The rows a process pane lists: live processes plus the ghosts of the ones that just
// vanished, filtered and sorted. O(n log n) per change of who runs where (a container
// started, a filter typed, a mark expired), memoised on the process set rather than on
// the arrays: a clock tick redraws every counter of 10,000 processes but moves no row, so
// it rebuilds nothing here, and a frame reads the counters of its visible rows only
// (liveProcess). Only the CPU and memory sorts depend on counters; they re-sort per tick.
import {
  findContainerById,
  findProcess,
  kernelRoster,
  processesSeenFrom,
  processSetOf,
  utilityVmKernelId,
} from '../../sim/index.js';
import type { Container, HostState, SimProcess } from '../../sim/index.js';
import type { Highlights } from './highlights.js';
import { type ListEntry, type ListQuery } from './list-entry.js';
import { updateHostList } from './list-update.js';
import { buildProcessList, liveCount, pendingList, type PendingList } from './list-build.js';
import { sortByCounter } from './process-order.js';

export { isCsrss, SORT_ORDER, type ListEntry, type ListQuery, type SortKey } from './list-entry.js';
export { buildProcessList, liveCount } from './list-build.js';

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

/** A list, or one still pending (list-build.ts). */
type Listed = ListEntry[] | PendingList;

const listOf = (listed: Listed): ListEntry[] =>
  Array.isArray(listed) ? listed : (listed as PendingList).list();

interface Structure {
  readonly deps: readonly unknown[];
  readonly list: Listed;
  /** The host kernel's processes and the marks the list was made from. */
  readonly processes: readonly SimProcess[];
  readonly appeared: Highlights['appeared'];
}

/** The host pane's list updated from the last one (only who runs and the marks changed). */
function updateHostPane(
  last: Structure,
  { host, highlights }: PaneListInput,
  query: ListQuery,
): ListEntry[] | null {
  const name = (id: string) => findContainerById(host, id)?.name ?? null;
  return updateHostList({
    previous: listOf(last.list),
    before: last.processes,
    after: kernelRoster(host.kernels.host),
    marksBefore: last.appeared,
    highlights,
    query,
    build: (processes, ghosts) =>
      buildProcessList(processes, ghosts, highlights.appeared, query, name),
  });
}

/**
 * A per-pane memo of the last list built. Its key is who runs where (the process sets of
 * the kernels it lists), the marks and the query; the arrays themselves only for the sorts
 * by CPU or memory, which a tick reorders.
 */
function paneListMemo(pane: Pane): (input: PaneListInput) => Listed {
  let structure: Structure | null = null;
  let ordered: { deps: readonly unknown[]; list: ListEntry[] } | null = null;
  const same = (a: readonly unknown[], b: readonly unknown[]) => a.every((d, i) => d === b[i]);
  return (input) => {
    const { host, highlights, query, containerId } = input;
    const live = query.sort === 'cpu' || query.sort === 'memory';
    // The roster's set: the same token, without building a tick's processes (only the
    // visible rows are built, by liveEntry).
    const kernelSet = (id: string) => processSetOf(kernelRoster(host.kernels[id]));
    const deps = [
      kernelSet('host'),
      pane === 'session' && containerId !== null ? kernelSet(utilityVmKernelId(containerId)) : null,
      // Container names matter only to a filter (an owner's name matches) and to the
      // Session pane's container; a start or toggle elsewhere leaves an unfiltered list be.
      query.filter.trim() === '' && pane === 'host' ? null : host.containers,
      highlights.appeared,
      highlights.vanished,
      query.filter,
      query.csrssOnly,
      // The counter sorts start from the list sorted by name.
      live ? 'name' : query.sort,
      containerId,
      pane === 'session' ? host.entered : null,
    ];
    if (structure === null || !same(deps, structure.deps)) {
      const structural = live ? { ...query, sort: 'name' as const } : query;
      // A pending list costs positions, not entries: cheaper than updating a made list.
      const pending = live ? null : pendingPaneList(pane, input, structural);
      const updated =
        pending === null &&
        pane === 'host' &&
        structure !== null &&
        same(deps.slice(5), structure.deps.slice(5))
          ? updateHostPane(structure, input, structural)
          : null;
      structure = {
        deps,
        list: pending ?? updated ?? builtPaneList(pane, input, structural),
        processes: kernelRoster(host.kernels.host),
        appeared: highlights.appeared,
      };
      ordered = null;
    }
    if (!live) return structure.list;
    const orderDeps = [host.kernels, query.sort];
    if (ordered === null || !same(orderDeps, ordered.deps)) {
      const list = sortByCounter(listOf(structure.list), query.sort as 'cpu' | 'memory', (e) =>
        liveProcess(host, e),
      );
      ordered = { deps: orderDeps, list };
    }
    return ordered.list;
  };
}

/** The processes a pane lists and the ghosts among them; null for no list. */
function paneSources(pane: Pane, { host, highlights, containerId }: PaneListInput) {
  if (pane === 'host') {
    return {
      processes: kernelRoster(host.kernels.host),
      ghosts: highlights.vanished.filter((g) => g.ref.kernelId === 'host'),
    };
  }
  if (containerId === null) return null;
  const container = findContainerById(host, containerId);
  if (container === undefined || container.state !== 'Running') return null;
  return {
    processes: processesSeenFrom(host, containerId),
    ghosts: highlights.vanished.filter(
      (g) => g.ref.containerId === containerId && g.ref.name !== 'vmwp',
    ),
  };
}

const ownerName = (host: HostState) => (id: string) => findContainerById(host, id)?.name ?? null;

function pendingPaneList(pane: Pane, input: PaneListInput, query: ListQuery): PendingList | null {
  const sources = paneSources(pane, input);
  if (sources === null) return null;
  const { appeared } = input.highlights;
  return pendingList(sources.processes, sources.ghosts, appeared, query, ownerName(input.host));
}

/** The list made in full (the memo tried a pending one first, or a counter sort needs it). */
function builtPaneList(pane: Pane, input: PaneListInput, query: ListQuery): ListEntry[] {
  const sources = paneSources(pane, input);
  if (sources === null) return [];
  const { appeared } = input.highlights;
  return buildProcessList(
    sources.processes,
    sources.ghosts,
    appeared,
    query,
    ownerName(input.host),
  );
}

const memos: Record<Pane, (input: PaneListInput) => Listed> = {
  host: paneListMemo('host'),
  session: paneListMemo('session'),
};

/**
 * The list a pane shows now. Cheap to call every frame and from key handlers alike: the
 * same array until who runs where, the marks or the query change (or, sorted by CPU or
 * memory, the counters).
 */
export function paneList(pane: Pane, input: PaneListInput): ListEntry[] {
  const list = listOf(memos[pane](input));
  if (input.query.reverse !== true) return list;
  let reversed = reversedLists.get(list);
  if (reversed === undefined) reversedLists.set(list, (reversed = [...list].reverse()));
  return reversed;
}

const reversedLists = new WeakMap<ListEntry[], ListEntry[]>();

/** What a frame draws of a pane's list: its length, its live rows, and a window of it. */
export interface PaneRows {
  readonly length: number;
  /** How many rows are live processes, not ghosts. */
  readonly live: number;
  /** The entries from `start` up to (not including) `end`, in the list's order. */
  slice(start: number, end: number): ListEntry[];
}

/**
 * paneList's rows as a frame reads them: a list still pending (every process, unmarked) is
 * not made, its visible entries are (the same entries; issue 16, the first frame).
 */
export function paneRows(pane: Pane, input: PaneListInput): PaneRows {
  const listed = memos[pane](input);
  if (Array.isArray(listed)) {
    const list = paneList(pane, input);
    return { length: list.length, live: liveCount(list), slice: (a, b) => list.slice(a, b) };
  }
  const n = listed.length;
  const reverse = input.query.reverse === true;
  return {
    length: n,
    live: listed.live,
    slice(start, end) {
      const out: ListEntry[] = [];
      for (let i = Math.max(0, start); i < Math.min(end, n); i++)
        out.push(listed.at(reverse ? n - 1 - i : i));
      return out;
    },
  };
}
