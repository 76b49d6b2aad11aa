// Which columns a process pane shows, as a function of its width and the language only
// (issue 12): the columns never appear or vanish as containers start, stop or get long
// names at a fixed size. The Id column is as wide as the largest PID, so a PID is never
// cut; the tag gets what is left and shows its full form, else its short form, and is cut
// only when even the short form does not fit. Pure; the views (rows.ts) and the sort key
// (`o` offers only the columns shown) both read it.
import {
  kernelRoster,
  utilityVmKernelId,
  type Container,
  type HostState,
} from '../../sim/index.js';
import type { Translate } from '../text/i18n.js';
import { SHARED_MARK, UTILITY_VM_MARK } from '../text/marks.js';
import { cellWidth } from '../text/text-width.js';
import type { SortKey } from './list-entry.js';

/**
 * `◆` shared kernel (a container's process on the host, or a row the host also lists);
 * `◇` utility VM.
 */
export type TagKind = 'shared' | 'utility-vm';

/** A tag as drawn: its mark, then its words. */
export const tagLabel = (kind: TagKind, text: string): string =>
  `${kind === 'shared' ? SHARED_MARK : UTILITY_VM_MARK} ${text}`;

export interface ProcessColumns {
  readonly width: number;
  readonly name: number;
  /** Cells of the Id column: the largest PID's digits, at least 5. */
  readonly id: number;
  /** Cells of the SI column: 3 (room for a sort mark), more past session 999. */
  readonly si: number;
  readonly cpu: boolean;
  readonly ws: boolean;
  /** Cells left for the tag, after a two-blank gap. */
  readonly tag: number;
}

/** The tag widths a pane plans for: its longest tag forms for REFERENCE_NAME. */
export interface TagRoom {
  readonly full: number;
  readonly short: number;
}

export const LEAD = 2;
export const MIN_ID = 5;
export const MIN_SI = 3;
export const CPU = 7;
export const WS = 8;
export const GAP = 2;
const NAME_NARROW = 8;
const NAME_WIDE = 12;
const NAME_WIDEST = 14;

/**
 * The container name the plan makes room for: four letters, as the seed's DEMO. A longer
 * name's tag shows its short form (`◆ WINCONT`) where the full one does not fit, so at
 * 120×40 the Host pane keeps WS(K) whatever the names (issue 12).
 */
const REFERENCE_NAME = 'X'.repeat(4);

/** Both kinds' tags are one mark and a blank longer than their words. */
const widest = (...texts: string[]) => 2 + Math.max(...texts.map(cellWidth));

export function hostTagRoom(t: Translate): TagRoom {
  const name = REFERENCE_NAME;
  return {
    full: widest(t('tag.container', { name }), t('tag.vmwp', { name })),
    short: widest(t('tag.containerShort', { name }), t('tag.vmwpShort', { name })),
  };
}

export function sessionTagRoom(t: Translate): TagRoom {
  return {
    full: widest(t('tag.alsoOnHost'), t('tag.ownKernel')),
    short: widest(t('tag.alsoOnHostShort'), t('tag.ownKernelShort')),
  };
}

/** Cells the Id column needs for `largestPid`. */
export const idColumnWidth = (largestPid: number): number =>
  Math.max(MIN_ID, String(Math.max(0, Math.floor(largestPid))).length);

/** Cells the SI column needs for `highestSession`. */
export const siColumnWidth = (highestSession: number): number =>
  Math.max(MIN_SI, String(Math.max(0, Math.floor(highestSession))).length);

/**
 * The plan: a narrow name and the short tag first; then, each only where the tag keeps the
 * room it needs, wider names, WS(K), CPU(s) and the widest names. Depends on the width and
 * the tag room (the language) only, and on the Id and SI widths.
 */
export function planProcessColumns(
  width: number,
  room: TagRoom,
  si = MIN_SI,
  id = MIN_ID,
): ProcessColumns {
  const plan = { width, name: NAME_NARROW, id, si, cpu: false, ws: false };
  const used = () =>
    LEAD + plan.name + 1 + id + 1 + si + 1 + (plan.cpu ? CPU + 1 : 0) + (plan.ws ? WS + 1 : 0);
  const rest = () => width - used() - GAP;
  const upgrades: Array<{ apply: () => void; undo: () => void; keep: number }> = [
    {
      apply: () => (plan.name = NAME_WIDE),
      undo: () => (plan.name = NAME_NARROW),
      keep: room.short,
    },
    { apply: () => (plan.ws = true), undo: () => (plan.ws = false), keep: room.full },
    // CPU(s) only beside WS(K).
    { apply: () => (plan.cpu = plan.ws), undo: () => (plan.cpu = false), keep: room.full },
    {
      apply: () => (plan.name = plan.name === NAME_WIDE ? NAME_WIDEST : plan.name),
      undo: () => (plan.name = Math.min(plan.name, NAME_WIDE)),
      keep: room.full,
    },
  ];
  // A step that leaves the tag too little room is taken back; the later ones still try.
  for (const step of upgrades) {
    step.apply();
    if (rest() < step.keep) step.undo();
  }
  return { ...plan, tag: Math.max(0, rest()) };
}

/** The sort keys of the columns this plan shows, in `o`'s order (isolation first). */
export function shownSortKeys(columns: ProcessColumns): SortKey[] {
  const keys: SortKey[] = ['isolation', 'name', 'id', 'session'];
  if (columns.cpu) keys.push('cpu');
  if (columns.ws) keys.push('memory');
  return keys;
}

const siWidths = new WeakMap<readonly Container[], number>();

/** Cells the SI column needs: the highest session any container holds (memoised). */
export function sessionColumnWidth(containers: readonly Container[]): number {
  let width = siWidths.get(containers);
  if (width === undefined) {
    let highest = 0;
    for (const c of containers) highest = Math.max(highest, c.hostSessionId ?? 0);
    width = siColumnWidth(highest);
    siWidths.set(containers, width);
  }
  return width;
}

/**
 * The largest PID of a kernel: its processes are sorted by PID (sim/process-table.ts). Read
 * from the roster, so a tick's processes are not built for it.
 */
function largestPid(host: HostState, kernelId: string): number {
  const kernel = host.kernels[kernelId];
  const processes = kernel === undefined ? undefined : kernelRoster(kernel);
  return processes === undefined || processes.length === 0
    ? 0
    : (processes[processes.length - 1]?.pid ?? 0);
}

/**
 * A process pane's columns: the Host pane's for the host kernel, the Session pane's for
 * what its container sees (the host kernel's processes too, for a Windows Server
 * container). O(1) but for the SI width, memoised on the containers.
 */
export function paneColumns(
  pane: 'host' | 'session',
  host: HostState,
  containerId: string | null,
  width: number,
  t: Translate,
): ProcessColumns {
  const room = pane === 'host' ? hostTagRoom(t) : sessionTagRoom(t);
  let pid = largestPid(host, 'host');
  if (pane === 'session' && containerId !== null)
    pid = Math.max(pid, largestPid(host, utilityVmKernelId(containerId)));
  return planProcessColumns(width, room, sessionColumnWidth(host.containers), idColumnWidth(pid));
}
