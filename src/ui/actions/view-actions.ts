// Moving around: focus, selection and scrolling, filters, csrss-only, sort, zoom, the help
// overlay. Pure over the UI state (nothing here runs a command).
import { helpColumns, helpSections } from '../keys/help-content.js';
import { innerRows, innerWidth, listRows, PANE_ORDER, type PaneId } from '../state/layout.js';
import { selectedContainer, sessionContainer } from '../state/process-list.js';
import { paneColumns, shownSortKeys } from '../state/process-columns.js';
import { SORT_DOWN, SORT_UP } from '../text/marks.js';
import { report } from './message-actions.js';
import {
  clampView,
  currentModeContexts,
  isProcessPane,
  layoutOf,
  paneLength,
} from '../state/selectors.js';
import type { ProcessPaneId, UiState } from '../state/ui-state.js';
import type { StoreContext } from './store-context.js';

export type Move = 'up' | 'down' | 'pageUp' | 'pageDown' | 'first' | 'last';

function moved(cursor: number, move: Move, length: number, page: number): number {
  switch (move) {
    case 'up':
      return cursor - 1;
    case 'down':
      return cursor + 1;
    case 'pageUp':
      return cursor - Math.max(1, page - 1);
    case 'pageDown':
      return cursor + Math.max(1, page - 1);
    case 'first':
      return 0;
    case 'last':
      return length - 1;
  }
}

export function focusPane(ctx: StoreContext, pane: PaneId): void {
  const s = ctx.state();
  if (s.focus === pane && s.filterEdit === null) return;
  ctx.update({
    focus: pane,
    returnFocus:
      pane === 'console' ? (s.focus === 'console' ? s.returnFocus : s.focus) : s.returnFocus,
    filterEdit: null,
  });
}

export function cyclePane(ctx: StoreContext, delta: 1 | -1): void {
  const i = PANE_ORDER.indexOf(ctx.state().focus);
  focusPane(ctx, PANE_ORDER[(i + delta + PANE_ORDER.length) % PANE_ORDER.length] as PaneId);
}

export function moveSelection(ctx: StoreContext, move: Move): void {
  const s = ctx.state();
  const layout = layoutOf(s);
  if (s.focus === 'containers') {
    const containers = s.host.containers;
    if (containers.length === 0) return;
    const current = selectedContainer(s.host, s.selectedContainerId);
    const index = current === undefined ? 0 : containers.indexOf(current);
    const page = listRows(layout.panes.containers);
    const next = Math.max(
      0,
      Math.min(containers.length - 1, moved(index, move, containers.length, page)),
    );
    const view = clampView({ cursor: next, top: s.containersView.top }, containers.length, page);
    ctx.update({
      selectedContainerId: containers[next]?.containerId ?? null,
      containersView: view,
    });
    return;
  }
  if (!isProcessPane(s.focus)) return;
  const pane = s.focus;
  const length = paneLength(s, pane);
  const page = listRows(layout.panes[pane]);
  const view = s.panes[pane];
  const next = clampView({ ...view, cursor: moved(view.cursor, move, length, page) }, length, page);
  ctx.update({ panes: { ...s.panes, [pane]: { ...view, ...next } } });
}

export function beginFilter(ctx: StoreContext): void {
  const s = ctx.state();
  const pane: ProcessPaneId = isProcessPane(s.focus) ? s.focus : 'host';
  ctx.update({
    focus: pane,
    filterEdit: { pane, previous: s.panes[pane].filter, cursor: s.panes[pane].filter.length },
  });
}

export function setFilter(ctx: StoreContext, pane: ProcessPaneId, filter: string): void {
  const s = ctx.state();
  const view = s.panes[pane];
  if (view.filter === filter) return;
  ctx.update({ panes: { ...s.panes, [pane]: { filter, cursor: 0, top: 0 } } });
}

export function endFilter(ctx: StoreContext, keep: boolean): void {
  const edit = ctx.state().filterEdit;
  if (edit === null) return;
  if (!keep) setFilter(ctx, edit.pane, edit.previous);
  ctx.update({ filterEdit: null });
}

export function toggleCsrssOnly(ctx: StoreContext): void {
  const s = ctx.state();
  ctx.update({ csrssOnly: !s.csrssOnly, panes: resetCursors(s) });
  report(ctx, ctx.t(s.csrssOnly ? 'message.csrssOff' : 'message.csrssOn'));
}

/** The columns of the process pane `o` and `O` act on: the focused one, else the Host pane. */
function sortedPaneColumns(ctx: StoreContext, s: UiState) {
  const pane: ProcessPaneId = isProcessPane(s.focus) ? s.focus : 'host';
  const containerId =
    pane === 'session'
      ? (sessionContainer(s.host, s.selectedContainerId)?.containerId ?? null)
      : null;
  const width = innerWidth(layoutOf(s).panes[pane]);
  return paneColumns(pane, s.host, containerId, width, ctx.t);
}

function reportSort(ctx: StoreContext): void {
  const s = ctx.state();
  // The default order has no column: reversed, its words say so (csrss and vmwp last).
  const isolation = s.sortReverse ? 'sort.isolationReversed' : 'sort.isolation';
  const sort = ctx.t(s.sort === 'isolation' ? isolation : `sort.${s.sort}`);
  report(ctx, ctx.t('message.sort', { sort, mark: s.sortReverse ? SORT_DOWN : SORT_UP }));
}

/** `o`: the next order among the columns the pane shows (issue 12: never a hidden one). */
export function cycleSort(ctx: StoreContext): void {
  const s = ctx.state();
  const keys = shownSortKeys(sortedPaneColumns(ctx, s));
  const next = keys[(keys.indexOf(s.sort) + 1) % keys.length] ?? 'isolation';
  ctx.update({ sort: next, panes: resetCursors(s) });
  reportSort(ctx);
}

/** `O`: the same order, the other way. */
export function reverseSort(ctx: StoreContext): void {
  const s = ctx.state();
  ctx.update({ sortReverse: !s.sortReverse, panes: resetCursors(s) });
  reportSort(ctx);
}

/** `z` / F2: the focused pane fills the screen, and back. */
export function toggleZoom(ctx: StoreContext): void {
  const s = ctx.state();
  ctx.update({ zoomed: !s.zoomed });
  const pane = ctx.t(`strip.${s.focus}`);
  report(ctx, s.zoomed ? ctx.t('message.zoomOff') : ctx.t('message.zoomOn', { pane }));
}

const resetCursors = (s: UiState): UiState['panes'] => ({
  host: { ...s.panes.host, cursor: 0, top: 0 },
  session: { ...s.panes.session, cursor: 0, top: 0 },
});

/** Esc in the panes: clear the focused pane's filter. */
export function back(ctx: StoreContext): void {
  const s = ctx.state();
  if (isProcessPane(s.focus) && s.panes[s.focus].filter !== '') setFilter(ctx, s.focus, '');
}

export function toggleHelp(ctx: StoreContext): void {
  const overlay = ctx.state().overlay;
  if (overlay?.kind === 'help') ctx.update({ overlay: null });
  else if (overlay === null) ctx.update({ overlay: { kind: 'help', scroll: 0 }, filterEdit: null });
}

/** Key v: the selected container's details, and back (Esc or v again). */
export function toggleDetails(ctx: StoreContext): void {
  const s = ctx.state();
  if (s.overlay?.kind === 'details') return ctx.update({ overlay: null });
  if (s.overlay !== null) return;
  const selected = selectedContainer(s.host, s.selectedContainerId);
  if (selected === undefined) return;
  ctx.update({ overlay: { kind: 'details', containerId: selected.containerId }, filterEdit: null });
}

export function scrollHelp(ctx: StoreContext, move: Move): void {
  const s = ctx.state();
  if (s.overlay?.kind !== 'help') return;
  const rect = layoutOf(s).overlay;
  const page = innerRows(rect);
  const modes = { demo: ctx.demo !== undefined, lesson: s.lesson !== null };
  const sections = helpSections(ctx.t, modes, currentModeContexts(s));
  const columns = helpColumns(sections, innerWidth(rect));
  const longest = Math.max(0, ...columns.map((c) => c.lines.length));
  const scroll = Math.max(
    0,
    Math.min(Math.max(0, longest - page), moved(s.overlay.scroll, move, longest, page)),
  );
  if (scroll !== s.overlay.scroll) ctx.update({ overlay: { kind: 'help', scroll } });
}

export function selectContainerByName(ctx: StoreContext, name: string): boolean {
  const lower = name.toLowerCase();
  const c = ctx.sim.getState().containers.find((x) => x.name.toLowerCase() === lower);
  if (c !== undefined) ctx.update({ selectedContainerId: c.containerId });
  return c !== undefined;
}

/** The dashboard closes with this exit code (the first one asked for counts). */
export function quit(ctx: StoreContext, code: number): void {
  if (ctx.state().exitCode === null) ctx.update({ exitCode: code });
}
