// The rows a process pane lists: live processes plus the ghosts of the ones that just
// vanished, filtered and sorted. O(n) per change of its inputs, memoised on their
// identities, so frames that change nothing here (a key press elsewhere) cost nothing.
import { findContainerById, processesSeenFrom, processKey } from '../sim/index.js';
import type { Container, HostState, SimProcess } from '../sim/types.js';
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
  /** null for a ghost: a process that just vanished. */
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

function compare(sort: SortKey): (a: ListEntry, b: ListEntry) => number {
  const byName = (a: ListEntry, b: ListEntry) => {
    const x = a.name.toLowerCase();
    const y = b.name.toLowerCase();
    return x < y ? -1 : x > y ? 1 : a.pid - b.pid || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  };
  switch (sort) {
    case 'isolation':
      return (a, b) => isolationRank(a.name) - isolationRank(b.name) || byName(a, b);
    case 'name':
      return byName;
    case 'id':
      return (a, b) => a.pid - b.pid || byName(a, b);
    case 'session':
      return (a, b) => a.sessionId - b.sessionId || byName(a, b);
    case 'cpu':
      return (a, b) => (b.process?.cpu ?? -1) - (a.process?.cpu ?? -1) || byName(a, b);
    case 'memory':
      return (a, b) => (b.process?.wsK ?? -1) - (a.process?.wsK ?? -1) || byName(a, b);
  }
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
  return entries.sort(compare(query.sort));
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

/** A per-pane memo of the last list built, keyed on the identities of its inputs. */
function paneListMemo(pane: Pane): (input: PaneListInput) => ListEntry[] {
  let last: { deps: readonly unknown[]; result: ListEntry[] } | null = null;
  return (input) => {
    const { host, highlights, query, containerId } = input;
    const deps = [
      host.kernels,
      host.containers,
      highlights,
      query.filter,
      query.csrssOnly,
      query.sort,
      containerId,
      pane === 'session' ? host.entered : null,
    ];
    if (last !== null && deps.every((d, i) => d === last?.deps[i])) return last.result;
    const result = computePaneList(pane, input);
    last = { deps, result };
    return result;
  };
}

function computePaneList(
  pane: Pane,
  { host, highlights, query, containerId }: PaneListInput,
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

/** The list a pane shows now. Cheap to call every frame and from key handlers alike. */
export function paneList(pane: Pane, input: PaneListInput): ListEntry[] {
  return memos[pane](input);
}
