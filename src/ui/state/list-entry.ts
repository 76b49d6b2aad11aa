// What a process pane's list is made of: its entries and the query that picks and orders
// them (process-list.ts builds the list, process-order.ts orders it).
import type { SimProcess } from '../../sim/index.js';

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
  /** The order reversed (O). */
  readonly reverse?: boolean;
}

export const isCsrss = (name: string): boolean => name.toLowerCase() === 'csrss';

/**
 * What csrss-only (`c`) keeps: csrss, and vmwp, the row that proves the host sees only a
 * vmwp for a Hyper-V container (issue 12).
 */
export const isIsolationEvidence = (name: string): boolean => {
  const lower = name.toLowerCase();
  return lower === 'csrss' || lower === 'vmwp';
};
