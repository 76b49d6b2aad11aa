// The orders a process pane can list in (`o` cycles them): comparisons computed once per
// entry, and the counter sorts that re-sort per tick.
import type { SimProcess } from '../../sim/index.js';
import type { ListEntry, SortKey } from './list-entry.js';

/** csrss, then vmwp, then everything else. */
export const isolationRank = (name: string): number => rankOfLower(name.toLowerCase());

/** isolationRank of a name already lower-cased. */
export const rankOfLower = (lower: string): number =>
  lower === 'csrss' ? 0 : lower === 'vmwp' ? 1 : 2;

/** What the orders read of a row: its entry's pid, session and key, its name's case and rank. */
export interface Ordered {
  readonly entry: Pick<ListEntry, 'pid' | 'sessionId' | 'key'>;
  /** Lower-case name, computed once per entry instead of twice per comparison. */
  readonly lower: string;
  readonly rank: number;
}

export interface Keyed extends Ordered {
  readonly entry: ListEntry;
}

const byName = (a: Ordered, b: Ordered): number =>
  a.lower < b.lower
    ? -1
    : a.lower > b.lower
      ? 1
      : a.entry.pid - b.entry.pid ||
        (a.entry.key < b.entry.key ? -1 : a.entry.key > b.entry.key ? 1 : 0);

export function compare(
  sort: Exclude<SortKey, 'cpu' | 'memory'>,
): (a: Ordered, b: Ordered) => number {
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
export function sortByCounter(
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
