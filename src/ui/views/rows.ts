// Process rows as pre-padded text: one <Text> per row, columns laid out here (planned in
// state/process-columns.ts) so the renderer only colours spans (docs/ink-notes.md: a Box
// per cell costs far more). Pure.
import { findContainerById } from '../../sim/index.js';
import type { HostState } from '../../sim/index.js';
import type { Translate } from '../text/i18n.js';
import type { ListEntry } from '../state/process-list.js';
import { cellWidth, padCells, padCellsStart } from '../text/text-width.js';
import { shownName } from '../text/shown-name.js';
import { APPEARED_MARK, SELECTED_MARK, SORT_DOWN, SORT_UP, VANISHED_MARK } from '../text/marks.js';
import type { SortKey } from '../state/list-entry.js';
import {
  CPU,
  GAP,
  LEAD,
  tagLabel,
  WS,
  type ProcessColumns,
  type TagKind,
} from '../state/process-columns.js';

export type { ProcessColumns, TagKind };
export { APPEARED_MARK, SELECTED_MARK, VANISHED_MARK };

export interface Tag {
  readonly kind: TagKind;
  /** Mark and words, e.g. `◆ DEMO (shared kernel)`. */
  readonly full: string;
  /** The defined short form shown when the full one does not fit, e.g. `◆ DEMO`. */
  readonly short: string;
}

export interface ProcessRowParts {
  /** Selection mark and change mark: `▶`, then `+` appeared / `−` vanished. */
  readonly lead: string;
  readonly name: string;
  readonly middle: string;
  readonly tag: string;
  readonly tagKind: TagKind | null;
}

/** The sort shown on a header: which key, and whether reversed. */
export interface SortMark {
  readonly key: SortKey;
  readonly reverse: boolean;
}

const fit = (text: string, width: number): string => padCells(text, width);

/** A column's label, with the sort mark when the list is sorted by it. */
function label(text: string, key: SortKey, sort: SortMark | undefined): string {
  if (sort?.key !== key) return text;
  return `${text}${sort.reverse ? SORT_DOWN : SORT_UP}`;
}

export function processHeader(columns: ProcessColumns, t: Translate, sort?: SortMark): string {
  const name = fit(label(t('col.name'), 'name', sort), columns.name);
  const id = padCellsStart(label(t('col.id'), 'id', sort), columns.id);
  const si = padCellsStart(label(t('col.si'), 'session', sort), columns.si);
  let text = `${' '.repeat(LEAD)}${name} ${id} ${si}`;
  if (columns.cpu) text += ` ${padCellsStart(label(t('col.cpu'), 'cpu', sort), CPU)}`;
  if (columns.ws) text += ` ${padCellsStart(label(t('col.ws'), 'memory', sort), WS)}`;
  return fit(text, columns.width);
}

const formatCpu = (cpu: number | null | undefined) =>
  cpu === null || cpu === undefined ? '' : cpu.toFixed(2);

/** The tag in `room` cells: the full form, else the short one, and only then cut. */
export function fittedTag(tag: Tag, room: number): string {
  return fit(cellWidth(tag.full) <= room ? tag.full : tag.short, room);
}

export function processRow(
  entry: ListEntry,
  columns: ProcessColumns,
  selected: boolean,
  tag: Tag | null,
): ProcessRowParts {
  const change =
    entry.change === 'appeared' ? APPEARED_MARK : entry.change === 'vanished' ? VANISHED_MARK : ' ';
  const lead = `${selected ? SELECTED_MARK : ' '}${change}`;
  const name = fit(shownName(entry.name), columns.name);
  const si = padCellsStart(String(entry.sessionId), columns.si);
  let middle = ` ${padCellsStart(String(entry.pid), columns.id)} ${si}`;
  if (columns.cpu) middle += ` ${padCellsStart(formatCpu(entry.process?.cpu), CPU)}`;
  if (columns.ws) middle += ` ${padCellsStart(entry.process ? String(entry.process.wsK) : '', WS)}`;
  const used = LEAD + columns.name + cellWidth(middle);
  const rest = Math.max(0, columns.width - used);
  if (tag === null || rest <= GAP)
    return { lead, name, middle: middle + ' '.repeat(rest), tag: '', tagKind: null };
  return {
    lead,
    name,
    middle: middle + ' '.repeat(GAP),
    tag: fittedTag(tag, rest - GAP),
    tagKind: tag.kind,
  };
}

const makeTag = (kind: TagKind, full: string, short: string): Tag => ({
  kind,
  full: tagLabel(kind, full),
  short: tagLabel(kind, short),
});

const containerLabel = (host: HostState, entry: ListEntry): string | null => {
  if (entry.containerId === null) return null;
  const name = findContainerById(host, entry.containerId)?.name ?? entry.ghostContainerName;
  return shownName(name ?? entry.containerId.slice(0, 8));
};

/** Host pane: a Default container's process (shared kernel), or a Hyper-V container's vmwp. */
export function hostTag(host: HostState, entry: ListEntry, t: Translate): Tag | null {
  const name = containerLabel(host, entry);
  if (name === null) return null;
  if (entry.name === 'vmwp' && entry.kernelId === 'host') {
    return makeTag('utility-vm', t('tag.vmwp', { name }), t('tag.vmwpShort', { name }));
  }
  return makeTag('shared', t('tag.container', { name }), t('tag.containerShort', { name }));
}

/** Session pane: rows the host lists too (shared kernel); a utility VM's own csrss. */
export function sessionTag(entry: ListEntry, t: Translate): Tag | null {
  if (entry.kernelId === 'host') {
    return makeTag('shared', t('tag.alsoOnHost'), t('tag.alsoOnHostShort'));
  }
  if (entry.name.toLowerCase() === 'csrss') {
    return makeTag('utility-vm', t('tag.ownKernel'), t('tag.ownKernelShort'));
  }
  return null;
}
