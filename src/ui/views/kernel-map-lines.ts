// The kernel map as rows of styled segments (state/kernel-map.ts decides what is in it;
// this draws it): boxes in box-drawing characters, words and markers carrying every cue
// without colour — ◆ a Windows Server container's session on the host kernel, ◇ a utility
// VM and its vmwp, ▶ and a double border the selected container. Names are shown through
// the sanitiser and cut by display width.
import { showControls } from '../../text/index.js';
import type {
  FoldRow,
  HostRow,
  KernelMapModel,
  MapGeometry,
  SessionRow,
  UtilityVmBox,
  VmwpRow,
} from '../state/kernel-map.js';
import type { Translate } from '../text/i18n.js';
import { SELECTED_MARK } from '../text/marks.js';
import { cellWidth, padCells, truncateCells } from '../text/text-width.js';

/** Which theme token colours a segment (none: the terminal's own). */
export type Tone = 'csrss' | 'shared' | 'utilityVm' | 'muted' | 'focus';

export interface Segment {
  readonly text: string;
  readonly tone?: Tone;
  readonly bold?: boolean;
  readonly inverse?: boolean;
}

export type MapLine = readonly Segment[];

const SINGLE = { tl: '┌', tr: '┐', bl: '└', br: '┘', h: '─', v: '│' } as const;
const DOUBLE = { tl: '╔', tr: '╗', bl: '╚', br: '╝', h: '═', v: '║' } as const;

const nameOf = (name: string | null) => showControls(name ?? '');
const mark = (selected: boolean) => (selected ? `${SELECTED_MARK} ` : '  ');

/** A border row: `┌─ title ───┐`, exactly `width` cells. */
function border(width: number, left: string, right: string, h: string, title: string): string {
  const label = title === '' ? '' : ` ${truncateCells(title, Math.max(0, width - 5))} `;
  const fill = Math.max(0, width - 3 - cellWidth(label));
  return `${left}${h}${label}${h.repeat(fill)}${right}`;
}

function sessionText(
  row: SessionRow,
  labelWidth: number,
  t: Translate,
): { left: string; right: string } {
  const owner =
    row.owner === 'container'
      ? t('map.owner.container', { name: nameOf(row.containerName) })
      : t(`map.owner.${row.owner}`);
  const right = row.csrssPid === null ? t('map.noCsrss') : t('map.csrss', { pid: row.csrssPid });
  const label = padCells(t('map.session', { id: row.sessionId }), labelWidth);
  return { left: `${label}  ${owner}`, right };
}

function foldText(row: FoldRow, t: Translate): string {
  return row.kind === 'more-sessions'
    ? t('map.moreSessions', { count: row.count, first: row.first, last: row.last })
    : t('map.moreVmwp', { count: row.count });
}

const vmwpText = (row: VmwpRow, t: Translate) =>
  t('map.vmwp', { pid: row.pid, name: nameOf(row.containerName), user: row.userName });

/** One row of the host box's body, `width` cells between its borders. */
function hostRow(row: HostRow, width: number, labelWidth: number, t: Translate): Segment[] {
  const inner = Math.max(0, width - 4);
  if (row.kind !== 'session' && row.kind !== 'vmwp')
    return [{ text: padCells(`  ${foldText(row, t)}`, inner), tone: 'muted' }];
  const selected = row.selected;
  if (row.kind === 'vmwp') {
    const text = padCells(`${mark(selected)}${vmwpText(row, t)}`, inner);
    return [{ text, tone: 'utilityVm', bold: selected, inverse: selected }];
  }
  const { left, right } = sessionText(row, labelWidth, t);
  const rightCut = truncateCells(right, Math.max(0, inner - 5));
  const leftRoom = Math.max(0, inner - cellWidth(rightCut) - 1);
  const leftText = `${padCells(`${mark(selected)}${left}`, leftRoom)} `;
  const tone: Tone | undefined = row.owner === 'container' ? 'shared' : undefined;
  return [
    { text: leftText, bold: selected, inverse: selected, ...(tone ? { tone } : {}) },
    { text: rightCut, tone: 'csrss', bold: selected },
  ];
}

function hostBox(model: KernelMapModel, width: number, t: Translate): MapLine[] {
  const b = SINGLE;
  const title = `${t('map.hostKernel')} · ${t('map.hostKernel.detail')}`;
  const edge = (text: string): Segment => ({ text, tone: 'shared' });
  const ids = model.hostRows.map((r) => (r.kind === 'session' ? r.sessionId : 0));
  const labelWidth = cellWidth(t('map.session', { id: Math.max(0, ...ids) }));
  return [
    [edge(border(width, b.tl, b.tr, b.h, title))],
    ...model.hostRows.map((row) => [
      edge(`${b.v} `),
      ...hostRow(row, width, labelWidth, t),
      edge(` ${b.v}`),
    ]),
    [edge(border(width, b.bl, b.br, b.h, ''))],
  ];
}

/** The four rows of one utility VM's box. */
function vmBox(vm: UtilityVmBox, width: number, t: Translate): string[] {
  const b = vm.selected ? DOUBLE : SINGLE;
  const inner = Math.max(0, width - 4);
  const title = `${vm.selected ? `${SELECTED_MARK} ` : ''}${t('map.vm.title', { name: nameOf(vm.containerName) })}`;
  const body = (text: string) => `${b.v} ${padCells(text, inner)} ${b.v}`;
  const session = vm.sessionId ?? '?';
  const csrss =
    vm.csrssPid === null ? t('map.noCsrss') : t('map.vm.csrss', { pid: vm.csrssPid, session });
  const tie = vm.vmwpPid === null ? '' : t('map.vm.tie', { pid: vm.vmwpPid });
  return [
    border(width, b.tl, b.tr, b.h, title),
    body(t('map.vm.kernel', { session })),
    body(csrss),
    border(width, b.bl, b.br, b.h, tie),
  ];
}

function vmRow(model: KernelMapModel, geometry: MapGeometry, t: Translate): MapLine[] {
  if (model.utilityVms.length === 0) return [];
  const boxes = model.utilityVms.map((vm) => vmBox(vm, geometry.vmBoxWidth, t));
  const lines: MapLine[] = [];
  for (let y = 0; y < 4; y++)
    lines.push(
      boxes.flatMap((box, i) => [
        ...(i > 0 ? [{ text: ' ' }] : []),
        {
          text: box[y] as string,
          tone: 'utilityVm' as const,
          bold: model.utilityVms[i]?.selected ?? false,
        },
      ]),
    );
  if (model.moreUtilityVms > 0) {
    const fold: Segment = {
      text: t('map.moreVms', { count: model.moreUtilityVms }),
      tone: 'muted',
    };
    if (geometry.foldBeside) lines[1] = [...(lines[1] as MapLine), { text: ' ' }, fold];
    else lines.push([fold]);
  }
  return lines;
}

/** Every row of the map inside its frame, each at most `width` cells. */
export function kernelMapLines(
  model: KernelMapModel,
  geometry: MapGeometry,
  width: number,
  t: Translate,
): MapLine[] {
  const { counts } = model;
  const summary = t('map.summary', {
    sessions: counts.sessions,
    csrss: counts.hostCsrss,
    windowsServer: counts.windowsServer,
    hyperV: counts.hyperV,
  });
  return [
    [{ text: truncateCells(summary, width), bold: true }],
    ...hostBox(model, width, t),
    ...vmRow(model, geometry, t),
  ];
}

/** A line as plain text (tests, the NO_COLOR reading of a line). */
export const lineText = (line: MapLine) => line.map((s) => s.text).join('');
