// The UI store (zustand, vanilla): the dashboard's state and the named actions the
// keyboard, the clock and the demo player call. It follows the Sim's store, and commits
// each action as ONE update — a key that runs five commands, or a clock tick that moves
// every counter, is one render and one frame in which every pane shows the same moment.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { Shell } from '../shell/index.js';
import type { Clock } from '../sim/index.js';
import type { Sim } from '../sim/index.js';
import { appendLines } from './state/console-lines.js';
import { runLine, setConsoleInput, submitConsole, typeText } from './actions/console-actions.js';
import type { DemoDriver } from './state/demo-driver.js';
import { absorbEvents, initialHighlights, pruneHighlights } from './state/highlights.js';
import { translator, type Lang } from './text/i18n.js';
import { handleKey, handOver } from './actions/key-dispatch.js';
import { handleInput } from './actions/keyboard-input.js';
import type { StoreContext } from './actions/store-context.js';
import { fieldText } from './text/text-width.js';
import type { ConsoleState, UiActions, UiState } from './state/ui-state.js';
import { editFilter, selectContainerByName } from './actions/view-actions.js';

export type UiStore = StoreApi<UiState>;

export interface UiStoreOptions {
  readonly sim: Sim;
  readonly shell?: Shell;
  readonly clock: Clock;
  readonly lang: Lang;
  readonly size: { readonly columns: number; readonly rows: number };
  readonly demo?: DemoDriver;
}

function initialConsole(shell: Shell, welcome: string | null): ConsoleState {
  const { lines, nextId } = appendLines(
    [],
    1,
    welcome === null ? [] : [{ kind: 'note', text: `# ${welcome}` }],
  );
  return {
    lines,
    nextId,
    input: '',
    inputVersion: 0,
    history: [],
    historyIndex: null,
    draft: '',
    completion: null,
    scrollBack: 0,
    prompt: shell.prompt(),
    lastCommand: null,
  };
}

export function createUiStore(options: UiStoreOptions): UiStore {
  const { sim, clock } = options;
  let shell = options.shell ?? new Shell({ sim });
  const t = translator(options.lang);

  // The batch under way: actions change `draft`; the store is set once at the end.
  let draft: UiState | null = null;

  /** The model's latest state into the UI state, with what it means for the marks and the prompt. */
  function withHost(s: UiState): UiState {
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

  const store = createStore<UiState>()((_set, _get, api) => {
    const ctx: StoreContext = {
      sim,
      clock,
      demo: options.demo,
      t,
      shell: () => shell,
      state: () => draft ?? api.getState(),
      update(patch) {
        if (draft !== null) draft = { ...draft, ...patch };
        else api.setState(patch);
      },
    };

    /** Runs `fn` as one batch: one commit, however many changes it makes. */
    function act(fn: () => void): void {
      if (draft !== null) {
        fn();
        return;
      }
      draft = api.getState();
      try {
        fn();
      } finally {
        const next = withHost(draft);
        draft = null;
        if (next !== api.getState()) api.setState(next, true);
      }
    }

    const actions: UiActions = {
      typeText: (text) => act(() => typeText(ctx, text)),
      submitConsole: () => act(() => submitConsole(ctx)),
      pressKey: (name, container) =>
        act(() => {
          if (container) selectContainerByName(ctx, container);
          handleKey(ctx, name, 'script');
        }),
      setNarration: (narration) => act(() => ctx.update({ narration })),
      setSpotlight: (spotlight) => act(() => ctx.update({ spotlight })),
      setDemoStatus: (demoStatus) => act(() => ctx.update({ demoStatus })),
      handOver: () => act(() => handOver(ctx)),
      reset: (resetOptions) =>
        act(() => {
          if (resetOptions?.shell) shell = resetOptions.shell;
          const host = sim.getState();
          ctx.update({
            host,
            highlights: initialHighlights(host),
            console: initialConsole(shell, null),
            selectedContainerId: null,
            containersView: { cursor: 0, top: 0 },
            panes: {
              host: { cursor: 0, top: 0, filter: '' },
              session: { cursor: 0, top: 0, filter: '' },
            },
            filterEdit: null,
            overlay: null,
            csrssOnly: false,
            sort: 'isolation',
            focus: 'containers',
            returnFocus: 'containers',
          });
        }),
      handleKey: (name, source) => act(() => handleKey(ctx, name, source)),
      handleInput: (data) => act(() => handleInput(ctx, data)),
      setConsoleInput: (text, version) =>
        act(() => {
          if (version === undefined || version === ctx.state().console.inputVersion)
            setConsoleInput(ctx, text);
        }),
      setFilterText: (text, version) =>
        act(() => {
          const edit = ctx.state().filterEdit;
          if (edit !== null && (version === undefined || version === edit.version))
            editFilter(ctx, text);
        }),
      setFormName: (text, version) =>
        act(() => {
          const overlay = ctx.state().overlay;
          if (overlay?.kind !== 'new-container' || overlay.field !== 0) return;
          if (version !== undefined && version !== overlay.nameVersion) return;
          const name = fieldText(text);
          ctx.update({
            overlay: {
              ...overlay,
              name,
              nameVersion: overlay.nameVersion + (name === text ? 0 : 1),
            },
          });
        }),
      setSize: (columns, rows) =>
        act(() => {
          const size = ctx.state().size;
          if (size.columns !== columns || size.rows !== rows)
            ctx.update({ size: { columns, rows } });
        }),
      tick: () =>
        act(() => {
          sim.actions.tick(1);
          const s = ctx.state();
          const highlights = pruneHighlights(s.highlights, clock.now());
          if (highlights !== s.highlights) ctx.update({ highlights });
        }),
      runLine: (line) => act(() => void runLine(ctx, line)),
      quit: (code) => act(() => ctx.state().exitCode === null && ctx.update({ exitCode: code })),
      dispose: () => unsubscribe(),
    };

    const host = sim.getState();
    return {
      host,
      size: options.size,
      lang: options.lang,
      focus: 'containers',
      returnFocus: 'containers',
      selectedContainerId: host.entered?.containerId ?? host.containers[0]?.containerId ?? null,
      containersView: { cursor: 0, top: 0 },
      panes: {
        host: { cursor: 0, top: 0, filter: '' },
        session: { cursor: 0, top: 0, filter: '' },
      },
      filterEdit: null,
      csrssOnly: false,
      sort: 'isolation',
      overlay: null,
      console: initialConsole(shell, t('console.welcome')),
      highlights: initialHighlights(host),
      narration: null,
      narrations: options.demo?.narrations ?? [],
      spotlight: null,
      demoStatus: null,
      demo: options.demo ? 'playing' : 'off',
      exitCode: null,
      actions,
    };
  });

  // Changes made outside an action (another part of the program acting on the model) show
  // at once; inside an action they wait for its commit.
  const unsubscribe = sim.store.subscribe(() => {
    if (draft !== null) draft = withHost(draft);
    else {
      const next = withHost(store.getState());
      if (next !== store.getState()) store.setState(next, true);
    }
  });

  return store;
}
