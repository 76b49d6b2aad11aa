// The UI state's starting value, defined once: the store starts from it and `reset` (a
// demo's restart) goes back to its clean view.
import type { HostState } from '../../sim/index.js';
import type { Lang } from '../text/i18n.js';
import { appendLines } from './console-lines.js';
import { initialHighlights } from './highlights.js';
import type { LessonPanelState } from './lesson-panel.js';
import type { ConsoleState, TerminalSize, UiActions, UiState } from './ui-state.js';

export function initialConsole(prompt: string, welcome: string | null): ConsoleState {
  const note = welcome === null ? [] : [{ kind: 'note' as const, text: `# ${welcome}` }];
  const { lines, nextId } = appendLines([], 1, note);
  return {
    lines,
    nextId,
    input: '',
    cursor: 0,
    history: [],
    historyIndex: null,
    draft: '',
    completion: null,
    scrollBack: 0,
    prompt,
    lastCommand: null,
  };
}

/** The view with nothing chosen: no filters, marks, dialogs; the Containers pane focused. */
export function cleanView(host: HostState) {
  return {
    host,
    highlights: initialHighlights(host),
    containersView: { cursor: 0, top: 0 },
    panes: {
      host: { cursor: 0, top: 0, filter: '' },
      session: { cursor: 0, top: 0, filter: '' },
    },
    filterEdit: null,
    overlay: null,
    csrssOnly: false,
    sort: 'isolation',
    sortReverse: false,
    focus: 'containers',
    zoomed: false,
    returnFocus: 'containers',
    toggleSteps: null,
  } as const satisfies Partial<UiState>;
}

export interface InitialStateOptions {
  readonly host: HostState;
  readonly size: TerminalSize;
  readonly lang: Lang;
  readonly prompt: string;
  readonly welcome: string;
  /** A demo plays: its keys apply until it hands over. */
  readonly demo: boolean;
  /** Every narration of the demo (the narration's height follows the longest). */
  readonly narrations: readonly string[];
  /** Learn mode: the lesson's starting panel state. */
  readonly lesson?: LessonPanelState;
  readonly actions: UiActions;
}

export function initialUiState(o: InitialStateOptions): UiState {
  const host = o.host;
  return {
    ...cleanView(host),
    size: o.size,
    lang: o.lang,
    selectedContainerId: host.entered?.containerId ?? host.containers[0]?.containerId ?? null,
    console: initialConsole(o.prompt, o.welcome),
    kernelMap: false,
    message: null,
    narration: null,
    claimNote: null,
    narrations: o.narrations,
    spotlight: null,
    demoStatus: null,
    demo: o.demo ? 'playing' : 'off',
    lesson: o.lesson ?? null,
    exitCode: null,
    actions: o.actions,
  };
}
