// The mouse, as lazydocker, htop and btop users expect it: a click focuses the pane under
// it and selects the row clicked; the wheel scrolls the pane under it (a list moves its
// selection, the console its scroll-back); a click on a hint of the bottom line runs that
// hint's key. Positions come from the same layout the frame is drawn from (layoutOf).
import { hintItems, hintPrefix, hintSpans } from '../keys/hint-line.js';
import type { MouseEvent } from '../keys/mouse.js';
import { listRows, PANE_ORDER, type Rect } from '../state/layout.js';
import { selectedContainer } from '../state/process-list.js';
import {
  clampView,
  extraHintContext,
  hintContext,
  isProcessPane,
  layoutOf,
  paneLength,
} from '../state/selectors.js';
import type { PaneId, UiState } from '../state/ui-state.js';
import { stripLabels, stripTexts } from '../text/strip-labels.js';
import { cellWidth } from '../text/text-width.js';
import { ACTIONS } from './action-table.js';
import { scrollConsole } from './console-actions.js';
import type { StoreContext } from './store-context.js';
import { focusPane, moveSelection, scrollHelp } from './view-actions.js';

/** Rows one notch of the wheel moves, as most terminals' programs do. */
export const WHEEL_ROWS = 3;

const inside = (r: Rect | null, x: number, y: number): r is Rect =>
  r !== null && x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height;

/** The pane drawn under (x, y): in the one-pane tiers (and zoomed) the one shown. */
function paneAt(s: UiState, x: number, y: number): PaneId | null {
  const layout = layoutOf(s);
  if (layout.tier === 'too-small') return null;
  if (layout.tier === 'single') {
    const shown = s.demo === 'playing' && s.spotlight !== null ? s.spotlight : s.focus;
    return inside(layout.panes[shown], x, y) ? shown : null;
  }
  const order: PaneId[] = ['containers', 'session', 'host', 'console'];
  return order.find((pane) => inside(layout.panes[pane], x, y)) ?? null;
}

/** A click on the hint line: the hint under it runs, as its key would. */
function clickHint(ctx: StoreContext, x: number): void {
  const s = ctx.state();
  // The line shows a key's outcome (the message line), not the hints.
  if (s.message !== null) return;
  const status = s.demo === 'playing' ? s.demoStatus : null;
  const extra = extraHintContext(s);
  const items = [
    ...(extra === null ? [] : hintItems(extra, ctx.t)),
    ...hintItems(hintContext(s), ctx.t),
  ];
  const width = layoutOf(s).hints.width;
  const prefix = hintPrefix(status, s.demo === 'taken-over', ctx.t, items, width);
  const start = cellWidth(prefix) + 1;
  const at = x - start;
  const span = hintSpans(items, Math.max(0, width - start)).find((h) => at >= h.from && at < h.to);
  const binding = span?.item.binding;
  if (binding !== undefined) ACTIONS[binding.action](ctx, binding.keys[0] as string, 'user');
}

/** Selects the list row at `row` (0: the pane's top border) of a list pane. */
function selectRow(ctx: StoreContext, pane: PaneId, row: number): void {
  const s = ctx.state();
  const rect = layoutOf(s).panes[pane];
  const body = row - 2; // the top border, then the column header
  if (body < 0 || body >= listRows(rect)) return;
  if (pane === 'containers') {
    const containers = s.host.containers;
    const current = selectedContainer(s.host, s.selectedContainerId);
    const cursor = current === undefined ? 0 : containers.indexOf(current);
    const { top } = clampView(
      { cursor, top: s.containersView.top },
      containers.length,
      listRows(rect),
    );
    const picked = containers[top + body];
    if (picked !== undefined)
      ctx.update({
        selectedContainerId: picked.containerId,
        containersView: { cursor: top + body, top },
      });
    return;
  }
  if (!isProcessPane(pane)) return;
  const view = s.panes[pane];
  const length = paneLength(s, pane);
  const { top } = clampView(view, length, listRows(rect));
  if (top + body < length)
    ctx.update({ panes: { ...s.panes, [pane]: { ...view, top, cursor: top + body } } });
}

function wheel(ctx: StoreContext, pane: PaneId, direction: -1 | 1): void {
  if (pane === 'console') return scrollConsole(ctx, direction);
  focusPane(ctx, pane);
  for (let i = 0; i < WHEEL_ROWS; i++) moveSelection(ctx, direction < 0 ? 'up' : 'down');
}

/** A click on the one-pane tier's strip: the pane whose label it lands on. */
function clickStrip(ctx: StoreContext, x: number): void {
  const width = layoutOf(ctx.state()).strip?.width ?? 0;
  const at = stripLabels(stripTexts(ctx.t), width).findIndex((l) => x >= l.from && x < l.to);
  const pane = PANE_ORDER[at];
  if (pane !== undefined) focusPane(ctx, pane);
}

export function handleMouse(ctx: StoreContext, event: MouseEvent): void {
  const s = ctx.state();
  const layout = layoutOf(s);
  const { x, y } = event;
  const click = event.kind === 'press' && event.button === 0;
  if (click && inside(layout.hints, x, y)) return clickHint(ctx, x - layout.hints.x);
  const free = s.overlay === null && !s.kernelMap && s.demo !== 'playing';
  if (click && free && inside(layout.strip, x, y)) return clickStrip(ctx, x - layout.strip.x);
  const wheelDirection = event.kind === 'wheelUp' ? -1 : event.kind === 'wheelDown' ? 1 : 0;
  if (s.overlay?.kind === 'help' && wheelDirection !== 0)
    return scrollHelp(ctx, wheelDirection < 0 ? 'up' : 'down');
  // Forms, dialogs, the kernel map and demo playback keep their keys; the mouse waits.
  if (s.overlay !== null || s.kernelMap || s.demo === 'playing') return;
  const pane = paneAt(s, x, y);
  if (pane === null) return;
  if (wheelDirection !== 0) return wheel(ctx, pane, wheelDirection);
  if (!click) return;
  focusPane(ctx, pane);
  selectRow(ctx, pane, y - layout.panes[pane].y);
}
