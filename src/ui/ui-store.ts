// The UI store (zustand, vanilla): the dashboard's state and the named actions the
// keyboard, the clock and the demo player call. It follows the Sim's store, and commits
// each action as ONE update — a key that runs five commands, or a clock tick that moves
// every counter, is one render and one frame in which every pane shows the same moment.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { Shell } from '../shell/index.js';
import type { Clock, Sim, TimerHandle } from '../sim/index.js';
import { missingContainerNote, startLesson } from '../demo/live.js';
import { checkLesson } from './actions/lesson-actions.js';
import type { LessonHost } from './state/lesson-panel.js';
import { note, runLine, submitConsole, typeText } from './actions/console-actions.js';
import { handOver, showClaimReport } from './actions/demo-actions.js';
import { handleKey } from './actions/key-dispatch.js';
import { handleInput } from './actions/keyboard-input.js';
import { handleMouse } from './actions/mouse-actions.js';
import { finishSteps } from './actions/toggle-animation.js';
import type { StoreContext } from './actions/store-context.js';
import { quit, selectContainerByName } from './actions/view-actions.js';
import type { DemoDriver } from './state/demo-driver.js';
import type { SnapshotPort } from './state/snapshot-port.js';
import { absorbEvents } from './state/highlights.js';
import { clockReadersOf } from './state/clock-readers.js';
import { waitingClock } from './actions/clock-actions.js';
import { cleanView, initialConsole, initialUiState } from './state/initial-state.js';
import type { UiActions, UiState, UiStore } from './state/ui-state.js';
import { translator, type Lang, type Translate } from './text/i18n.js';

export type { UiStore };

export interface UiStoreOptions {
  readonly sim: Sim;
  readonly shell?: Shell;
  readonly clock: Clock;
  readonly lang: Lang;
  readonly size: { readonly columns: number; readonly rows: number };
  readonly demo?: DemoDriver;
  readonly snapshot?: SnapshotPort;
  /** Learn mode: the lesson, checked after every action, and where progress goes. */
  readonly lesson?: LessonHost;
  /**
   * A user's `t` plays its commands a beat apart on the clock (toggle-animation.ts); the
   * dashboard turns it on, a store without a screen runs them in one update.
   * @default false
   */
  readonly stepwiseToggle?: boolean;
  /**
   * The clock's ticks wait while nothing on screen reads the clock (waitingClock); the
   * dashboard turns it on. Off, every tick is made at once: a store without a screen has
   * no reader to wait for.
   * @default false
   */
  readonly waitForReaders?: boolean;
}

/**
 * The actions, each one batch (`act`): one commit however many changes it makes. What
 * comes from the user or a script first finishes `t`'s steps (`settled`, toggle-animation.ts).
 */
function storeActions(
  ctx: StoreContext,
  act: (fn: () => void) => void,
  setShell: (shell: Shell) => void,
): Omit<UiActions, 'tick' | 'driveClock' | 'dispose'> {
  const { sim } = ctx;
  const settled = (fn: () => void) =>
    act(() => {
      finishSteps(ctx);
      fn();
    });
  return {
    typeText: (text) => settled(() => typeText(ctx, text)),
    submitConsole: () => settled(() => submitConsole(ctx)),
    pressKey: (name, container) =>
      settled(() => {
        if (container && !selectContainerByName(ctx, container))
          return note(ctx, missingContainerNote(container));
        handleKey(ctx, name, 'script');
      }),
    setNarration: (narration) => act(() => ctx.update({ narration, claimNote: null })),
    claimsChecked: (report) => act(() => showClaimReport(ctx, report)),
    followContainer: (name) => act(() => void selectContainerByName(ctx, name)),
    setSpotlight: (spotlight) => act(() => ctx.update({ spotlight })),
    setDemoStatus: (demoStatus) => act(() => ctx.update({ demoStatus })),
    handOver: () => act(() => handOver(ctx)),
    reset: (resetOptions) =>
      act(() => {
        ctx.cancelScheduled?.();
        if (resetOptions?.shell) setShell(resetOptions.shell);
        const console = initialConsole(ctx.shell().prompt(), null);
        ctx.update({ ...cleanView(sim.getState()), console, selectedContainerId: null });
      }),
    handleKey: (name, source) => settled(() => handleKey(ctx, name, source)),
    handleInput: (data) => settled(() => handleInput(ctx, data)),
    handleMouse: (event) => settled(() => handleMouse(ctx, event)),
    setSize: (columns, rows) =>
      act(() => {
        const size = ctx.state().size;
        if (size.columns !== columns || size.rows !== rows) ctx.update({ size: { columns, rows } });
      }),
    runLine: (line) => settled(() => void runLine(ctx, line)),
    quit: (code) => act(() => quit(ctx, code)),
  };
}

/**
 * The model's latest state into the UI state, with what it means for the marks and the
 * prompt (the same object when the model has not changed).
 */
function withHost(s: UiState, sim: Sim, shell: Shell, clock: Clock): UiState {
  const host = sim.getState();
  if (host === s.host) return s;
  const highlights = absorbEvents(s.highlights, host, clock.now());
  const prompt = shell.prompt();
  return {
    ...s,
    host,
    highlights,
    console: prompt === s.console.prompt ? s.console : { ...s.console, prompt },
  };
}

/**
 * One key, one commit: `act` runs an action against a draft of the state and sets the
 * store once at the end, with the model's latest state synced in (`sync`).
 */
function batching(api: StoreApi<UiState>, sync: (s: UiState) => UiState) {
  let draft: UiState | null = null;
  return {
    state: () => draft ?? api.getState(),
    update(patch: Partial<UiState>) {
      if (draft !== null) draft = { ...draft, ...patch };
      else api.setState(patch);
    },
    act(fn: () => void): void {
      if (draft !== null) {
        fn();
        return;
      }
      draft = api.getState();
      try {
        fn();
      } finally {
        const next = sync(draft);
        draft = null;
        if (next !== api.getState()) api.setState(next, true);
      }
    },
    /** The model changed: inside an action it waits for the commit, else it shows now. */
    modelChanged() {
      if (draft !== null) draft = sync(draft);
      else {
        const next = sync(api.getState());
        if (next !== api.getState()) api.setState(next, true);
      }
    },
  };
}

/** One timer at a time on the clock, its callback committed as an action (`act`). */
function scheduler(clock: Clock, act: (fn: () => void) => void) {
  let pending: TimerHandle | null = null;
  const cancelScheduled = () => {
    pending?.cancel();
    pending = null;
  };
  return {
    schedule(ms: number, fn: () => void) {
      cancelScheduled();
      pending = clock.setTimeout(() => {
        pending = null;
        act(fn);
      }, ms);
    },
    cancelScheduled,
  };
}

/** The store's first state: the model as it is, the prompt, the lesson if one is given. */
function firstState(options: UiStoreOptions, shell: Shell, t: Translate, actions: UiActions) {
  const { sim, clock } = options;
  return initialUiState({
    host: sim.getState(),
    size: options.size,
    lang: options.lang,
    prompt: shell.prompt(),
    welcome: t('console.welcome'),
    demo: options.demo !== undefined,
    narrations: options.demo?.narrations ?? [],
    ...(options.lesson
      ? {
          lesson: {
            engine: startLesson(options.lesson.lesson, clock.now()),
            feedback: null,
            checked: sim.getState(),
          },
        }
      : {}),
    actions,
  });
}

export function createUiStore(options: UiStoreOptions): UiStore {
  const { sim, clock } = options;
  let shell = options.shell ?? new Shell({ sim });
  const t = translator(options.lang);
  const sync = (s: UiState) => withHost(s, sim, shell, clock);
  let batch: ReturnType<typeof batching> | null = null;
  let wakeClock: (() => void) | null = null;

  const store = createStore<UiState>()((_set, _get, api) => {
    const b = (batch = batching(api, sync));
    const later = scheduler(clock, (fn) => act(fn));
    const ctx: StoreContext = {
      sim,
      clock,
      demo: options.demo,
      ...(options.snapshot ? { snapshot: options.snapshot } : {}),
      lessonHost: options.lesson,
      t,
      shell: () => shell,
      state: b.state,
      update: b.update,
      stepwiseToggle: options.stepwiseToggle === true,
      ...later,
    };
    const ticks = waitingClock(ctx, clockReadersOf(api), options.waitForReaders === true);
    wakeClock = () => ticks.wake();
    // Every action first catches up the ticks that waited, so it reads and changes the model
    // exactly as if each had been made on time. Learn mode checks the lesson's goal after
    // every action (issue 14), in the same commit.
    const act = (fn: () => void) =>
      b.act(() => {
        ticks.catchUp();
        fn();
        checkLesson(ctx);
      });
    const actions: UiActions = {
      ...storeActions(ctx, act, (next) => (shell = next)),
      tick: () => ticks.tick(act),
      driveClock: () => ticks.drive(act),
      dispose: () => (later.cancelScheduled(), unsubscribe()),
    };
    return firstState(options, shell, t, actions);
  });

  // Changes made outside an action (another part of the program acting on the model) show
  // at once; inside an action they wait for its commit. Either way a sleeping clock timer
  // wakes for the next second: what they put on screen may read the clock.
  const unsubscribe = sim.store.subscribe(() => {
    batch?.modelChanged();
    wakeClock?.();
  });
  return store;
}
