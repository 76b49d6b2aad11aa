// The hint line's items (one per key-table row of the context that has the keys), which
// of them fit a width and where each lies (a click runs the one under it), and the demo
// status that leads the line.
import type { DemoStatus } from '../../demo/live.js';
import type { Translate } from '../text/i18n.js';
import { bindingsOf, type ActionId, type Binding, type KeyContext } from './key-table.js';
import { keyLabel } from './key-names.js';
import type { MessageKey } from '../text/messages-en.js';
import { cellWidth } from '../text/text-width.js';
export interface HintItem {
  readonly keys: string;
  readonly label: string;
  /** The row it stands for: a click on the hint runs it (actions/mouse-actions.ts). */
  readonly binding?: Binding;
  /** Stays when the line must drop items (HINT_KEEP). */
  readonly keep?: boolean;
}

/**
 * Hints the line never drops: a demo stepped with `--step` is driven by `.` and Space
 * (issue 12: at 80×24 the footer ended `q qu…`, hiding `.`).
 */
export const HINT_KEEP: ReadonlySet<ActionId> = new Set(['demoPlay', 'demoStep']);

/** The hint line's items for a context, in keymap order. */
export function hintItems(context: KeyContext, t: Translate): HintItem[] {
  return bindingsOf(context)
    .filter((b) => b.hint !== undefined)
    .map((b) => ({
      keys: b.hintKeys ?? keyLabel(b.keys[0] as string),
      label: t(b.hint as MessageKey),
      binding: b,
      ...(HINT_KEEP.has(b.action) ? { keep: true } : {}),
    }));
}

const HINT_GAP = ' · ';
const hintWords = (item: HintItem) => `${item.keys} ${item.label}`;
const renderHints = (list: readonly HintItem[]) => list.map(hintWords).join(HINT_GAP);

/** The items that always stay: the kept ones and the last two (help and quit). */
export function essentialHints(items: readonly HintItem[]): HintItem[] {
  return items.filter((item, i) => item.keep === true || i >= items.length - 2);
}

/** Cells the items that always stay need. */
export const essentialHintWidth = (items: readonly HintItem[]): number =>
  cellWidth(renderHints(essentialHints(items)));

/**
 * Items joined with ` · `, as many as fit, in keymap order; when some must go, the kept
 * ones and the last two (help and quit, in the panes) stay, since they lead to
 * everything else.
 */
export function hintText(items: readonly HintItem[], width: number): string {
  return renderHints(hintsThatFit(items, width));
}

/** The items hintText shows at this width. */
function hintsThatFit(items: readonly HintItem[], width: number): readonly HintItem[] {
  if (cellWidth(renderHints(items)) <= width || items.length <= 2) return items;
  const essential = new Set(essentialHints(items));
  const optional = items.filter((item) => !essential.has(item));
  for (let n = optional.length - 1; n >= 0; n--) {
    const chosen = new Set(optional.slice(0, n));
    const list = items.filter((item) => essential.has(item) || chosen.has(item));
    if (cellWidth(renderHints(list)) <= width) return list;
  }
  return items.filter((item) => essential.has(item));
}

/** Where each shown hint lies in hintText's text: cells [from, to). */
export function hintSpans(
  items: readonly HintItem[],
  width: number,
): Array<{ readonly from: number; readonly to: number; readonly item: HintItem }> {
  let x = 0;
  return hintsThatFit(items, width).map((item) => {
    const from = x;
    const to = from + cellWidth(hintWords(item));
    x = to + HINT_GAP.length;
    return { from, to, item };
  });
}

/**
 * What the hint line leads with: the demo's status, or "you are in control". The status
 * gives way before the hint `items` that always stay within `width`.
 */
export function hintPrefix(
  status: DemoStatus | null,
  inControl: boolean,
  t: Translate,
  items: readonly HintItem[],
  width: number,
): string {
  const statusRoom = Math.max(0, width - essentialHintWidth(items) - 4);
  if (status !== null) return ` ${demoStatusText(status, t, statusRoom)} │`;
  return inControl ? ` ${t('demo.inControl')} │` : '';
}

const STATE_MARK: Readonly<Record<DemoStatus['state'], string>> = {
  playing: '▶',
  paused: '‖',
  finished: '■',
  'taken-over': '✋',
};

/**
 * The player's status in at most `width` cells: whole, else without the chapter's title,
 * then without the speed, then only the state and the step, then only their marks.
 */
export function demoStatusText(status: DemoStatus, t: Translate, width = Infinity): string {
  const speed = `${Number(status.speed.toFixed(2))}×`;
  const chapter = t('demo.chapter', { n: status.chapter, count: status.chapters });
  const title = status.chapterTitle ? ` ${status.chapterTitle}` : '';
  const step = t('demo.step', { n: status.step, count: status.steps });
  const state = `${STATE_MARK[status.state]} ${t(`demo.${status.state}`)}`;
  const forms = [
    `${state} ${speed} · ${chapter}${title} · ${step}`,
    `${state} ${speed} · ${chapter} · ${step}`,
    `${state} · ${chapter} · ${step}`,
    `${state} · ${step}`,
    `${STATE_MARK[status.state]} ${step}`,
    STATE_MARK[status.state],
  ];
  return forms.find((form) => cellWidth(form) <= width) ?? (forms[forms.length - 1] as string);
}
