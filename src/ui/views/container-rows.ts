// The Containers pane's table as pre-padded rows. Columns give way to the width in a
// fixed order (Uptime, then long image names, then the long kernel text, then Owner),
// keeping what the lab is about: runtime, state and which kernel the container runs on.
import { containerUptimeMs, vmwpOf } from '../../sim/index.js';
import type { Container, HostState } from '../../sim/index.js';
import type { Translate } from '../text/i18n.js';
import { cellWidth, padCells } from '../text/text-width.js';
import { shownName } from '../text/shown-name.js';

export interface ContainerColumns {
  readonly width: number;
  readonly name: number;
  readonly image: 'full' | 'short' | 'none';
  readonly owner: boolean;
  readonly uptime: boolean;
  readonly kernel: 'full' | 'short' | 'none';
  /** Cells the kernel text needs in its full and short forms. */
  readonly kernelFull: number;
  readonly kernelShort: number;
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

const RUNTIME = 7;
const STATE = 7;
const UPTIME = 8;
const OWNER = 6;
const IMAGE_FULL = 17;
const IMAGE_SHORT = 10;

const displayName = (c: Container, entered: boolean) =>
  entered ? `[${shownName(c.name)}]` : shownName(c.name);

interface ContainerWidths {
  readonly t: Translate;
  /** The vmwp pid the kernel texts name (a Hyper-V container's), or null. */
  readonly vmwp: number | null;
  readonly name: number;
  readonly kernelFull: number;
  readonly kernelShort: number;
}
// Per container object (a start or a toggle makes a new one): measuring all 500 on every
// change to one of them was a third of a toggle's time at 10,000 processes (issue 16).
const widthsOf = new WeakMap<Container, ContainerWidths>();

function containerWidths(host: HostState, c: Container, t: Translate): ContainerWidths {
  const vmwp =
    c.state === 'Running' && c.runtimeType === 'HyperV'
      ? (vmwpOf(host, c.containerId)?.pid ?? null)
      : null;
  const cached = widthsOf.get(c);
  if (cached !== undefined && cached.t === t && cached.vmwp === vmwp) return cached;
  const widths = {
    t,
    vmwp,
    name: cellWidth(displayName(c, false)),
    kernelFull: cellWidth(kernelText(host, c, false, t)),
    kernelShort: cellWidth(kernelText(host, c, true, t)),
  };
  widthsOf.set(c, widths);
  return widths;
}

export function planContainerColumns(
  width: number,
  host: HostState,
  t: Translate,
): ContainerColumns {
  const containers = host.containers;
  const enteredId = host.entered?.containerId ?? null;
  let longest = 4;
  let kernelFull = cellWidth(t('col.kernel'));
  let kernelShort = kernelFull;
  for (const c of containers) {
    const widths = containerWidths(host, c, t);
    // Entered, the name is shown in brackets.
    longest = Math.max(longest, widths.name + (c.containerId === enteredId ? 2 : 0));
    kernelFull = Math.max(kernelFull, widths.kernelFull);
    kernelShort = Math.max(kernelShort, widths.kernelShort);
  }
  const name = Math.min(16, longest);
  const owner = containers.some((c) => c.owner === 'docker');
  const plan: { -readonly [K in keyof ContainerColumns]: ContainerColumns[K] } = {
    width,
    name,
    image: containers.some((c) => c.image === 'WindowsServerCore') ? 'full' : 'short',
    owner,
    uptime: true,
    kernel: 'full',
    kernelFull,
    kernelShort,
  };
  const steps: Array<() => void> = [
    () => (plan.uptime = false),
    () => (plan.image = 'short'),
    () => (plan.kernel = 'short'),
    () => (plan.owner = false),
    () => (plan.image = 'none'),
    () => (plan.kernel = 'none'),
  ];
  for (const step of steps) {
    if (containerRowWidth(plan) <= width) break;
    step();
  }
  return plan;
}

function containerRowWidth(c: ContainerColumns): number {
  let w = 2 + c.name + 1;
  if (c.image !== 'none') w += (c.image === 'full' ? IMAGE_FULL : IMAGE_SHORT) + 1;
  w += RUNTIME + 1 + STATE + 1;
  if (c.uptime) w += UPTIME + 1;
  if (c.owner) w += OWNER + 1;
  if (c.kernel !== 'none') w += c.kernel === 'full' ? c.kernelFull : c.kernelShort;
  return w;
}

/**
 * Which kernel a running container's processes live on: the host's (its session) or a
 * utility VM's (its vmwp).
 */
function kernelText(host: HostState, c: Container, short: boolean, t: Translate): string {
  if (c.state !== 'Running') return '—';
  if (c.runtimeType === 'HyperV')
    return t(short ? 'kernel.uvmShort' : 'kernel.uvm', {
      pid: vmwpOf(host, c.containerId)?.pid ?? '?',
    });
  return t(short ? 'kernel.sharedShort' : 'kernel.shared', { si: c.hostSessionId ?? '?' });
}

export function containerHeader(columns: ContainerColumns, t: Translate): string {
  let text = `  ${padCells('Name', columns.name)} `;
  if (columns.image !== 'none')
    text += `${padCells('Image', columns.image === 'full' ? IMAGE_FULL : IMAGE_SHORT)} `;
  text += `${padCells('Runtime', RUNTIME)} ${padCells('State', STATE)} `;
  if (columns.uptime) text += `${padCells('Uptime', UPTIME)} `;
  if (columns.owner) text += `${padCells('Owner', OWNER)} `;
  if (columns.kernel !== 'none') text += t('col.kernel');
  return padCells(text, columns.width);
}

const shortImage = (image: string) =>
  image === 'WindowsServerCore' ? 'ServerCore' : image === 'NanoServer' ? 'NanoServer' : image;

function uptime(ms: number): string {
  const s = Math.floor(ms / 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(s / 3600) % 100)}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}

export function containerRow(
  host: HostState,
  c: Container,
  columns: ContainerColumns,
  selected: boolean,
  t: Translate,
): ContainerRowParts {
  const entered = host.entered?.containerId === c.containerId;
  const lead = selected ? '▶ ' : '  ';
  const name = `${padCells(displayName(c, entered), columns.name)} `;
  const full = columns.image === 'full';
  const image =
    columns.image === 'none'
      ? ''
      : `${padCells(full ? c.image : shortImage(c.image), full ? IMAGE_FULL : IMAGE_SHORT)} `;
  const runtime = `${padCells(c.runtimeType, RUNTIME)} `;
  const state = `${padCells(c.state, STATE)} `;
  let rest = '';
  if (columns.uptime) rest += `${uptime(containerUptimeMs(host, c))} `;
  if (columns.owner) rest += `${padCells(c.owner, OWNER)} `;
  const kernel =
    columns.kernel === 'none' ? '' : kernelText(host, c, columns.kernel === 'short', t);
  const kernelKind: ContainerRowParts['kernelKind'] =
    columns.kernel === 'none' || c.state !== 'Running'
      ? null
      : c.runtimeType === 'HyperV'
        ? 'utility-vm'
        : 'shared';
  const used = cellWidth(lead + name + image + runtime + state + rest);
  return {
    lead,
    name,
    image,
    runtime,
    state,
    rest,
    kernel: padCells(kernel, Math.max(0, columns.width - used)),
    kernelKind,
  };
}
