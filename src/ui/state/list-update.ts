// The host pane's list after a change of who runs (a container started, stopped, a session
// entered): the previous list, minus the rows that went or changed, merged with the rows
// that came — not a rebuild and re-sort of 10,000 rows (issue 16). The result is the list
// buildProcessList would build: its order is total (name, pid, key), so merging two sorted
// lists gives exactly the sorted whole.
import type { SimProcess } from '../../sim/index.js';
import type { Ghost, Highlights } from './highlights.js';
import { noteLiveCount } from './list-build.js';
import type { ListEntry, ListQuery } from './list-entry.js';
import { compare, isolationRank, type Keyed } from './process-order.js';

/** Beyond this many changed rows a rebuild is as cheap. */
const MAX_CHANGED = 2000;
const HOST_PREFIX = 'host/';

const sameRow = (a: SimProcess, b: SimProcess): boolean =>
  a.name === b.name && a.sessionId === b.sessionId && a.containerId === b.containerId;

/** Keys that went (or changed) and processes that came, walking two pid-sorted arrays. */
function diffByPid(before: readonly SimProcess[], after: readonly SimProcess[]) {
  const gone = new Set<string>();
  const came: SimProcess[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const a = before[i];
    const b = after[j];
    if (b === undefined || (a !== undefined && a.pid < b.pid)) {
      gone.add(HOST_PREFIX + (a as SimProcess).pid);
      i++;
    } else if (a === undefined || b.pid < a.pid) {
      came.push(b);
      j++;
    } else {
      if (!sameRow(a, b)) {
        gone.add(HOST_PREFIX + a.pid);
        came.push(b);
      }
      i++;
      j++;
    }
  }
  return { gone, came };
}

const keyed = (entry: ListEntry): Keyed => ({
  entry,
  lower: entry.name.toLowerCase(),
  rank: isolationRank(entry.name),
});

export interface HostListChange {
  readonly previous: readonly ListEntry[];
  readonly before: readonly SimProcess[];
  readonly after: readonly SimProcess[];
  readonly marksBefore: Highlights['appeared'];
  readonly highlights: Pick<Highlights, 'appeared' | 'vanished'>;
  /** With a structural sort (not by CPU or memory). */
  readonly query: ListQuery;
  /** buildProcessList over these processes and ghosts, with the query and marks above. */
  readonly build: (processes: readonly SimProcess[], ghosts: readonly Ghost[]) => ListEntry[];
}

/** The updated host list, or null when so much changed that a rebuild is the better way. */
export function updateHostList(change: HostListChange): ListEntry[] | null {
  const { previous, before, after, marksBefore, highlights, query } = change;
  const { gone, came } = diffByPid(before, after);
  if (gone.size + came.length > MAX_CHANGED) return null;
  // Rows whose "appeared" mark came or went are made again.
  const remark = new Set<string>();
  for (const key of marksBefore.keys()) if (!highlights.appeared.has(key)) remark.add(key);
  for (const key of highlights.appeared.keys()) if (!marksBefore.has(key)) remark.add(key);
  const cameKeys = new Set(came.map((p) => HOST_PREFIX + p.pid));
  const fresh = [...came];
  for (const key of remark) {
    if (!key.startsWith(HOST_PREFIX) || gone.has(key) || cameKeys.has(key)) continue;
    const pid = Number(key.slice(HOST_PREFIX.length));
    const process = findInSorted(after, pid);
    if (process !== undefined) fresh.push(process);
  }
  const kept = previous.filter((e) => e.process !== null && !gone.has(e.key) && !remark.has(e.key));
  const ghosts = highlights.vanished.filter((g) => g.ref.kernelId === 'host');
  const added = change.build(
    fresh.sort((a, b) => a.pid - b.pid),
    ghosts,
  );
  const list = mergeSorted(kept, added, query);
  // Every kept row is live; of the added, the ghosts are not.
  noteLiveCount(list, kept.length + added.filter((e) => e.process !== null).length);
  return list;
}

function findInSorted(processes: readonly SimProcess[], pid: number): SimProcess | undefined {
  let lo = 0;
  let hi = processes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = processes[mid] as SimProcess;
    if (at.pid === pid) return at;
    if (at.pid < pid) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * `kept` with `added` inserted in order. Each added row finds its place by binary search,
 * and the kept rows between places are copied as they are: a few rows into 17,000 cost a
 * few dozen comparisons, not a keyed copy of every row.
 */
function mergeSorted(
  kept: readonly ListEntry[],
  added: readonly ListEntry[],
  query: ListQuery,
): ListEntry[] {
  const order = compare(query.sort as Exclude<ListQuery['sort'], 'cpu' | 'memory'>);
  const addedKeyed = added.map(keyed).sort(order);
  const out = new Array<ListEntry>(kept.length + added.length);
  let from = 0;
  let k = 0;
  for (const b of addedKeyed) {
    // The first kept row that sorts after b (equal rows keep kept's first, as a merge does).
    let lo = from;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (order(keyed(kept[mid] as ListEntry), b) <= 0) lo = mid + 1;
      else hi = mid;
    }
    while (from < lo) out[k++] = kept[from++] as ListEntry;
    out[k++] = b.entry;
  }
  while (from < kept.length) out[k++] = kept[from++] as ListEntry;
  return out;
}
