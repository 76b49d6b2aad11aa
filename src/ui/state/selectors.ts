// Pure reads of the UI state: what a view shows and what an action needs to know, computed
// the same way for both. Nothing here changes a store.
import { psArgument } from '../../demo/live.js';
import type { KeyContext } from '../keys/key-table.js';
import { narrationHeight } from '../text/narration-text.js';
import { translator } from '../text/i18n.js';
import { summaryRows } from './summary-rows.js';
import { computeLayout, type Layout, type PaneId } from './layout.js';
import type { EditLine } from './line-edit.js';
import {
  paneList,
  paneRows,
  sessionContainer,
  type ListEntry,
  type PaneListInput,
} from './process-list.js';
import type { KeySource, ListView, NewContainerForm, ProcessPaneId, UiState } from './ui-state.js';

/** The layout the state is drawn with (for page sizes and the console's width). */
export function layoutOf(state: UiState): Layout {
  return computeLayout(state.size.columns, state.size.rows, {
    demo: state.demo === 'playing',
    containerCount: state.host.containers.length,
    narrationRows: narrationHeight(state.narrations, state.size.columns),
    lesson: state.lesson !== null,
    zoomed: state.zoomed,
    summaryRows: summaryRows(state.host, state.size.columns, translator(state.lang)),
  });
}

export function isProcessPane(pane: PaneId): pane is ProcessPaneId {
  return pane === 'host' || pane === 'session';
}

/** What paneList and paneRows are asked for a pane in this state. */
function paneInput(state: UiState, pane: ProcessPaneId): PaneListInput {
  const view = state.panes[pane];
  return {
    host: state.host,
    highlights: state.highlights,
    query: {
      filter: view.filter,
      csrssOnly: state.csrssOnly,
      sort: state.sort,
      reverse: state.sortReverse,
    },
    containerId:
      pane === 'session'
        ? (sessionContainer(state.host, state.selectedContainerId)?.containerId ?? null)
        : null,
  };
}

/** What a process pane lists in this state. */
export function paneEntries(state: UiState, pane: ProcessPaneId): ListEntry[] {
  return paneList(pane, paneInput(state, pane));
}

/** How many rows a process pane lists (without making a list of every process). */
export function paneLength(state: UiState, pane: ProcessPaneId): number {
  return paneRows(pane, paneInput(state, pane)).length;
}

/** Keeps the cursor in the list and on screen. */
export function clampView(view: ListView, length: number, height: number): ListView {
  const cursor = Math.max(0, Math.min(view.cursor, length - 1));
  const rows = Math.max(1, height);
  let top = Math.min(view.top, cursor);
  if (cursor >= top + rows) top = cursor - rows + 1;
  top = Math.max(0, Math.min(top, Math.max(0, length - rows)));
  return cursor === view.cursor && top === view.top ? view : { cursor, top };
}

/** The text field that has the keys: the form's name, a filter, or the console. */
export type TextField = 'form' | 'filter' | 'console';

function fieldOf(s: UiState): TextField | null {
  if (s.overlay?.kind === 'new-container') return s.overlay.field === 0 ? 'form' : null;
  if (s.overlay !== null) return null;
  if (s.filterEdit !== null) return 'filter';
  return s.focus === 'console' ? 'console' : null;
}

/**
 * Which key table contexts apply, first match wins. `edit` (the line editor's keys) follows
 * whichever text field has the keys; in the form's name field it comes before the form's
 * own ←→ so they move the cursor there.
 */
export function activeContexts(s: UiState, source: KeySource): readonly KeyContext[] {
  if (s.overlay?.kind === 'help') return ['always', 'help'];
  if (s.overlay?.kind === 'details') return ['always', 'details'];
  if (s.demo === 'playing' && source === 'user') return ['always', 'demo'];
  if (s.overlay?.kind === 'new-container')
    return s.overlay.field === 0 ? ['always', 'edit', 'form'] : ['always', 'form'];
  if (s.overlay?.kind === 'confirm-remove') return ['always', 'confirm'];
  const lesson = s.lesson !== null;
  if (s.filterEdit !== null) return ['always', 'filter', 'edit'];
  if (s.focus === 'console')
    return lesson ? ['always', 'console', 'edit', 'lessonField'] : ['always', 'console', 'edit'];
  if (lesson) return ['always', 'main', 'lesson'];
  return s.demo === 'taken-over' ? ['always', 'main', 'takenOver'] : ['always', 'main'];
}

/**
 * The help's sections of the current mode, listed first (issue 12: in demo mode the demo's
 * keys came last, two pages down). Read under the help overlay: what had the keys before.
 */
export function currentModeContexts(s: UiState): readonly KeyContext[] {
  if (s.demo === 'playing') return ['demo'];
  const lesson: KeyContext[] = s.lesson !== null ? ['lesson', 'lessonField'] : [];
  const taken: KeyContext[] = s.demo === 'taken-over' ? ['takenOver'] : [];
  const here: KeyContext[] = s.focus === 'console' ? ['console', 'edit'] : ['main'];
  return [...taken, ...lesson, ...here];
}

/** The context whose keys the hint line shows (the line editor's keys go without saying). */
export function hintContext(s: UiState): KeyContext {
  return activeContexts(s, 'user').find((c) => c !== 'always' && c !== 'edit') ?? 'main';
}

/** Learn mode's or a take-over's keys, shown in the hint line before the context's own. */
export function extraHintContext(s: UiState): KeyContext | null {
  const contexts = activeContexts(s, 'user');
  return contexts.find((c) => c === 'lesson' || c === 'lessonField' || c === 'takenOver') ?? null;
}

/** The text field a key from `source` types into, if any. */
export function activeField(s: UiState, source: KeySource): TextField | null {
  return activeContexts(s, source).includes('edit') ? fieldOf(s) : null;
}

/** A text field has the keyboard's keys (outside demo playback). */
export function textFieldActive(s: UiState): boolean {
  return activeField(s, 'user') !== null;
}

/** The line being edited in `field`. */
export function fieldLine(s: UiState, field: TextField): EditLine {
  switch (field) {
    case 'form':
      return s.overlay?.kind === 'new-container'
        ? { text: s.overlay.name, cursor: s.overlay.cursor }
        : { text: '', cursor: 0 };
    case 'filter':
      return s.filterEdit === null
        ? { text: '', cursor: 0 }
        : { text: s.panes[s.filterEdit.pane].filter, cursor: s.filterEdit.cursor };
    case 'console':
      return { text: s.console.input, cursor: s.console.cursor };
  }
}

/** The line the new-container form runs (and shows while it is filled in). */
export function newContainerLine(form: NewContainerForm): string {
  const runtime = form.runtime === 'HyperV' ? ' -RuntimeType HyperV' : '';
  const name = psArgument(form.name.trim() || '…');
  return `New-Container -Name ${name} -ContainerImageName ${form.image}${runtime}`;
}
