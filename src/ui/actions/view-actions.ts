// Moving around: focus, selection and scrolling, filters, csrss-only, sort, the help
// overlay. Pure over the UI state (nothing here runs a command).
import { helpColumns, helpSections } from '../keys/help-content.js';
import { innerRows, innerWidth, listRows, PANE_ORDER, type PaneId } from '../state/layout.js';
import { selectedContainer, SORT_ORDER } from '../state/process-list.js';
import { clampView, isProcessPane, layoutOf, paneEntries } from '../state/selectors.js';
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
  const length = paneEntries(s, pane).length;
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
}

export function cycleSort(ctx: StoreContext): void {
  const s = ctx.state();
  const next = SORT_ORDER[(SORT_ORDER.indexOf(s.sort) + 1) % SORT_ORDER.length] ?? 'name';
  ctx.update({ sort: next, panes: resetCursors(s) });
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
  const columns = helpColumns(helpSections(ctx.t, modes), innerWidth(rect));
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
