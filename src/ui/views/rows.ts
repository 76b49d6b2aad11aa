// Process rows as pre-padded text: one <Text> per row, columns laid out here so the
// renderer only colours spans (docs/ink-notes.md: a Box per cell costs far more). Pure.
import { findContainerById } from '../../sim/index.js';
import type { Container, HostState } from '../../sim/index.js';
import type { Translate } from '../text/i18n.js';
import type { ListEntry } from '../state/process-list.js';
import { cellWidth, padCells, padCellsStart } from '../text/text-width.js';
import { shownName } from '../text/shown-name.js';

/**
 * `◆` shared kernel (a container's process on the host, or a row the host also lists);
 * `◇` utility VM.
 */
export type TagKind = 'shared' | 'utility-vm';

export interface Tag {
  readonly kind: TagKind;
  readonly full: string;
  readonly short: string;
}

export interface ProcessColumns {
  readonly width: number;
  readonly name: number;
  /** Cells of the SI column: 2, or more once a host has sessions past 99 (500 containers). */
  readonly si: number;
  readonly cpu: boolean;
  readonly ws: boolean;
  /** Cells left for the tag, after a two-blank gap. */
  readonly tag: number;
  readonly shortTags: boolean;
}

export interface ProcessRowParts {
  /** Selection mark and change mark: `▶`, then `+` appeared / `−` vanished. */
  readonly lead: string;
  readonly name: string;
  readonly middle: string;
  readonly tag: string;
  readonly tagKind: TagKind | null;
}

const LEAD = 2;
const ID = 5;
const SI = 2;
const CPU = 7;
const WS = 8;
const NAME_WIDEST = 14;
const NAME_WIDE = 12;
const NAME_NARROW = 8;
const GAP = 2;

export const SELECTED_MARK = '▶';
export const APPEARED_MARK = '+';
export const VANISHED_MARK = '−';

/** Which columns fit: the tag matters most, then WS(K), then CPU(s); names shrink last. */
export function planProcessColumns(
  width: number,
  fullTag: number,
  shortTag: number,
  si = SI,
): ProcessColumns {
  // One blank at the right edge too, so a tag never touches the border.
  const fixed = (name: number) => LEAD + name + 1 + ID + 1 + si + 1;
  for (const name of [NAME_WIDEST, NAME_WIDE, NAME_NARROW]) {
    const room = width - fixed(name) - GAP;
    if (room >= fullTag + CPU + 1 + WS + 1)
      return {
        width,
        name,
        si,
        cpu: true,
        ws: true,
        tag: room - CPU - 1 - WS - 1,
        shortTags: false,
      };
    if (room >= fullTag + WS + 1)
      return { width, name, si, cpu: false, ws: true, tag: room - WS - 1, shortTags: false };
    if (name === NAME_WIDEST) continue;
    if (room >= fullTag)
      return { width, name, si, cpu: false, ws: false, tag: room, shortTags: false };
    if (room >= shortTag && name === NAME_NARROW)
      return { width, name, si, cpu: false, ws: false, tag: room, shortTags: true };
  }
  const room = Math.max(0, width - fixed(NAME_NARROW) - GAP);
  return { width, name: NAME_NARROW, si, cpu: false, ws: false, tag: room, shortTags: true };
}

function fit(text: string, width: number): string {
  return padCells(text, width);
}

export function processHeader(columns: ProcessColumns): string {
  const si = padCellsStart('SI', columns.si);
  let text = `${' '.repeat(LEAD)}${fit('Name', columns.name)} ${padCellsStart('Id', ID)} ${si}`;
  if (columns.cpu) text += ` ${padCellsStart('CPU(s)', CPU)}`;
  if (columns.ws) text += ` ${padCellsStart('WS(K)', WS)}`;
  return fit(text, columns.width);
}

const formatCpu = (cpu: number | null | undefined) =>
  cpu === null || cpu === undefined ? '' : cpu.toFixed(2);

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
  let middle = ` ${padCellsStart(String(entry.pid), ID)} ${si}`;
  if (columns.cpu) middle += ` ${padCellsStart(formatCpu(entry.process?.cpu), CPU)}`;
  if (columns.ws) middle += ` ${padCellsStart(entry.process ? String(entry.process.wsK) : '', WS)}`;
  const used = LEAD + columns.name + cellWidth(middle);
  const rest = Math.max(0, columns.width - used);
  if (tag === null || rest <= GAP)
    return { lead, name, middle: middle + ' '.repeat(rest), tag: '', tagKind: null };
  const text = columns.shortTags ? tag.short : tag.full;
  return {
    lead,
    name,
    middle: middle + ' '.repeat(GAP),
    tag: fit(text, rest - GAP),
    tagKind: tag.kind,
  };
}

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
    return {
      kind: 'utility-vm',
      full: t('tag.vmwp', { name }),
      short: t('tag.vmwpShort', { name }),
    };
  }
  return {
    kind: 'shared',
    full: t('tag.container', { name }),
    short: t('tag.containerShort', { name }),
  };
}

/** Session pane: rows the host lists too (shared kernel); a utility VM's own csrss. */
export function sessionTag(entry: ListEntry, t: Translate): Tag | null {
  if (entry.kernelId === 'host') {
    return { kind: 'shared', full: t('tag.alsoOnHost'), short: t('tag.alsoOnHostShort') };
  }
  if (entry.name.toLowerCase() === 'csrss') {
    return { kind: 'utility-vm', full: t('tag.ownKernel'), short: t('tag.ownKernelShort') };
  }
  return null;
}

/** Cells the SI column needs: the highest session any container holds, at least 2. */
export function sessionColumnWidth(containers: readonly Container[]): number {
  let highest = 0;
  for (const c of containers) highest = Math.max(highest, c.hostSessionId ?? 0);
  return Math.max(SI, String(highest).length);
}

// Per container object and language: a start or toggle re-measures only the container it
// changed, not all 500 (issue 16).
const tagWidthsOf = new WeakMap<Container, { t: Translate; full: number; short: number }>();

function containerTagWidths(c: Container, t: Translate): { full: number; short: number } {
  const cached = tagWidthsOf.get(c);
  if (cached !== undefined && cached.t === t) return cached;
  const name = shownName(c.name);
  const hyperV = c.runtimeType === 'HyperV';
  const widths = {
    t,
    full: cellWidth(t(hyperV ? 'tag.vmwp' : 'tag.container', { name })),
    short: cellWidth(t(hyperV ? 'tag.vmwpShort' : 'tag.containerShort', { name })),
  };
  tagWidthsOf.set(c, widths);
  return widths;
}

/**
 * The widest tags the host pane shows, from the running containers (so the columns stay
 * put while scrolling; a ghost row's tag may be cut for its few seconds).
 */
export function hostTagWidths(
  containers: readonly Container[],
  t: Translate,
): { full: number; short: number } {
  let full = 0;
  let short = 0;
  for (const c of containers) {
    if (c.state !== 'Running') continue;
    const widths = containerTagWidths(c, t);
    full = Math.max(full, widths.full);
    short = Math.max(short, widths.short);
  }
  return { full: Math.min(full, 34), short: Math.min(short, 20) };
}

/**
 * The Session pane's tags: `◆ also on host` in a Default container, `◇ own kernel` in a
 * utility VM.
 */
export function sessionTagWidths(
  t: Translate,
  runtime: Container['runtimeType'] | null,
): { full: number; short: number } {
  const full = runtime === 'HyperV' ? 'tag.ownKernel' : 'tag.alsoOnHost';
  const short = runtime === 'HyperV' ? 'tag.ownKernelShort' : 'tag.alsoOnHostShort';
  return { full: cellWidth(t(full)), short: cellWidth(t(short)) };
}
