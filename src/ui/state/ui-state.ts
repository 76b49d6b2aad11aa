// The dashboard's own state (what is focused, selected, filtered, typed, shown), apart
// from the simulated host, which lives in the Sim's store. `host` here is the snapshot
// the screen shows: the UI store takes it from the Sim once per batch of changes, so a
// key that runs five commands makes one frame, and every pane shows the same moment.
import type { StoreApi } from 'zustand/vanilla';
import type { ClaimReport, DemoStatus } from '../../demo/live.js';
import type { Shell } from '../../shell/index.js';
import type { HostState, ImageName, RuntimeType } from '../../sim/index.js';
import type { ConsoleLine } from './console-lines.js';
import type { Highlights } from './highlights.js';
import type { LessonPanelState } from './lesson-panel.js';
import type { Message } from './message.js';
import type { Lang } from '../text/i18n.js';
import type { PaneId } from './layout.js';
import type { MouseEvent } from '../keys/mouse.js';
import type { SortKey } from './process-list.js';

export type { PaneId, SortKey };
export type ProcessPaneId = 'host' | 'session';

export interface TerminalSize {
  readonly columns: number;
  readonly rows: number;
}

export interface ListView {
  /** Selected row. */
  readonly cursor: number;
  /** First row shown. */
  readonly top: number;
}

export interface ProcessPaneView extends ListView {
  readonly filter: string;
}

/** Repeated Tab cycles through the candidates, as PowerShell does. */
export interface CompletionCycle {
  readonly base: string;
  readonly start: number;
  readonly candidates: readonly string[];
  readonly index: number;
  /** The line as last completed; typing anything else ends the cycle. */
  readonly line: string;
}

export interface ConsoleState {
  readonly lines: readonly ConsoleLine[];
  readonly nextId: number;
  readonly input: string;
  /** Where the input line's cursor is (see line-edit.ts). */
  readonly cursor: number;
  /** Oldest first. */
  readonly history: readonly string[];
  readonly historyIndex: number | null;
  /** What was being typed before ↑ went into the history. */
  readonly draft: string;
  readonly completion: CompletionCycle | null;
  /** Rows scrolled back from the bottom. */
  readonly scrollBack: number;
  readonly prompt: string;
  /** The last command run, as echoed (the single-pane tier shows it). */
  readonly lastCommand: string | null;
}

export interface NewContainerForm {
  readonly kind: 'new-container';
  /** 0 name, 1 image, 2 runtime. */
  readonly field: 0 | 1 | 2;
  readonly name: string;
  /** The name field's cursor (see line-edit.ts). */
  readonly cursor: number;
  readonly image: ImageName;
  readonly runtime: RuntimeType;
}

export interface ConfirmRemove {
  readonly kind: 'confirm-remove';
  readonly containerId: string;
  /** The highlighted answer; No unless changed. */
  readonly yes: boolean;
}

export interface HelpOverlay {
  readonly kind: 'help';
  readonly scroll: number;
}

/** Key v: the selected container's properties (views/components/details-view.tsx). */
export interface DetailsOverlay {
  readonly kind: 'details';
  readonly containerId: string;
}

export type Overlay = HelpOverlay | NewContainerForm | ConfirmRemove | DetailsOverlay;

export interface FilterEdit {
  readonly pane: ProcessPaneId;
  /** Restored by Esc. */
  readonly previous: string;
  /** The filter field's cursor (see line-edit.ts). */
  readonly cursor: number;
}

/** `playing`: a demo has the keys (its own keymap); `taken-over`: the user has them. */
export type DemoMode = 'off' | 'playing' | 'taken-over';

export type KeySource = 'user' | 'script';

/** A key's commands, run all or nothing (actions/key-plan.ts). */
export interface KeyPlan {
  /** What the key does, for the `#` note and the message line. */
  readonly what: string;
  readonly commands: readonly string[];
  /** The dashboard and the model before the key: put back if a later command fails. */
  readonly before: UiState;
  readonly model: HostState;
}

/** `t` playing its plan one command per beat (actions/toggle-animation.ts). */
export interface ToggleSteps {
  readonly plan: KeyPlan;
  /** The index of the command the next beat runs. */
  readonly next: number;
  /** Selected again at the end (its row may have moved). */
  readonly containerId: string;
}

export interface UiActions {
  /** Appends text to the console's input line, as if typed. */
  typeText(text: string): void;
  /** Runs the console's input line. */
  submitConsole(): void;
  /**
   * Presses a key by its keymap name (`t`, `enter`, `shift+tab`…) exactly as a user would
   * outside demo playback; with `container`, that container is selected first.
   */
  pressKey(name: string, container?: string | null): void;
  setNarration(text: string | null): void;
  /** A narration's claims were checked: a false one is shown, expected against actual. */
  claimsChecked(report: ClaimReport): void;
  /** Selects the container a demo step talks about (by name; nothing if there is none). */
  followContainer(name: string): void;
  setSpotlight(pane: PaneId | null): void;
  setDemoStatus(status: DemoStatus | null): void;
  /** The demo gives the keys to the user: the interactive keymap applies from now on. */
  handOver(): void;
  /** A clean view: empty console and history, no filters, selection or marks. */
  reset(options?: { readonly shell?: Shell }): void;
  /** A key from the keyboard (`user`) or from a script. */
  handleKey(name: string, source: KeySource): void;
  /** One read from the keyboard: keys and text (see key-dispatch.ts). */
  handleInput(data: string): void;
  /** A report of the mouse (keys/mouse.ts): a click, a release, the wheel. */
  handleMouse(event: MouseEvent): void;
  setSize(columns: number, rows: number): void;
  /** One tick of the clock: the model's counters drift and old marks fade, in one update. */
  tick(): void;
  /**
   * Ticks the clock once a second (`tick`) until the returned function is called; idle,
   * it sleeps through the seconds whose ticks wait (actions/clock-actions.ts).
   */
  driveClock(): () => void;
  /** Runs one line in the console, echoed after its prompt. */
  runLine(line: string): void;
  quit(code: number): void;
  /** Stops following the model. */
  dispose(): void;
}

export interface UiState {
  readonly host: HostState;
  readonly size: TerminalSize;
  readonly lang: Lang;
  readonly focus: PaneId;
  /** z: the focused pane fills the screen (state/layout.ts zoomLayout). */
  readonly zoomed: boolean;
  /** Where Esc from the console goes back to. */
  readonly returnFocus: PaneId;
  readonly selectedContainerId: string | null;
  readonly containersView: ListView;
  readonly panes: Readonly<Record<ProcessPaneId, ProcessPaneView>>;
  readonly filterEdit: FilterEdit | null;
  readonly csrssOnly: boolean;
  readonly sort: SortKey;
  /** O: the sort runs the other way (▼ on the header). */
  readonly sortReverse: boolean;
  readonly overlay: Overlay | null;
  /** The kernel map (key m) shows in place of the panes. */
  readonly kernelMap: boolean;
  readonly console: ConsoleState;
  readonly highlights: Highlights;
  /** The last key action's outcome, on the bottom line for MESSAGE_MS (state/message.ts). */
  readonly message: Message | null;
  readonly narration: string | null;
  /** The narration's false claim, expected against actual (issue 14: never silently). */
  readonly claimNote: string | null;
  /** Every narration of the demo (none outside demo mode): the narration row fits the longest. */
  readonly narrations: readonly string[];
  readonly spotlight: PaneId | null;
  readonly demoStatus: DemoStatus | null;
  readonly demo: DemoMode;
  /** Learn mode (`isolab learn NAME`): the lesson under way, or null. */
  readonly lesson: LessonPanelState | null;
  /** `t`'s commands still to run, one per beat (actions/toggle-animation.ts). */
  readonly toggleSteps: ToggleSteps | null;
  /** Set once: the dashboard is closing with this exit code. */
  readonly exitCode: number | null;
  readonly actions: UiActions;
}

/** The dashboard's store: its state and the actions on it (built in ../ui-store.ts). */
export type UiStore = StoreApi<UiState>;
