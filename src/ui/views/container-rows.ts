// The Containers pane's table as pre-padded rows. Columns give way to the width in a
// fixed order (Owner, Uptime, then long image names, then the long kernel text, then
// Image, then State, whose word moves into the Kernel column), and last the names are cut:
// the Kernel column — which kernel the container runs on — never goes (issue 12: at 80×24
// a 7-letter name removed it). Which columns show depends on the width, the language and
// the widest name only, never on which containers run.
import { formatTimeSpan } from '../../shell/index.js';
import { containerUptimeMs, kernelRoster, vmwpOf } from '../../sim/index.js';
import type { Container, HostState } from '../../sim/index.js';
import type { Translate } from '../text/i18n.js';
import { enteredName, SELECTED_MARK } from '../text/marks.js';
import { cellWidth, padCells } from '../text/text-width.js';
import { shownName } from '../text/shown-name.js';

export interface ContainerColumns {
  readonly width: number;
  readonly name: number;
  readonly image: 'full' | 'short' | 'none';
  readonly owner: boolean;
  readonly uptime: boolean;
  /** Without a State column a stopped container's state is the Kernel column's text. */
  readonly state: boolean;
  readonly kernel: 'full' | 'short';
  /** Cells of each column: its values' and its (translated) header's, whichever is wider. */
  readonly cells: ColumnCells;
  /** Cells the kernel text needs in its full and short forms. */
  readonly kernelFull: number;
  readonly kernelShort: number;
}

interface ColumnCells {
  readonly runtime: number;
  readonly state: number;
  readonly uptime: number;
  readonly owner: number;
  readonly imageFull: number;
  readonly imageShort: number;
}

export interface ContainerRowParts {
  readonly lead: string;
  readonly name: string;
  readonly image: string;
  readonly runtime: string;
  readonly state: string;
  readonly rest: string;
  readonly kernel: string;
  readonly kernelKind: 'shared' | 'utility-vm' | null;
}

/** Names are cut (with …) no shorter than this. */
const NAME_MIN = 6;
const NAME_MAX = 16;

const displayName = (c: Container, entered: boolean) =>
  entered ? enteredName(shownName(c.name)) : shownName(c.name);

function columnCells(t: Translate): ColumnCells {
  const w = (key: Parameters<Translate>[0], values: number) => Math.max(values, cellWidth(t(key)));
  return {
    runtime: w('col.runtime', 7),
    state: w('col.state', 7),
    uptime: w('col.uptime', 8),
    owner: w('col.owner', 6),
    imageFull: w('col.image', 17),
    imageShort: w('col.image', 10),
  };
}

/** The kernel texts' widest forms, for the largest session and vmwp PID there can be now. */
function kernelWidths(host: HostState, t: Translate): { full: number; short: number } {
  let si = 0;
  for (const c of host.containers) si = Math.max(si, c.hostSessionId ?? 0);
  // The roster, not `processes`: who runs is all this needs, and reading `processes` would
  // build every process a tick left unbuilt — 10,000 on each tick's frame at L (issue 16).
  const processes = kernelRoster(host.kernels.host);
  const pid = processes[processes.length - 1]?.pid ?? 0;
  const args = { si: String(Math.max(si, 99)), pid: String(Math.max(pid, 9999)) };
  const widest = (...texts: string[]) =>
    Math.max(...texts.map(cellWidth), cellWidth(t('col.kernel')));
  return {
    full: widest(t('kernel.shared', args), t('kernel.uvm', args)),
    short: widest(t('kernel.sharedShort', args), t('kernel.uvmShort', args)),
  };
}

// Per container object (a start or a toggle makes a new one): measuring all 500 names on
// every change to one of them was a third of a toggle's time at 10,000 processes (issue 16).
const nameWidthOf = new WeakMap<Container, number>();

/** Cells of the container's shown name; entered, it is shown in brackets. */
function nameWidth(c: Container, entered: boolean): number {
  let cells = nameWidthOf.get(c);
  if (cells === undefined) {
    cells = cellWidth(displayName(c, false));
    nameWidthOf.set(c, cells);
  }
  return entered ? cellWidth(displayName(c, true)) : cells;
}

export function planContainerColumns(
  width: number,
  host: HostState,
  t: Translate,
): ContainerColumns {
  const enteredId = host.entered?.containerId ?? null;
  let longest = cellWidth(t('col.name'));
  for (const c of host.containers)
    longest = Math.max(longest, nameWidth(c, c.containerId === enteredId));
  const kernel = kernelWidths(host, t);
  const plan: { -readonly [K in keyof ContainerColumns]: ContainerColumns[K] } = {
    width,
    name: Math.min(NAME_MAX, longest),
    image: 'full',
    owner: true,
    uptime: true,
    state: true,
    kernel: 'full',
    cells: columnCells(t),
    kernelFull: kernel.full,
    kernelShort: kernel.short,
  };
  const steps: Array<() => void> = [
    () => (plan.owner = false),
    () => (plan.uptime = false),
    () => (plan.image = 'short'),
    () => (plan.kernel = 'short'),
    () => (plan.image = 'none'),
    () => (plan.state = false),
  ];
  for (const step of steps) {
    if (containerRowWidth(plan) <= width) break;
    step();
  }
  const over = containerRowWidth(plan) - width;
  if (over > 0) plan.name = Math.max(Math.min(NAME_MIN, plan.name), plan.name - over);
  return plan;
}

function containerRowWidth(c: ContainerColumns): number {
  let w = 2 + c.name + 1;
  if (c.image !== 'none') w += (c.image === 'full' ? c.cells.imageFull : c.cells.imageShort) + 1;
  w += c.cells.runtime + 1;
  if (c.state) w += c.cells.state + 1;
  if (c.uptime) w += c.cells.uptime + 1;
  if (c.owner) w += c.cells.owner + 1;
  return w + (c.kernel === 'full' ? c.kernelFull : c.kernelShort);
}

/**
 * Which kernel a running container's processes live on: the host's (its session) or a
 * utility VM's (its vmwp). A container that does not run has none: `—`, or its state
 * when the State column is not shown. The plan reserves the short form's width.
 */
function kernelText(
  host: HostState,
  c: Container,
  columns: ContainerColumns,
  t: Translate,
  room: number,
): string {
  if (c.state !== 'Running') return columns.state ? '—' : c.state;
  // The full form wherever this row has room for it, else the short one.
  const form = (full: string, short: string) => (cellWidth(full) <= room ? full : short);
  if (c.runtimeType === 'HyperV') {
    const pid = vmwpOf(host, c.containerId)?.pid ?? '?';
    return form(t('kernel.uvm', { pid }), t('kernel.uvmShort', { pid }));
  }
  const si = c.hostSessionId ?? '?';
  return form(t('kernel.shared', { si }), t('kernel.sharedShort', { si }));
}

export function containerHeader(columns: ContainerColumns, t: Translate): string {
  const { cells } = columns;
  let text = `  ${padCells(t('col.name'), columns.name)} `;
  if (columns.image !== 'none')
    text += `${padCells(t('col.image'), columns.image === 'full' ? cells.imageFull : cells.imageShort)} `;
  text += `${padCells(t('col.runtime'), cells.runtime)} `;
  if (columns.state) text += `${padCells(t('col.state'), cells.state)} `;
  if (columns.uptime) text += `${padCells(t('col.uptime'), cells.uptime)} `;
  if (columns.owner) text += `${padCells(t('col.owner'), cells.owner)} `;
  text += t('col.kernel');
  return padCells(text, columns.width);
}

const shortImage = (image: string) =>
  image === 'WindowsServerCore' ? 'ServerCore' : image === 'NanoServer' ? 'NanoServer' : image;

/**
 * The Uptime column in its 8 cells: Get-Container's `hh:mm:ss` under a day (its TimeSpan text,
 * formatTimeSpan); from a day on, days and hours (`3d 04h`), since TimeSpan's `d.hh:mm:ss`
 * would need a wider column and so change the layout as a container ages.
 */
export function paneUptime(ms: number): string {
  const full = formatTimeSpan(ms);
  if (!full.includes('.')) return full;
  const hours = Math.floor(ms / 3_600_000);
  return `${Math.floor(hours / 24)}d ${String(hours % 24).padStart(2, '0')}h`;
}

export function containerRow(
  host: HostState,
  c: Container,
  columns: ContainerColumns,
  selected: boolean,
  t: Translate,
): ContainerRowParts {
  const { cells } = columns;
  const entered = host.entered?.containerId === c.containerId;
  const lead = selected ? `${SELECTED_MARK} ` : '  ';
  const name = `${padCells(displayName(c, entered), columns.name)} `;
  const full = columns.image === 'full';
  const image =
    columns.image === 'none'
      ? ''
      : `${padCells(full ? c.image : shortImage(c.image), full ? cells.imageFull : cells.imageShort)} `;
  const runtime = `${padCells(c.runtimeType, cells.runtime)} `;
  const state = columns.state ? `${padCells(c.state, cells.state)} ` : '';
  let rest = '';
  if (columns.uptime) rest += `${padCells(paneUptime(containerUptimeMs(host, c)), cells.uptime)} `;
  if (columns.owner) rest += `${padCells(c.owner, cells.owner)} `;
  const kernelKind: ContainerRowParts['kernelKind'] =
    c.state !== 'Running' ? null : c.runtimeType === 'HyperV' ? 'utility-vm' : 'shared';
  const room = Math.max(0, columns.width - cellWidth(lead + name + image + runtime + state + rest));
  return {
    lead,
    name,
    image,
    runtime,
    state,
    rest,
    kernel: padCells(kernelText(host, c, columns, t, room), room),
    kernelKind,
  };
}
