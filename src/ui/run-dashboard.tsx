// Opening the dashboard: own the screen, render, tick the clock, and on every way out
// give the terminal back as it was. The CLI imports this module only when the dashboard
// opens, so `isolab run` never loads Ink or React.
import { render } from 'ink';
import { Shell } from '../shell/index.js';
import { createSim, realClock, type Clock, type Sim, type StartingState } from '../sim/index.js';
import { Dashboard } from './views/components/dashboard.js';
import type { DemoDriver } from './state/demo-driver.js';
import type { LessonHost } from './state/lesson-panel.js';
import { terminalSize } from './views/hooks/use-terminal-size.js';
import { FrameDiffer } from './output/frame-diff.js';
import { exitSnapshotLine, snapshotter, type SnapshotOptions } from './output/frame-snapshot.js';
import { DashboardContext, useUi, type DashboardEnv } from './views/hooks/use-ui.js';
import { useClockReader } from './views/hooks/use-shown-host.js';
import { translator, type Lang } from './text/i18n.js';
import { HANG_UP_EXIT_CODE, ScreenOwner } from './output/screen.js';
import { exitCodeOf } from './output/exit-code.js';
import { suspendHandlers } from './output/suspend.js';
import { DashboardInput } from './keys/terminal-input.js';
import { primeStringWidth } from './text/text-width.js';
import { makeTheme, type ThemeName } from './views/theme.js';
import { createUiStore, type UiStore } from './ui-store.js';
import { mountInk } from './mount-ink.js';

export { colorWanted, themeWanted, type ThemeName } from './views/theme.js';
export { resolveLang, type Lang } from './text/i18n.js';
export type { DemoDriver } from './state/demo-driver.js';
export type { LessonHost } from './state/lesson-panel.js';
export type { UiStore } from './ui-store.js';
export { HANG_UP_EXIT_CODE } from './output/screen.js';
export type { SnapshotOptions, SnapshotWriter } from './output/frame-snapshot.js';

export interface DashboardOptions {
  /** The model to show; by default a new one on `scenario`. */
  readonly sim?: Sim;
  /** The console's PowerShell; by default a new one over `sim`. */
  readonly shell?: Shell;
  /** @default 'lab' */
  readonly scenario?: StartingState;
  /** @default 1 */
  readonly seed?: number;
  readonly lang: Lang;
  readonly color: boolean;
  /** A user's `t` plays its steps a beat apart (actions/toggle-animation.ts). @default true */
  readonly stepwiseToggle?: boolean;
  /** Mouse reporting while the dashboard has the screen (`--no-mouse`). @default true */
  readonly mouse?: boolean;
  /** The palette (`--theme`, ISOLAB_THEME). @default 'dark' */
  readonly theme?: ThemeName;
  readonly stdin?: NodeJS.ReadStream;
  readonly stdout?: NodeJS.WriteStream;
  readonly stderr?: NodeJS.WriteStream;
  /** @default realClock */
  readonly clock?: Clock;
  /** Demo mode: the demo keymap and narration line, driven by this. */
  readonly demo?: DemoDriver;
  /** Learn mode: the lesson panel, checked after every action (src/ui/state/lesson-panel.ts). */
  readonly lesson?: LessonHost;
  /**
   * Answer SIGTERM/SIGHUP/SIGINT and uncaught errors by closing the dashboard (the CLI
   * wants this; a test embedding the dashboard does not).
   * @default true
   */
  readonly handleProcessEvents?: boolean;
  /** Called with the UI store before the first frame. */
  readonly onStore?: (store: UiStore) => void;
  /**
   * Tests only (the CLI sets it from ISOLAB_TEST_CRASH=render): a component that throws
   * while rendering once the clock has ticked, to prove a crash gives the terminal back.
   */
  readonly testCrash?: 'render';
  /** Key p (and --snapshot at exit) writes the frame on screen as SVG through this. */
  readonly snapshot?: SnapshotOptions;
  /** Frames per second at most (a test driving many updates raises it). @default 30 */
  readonly maxFps?: number;
}

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: HANG_UP_EXIT_CODE } as const;

function ThrowOnRender() {
  useClockReader(); // it reads the clock: the ticks do not wait
  const ticked = useUi((s) => s.host.ticks > 0);
  if (ticked) throw new Error('ISOLAB_TEST_CRASH: an exception thrown while rendering');
  return null;
}

/** Errors a stream may report after the terminal has gone; they must not be unhandled. */
const ignore = () => undefined;

/** The model, the UI store and what the views read, from the options. */
function dashboardStore(options: DashboardOptions, stdout: NodeJS.WriteStream, clock: Clock) {
  primeStringWidth(); // before anything is measured: the first frame's cold start (text-width.ts)
  const sim =
    options.sim ?? createSim({ seed: options.seed ?? 1, start: options.scenario ?? 'lab' });
  const shell = options.shell ?? new Shell({ sim });
  const frames = new FrameDiffer(() => stdout.columns || Number.POSITIVE_INFINITY);
  const snap = options.snapshot
    ? snapshotter(frames, () => stdout.columns || 80, options.snapshot)
    : null;
  const store = createUiStore({
    sim,
    shell,
    clock,
    lang: options.lang,
    size: terminalSize(stdout),
    stepwiseToggle: options.stepwiseToggle ?? true,
    waitForReaders: true,
    ...(options.demo ? { demo: options.demo } : {}),
    ...(snap ? { snapshot: snap.take } : {}),
    ...(options.lesson ? { lesson: options.lesson } : {}),
  });
  options.onStore?.(store);
  const env = {
    store,
    theme: makeTheme(options.color, options.theme ?? 'dark'),
    t: translator(options.lang),
    demoAvailable: options.demo !== undefined,
  };
  return { store, env, frames, snap };
}

/** Signals quit with their exit codes; a crash anywhere ends the dashboard. Returns the undo. */
function listenToProcess(
  store: UiStore,
  onCrash: (error: unknown) => void,
  more: ReadonlyArray<[string, (arg: unknown) => void]>,
): () => void {
  const handlers: Array<[string, (arg: unknown) => void]> = [...more];
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
    handlers.push([signal, () => store.getState().actions.quit(code)]);
  }
  handlers.push(['uncaughtException', onCrash], ['unhandledRejection', onCrash]);
  for (const [event, handler] of handlers) process.on(event, handler);
  return () => {
    for (const [event, handler] of handlers) process.off(event, handler);
  };
}

/** The dashboard, and (for the crash test) a part that throws once the clock has ticked. */
function rootElement(env: DashboardEnv, clock: Clock, crashOnRender: boolean) {
  return (
    <>
      <Dashboard env={env} />
      {crashOnRender ? (
        <DashboardContext.Provider value={env}>
          <ThrowOnRender />
        </DashboardContext.Provider>
      ) : null}
    </>
  );
}

/**
 * A terminal that goes away ends the dashboard: `hangUp` on a failed write or read, or when
 * the input ends. `inputEnded` stops listening for the end; `release` swaps the error
 * listeners for ones that ignore (the last writes can fail after we return).
 */
function watchTerminal(
  stdout: NodeJS.WriteStream,
  stderr: NodeJS.WriteStream,
  stdin: NodeJS.ReadStream,
  hangUp: () => void,
) {
  // A write to a terminal that has gone fails later, as an 'error' event: every one of them
  // means the same, and none may go unhandled (that would be a crash with a stack trace).
  // These stay attached: the last writes (leaving the screen) can fail after we return.
  for (const stream of [stdout, stderr]) stream.on('error', hangUp);
  stdin.on('error', hangUp);
  // Input that ends (the terminal closed, stdin a pipe or another terminal that closed)
  // leaves no way to drive the dashboard: close it rather than show it to nobody forever.
  stdin.on('end', hangUp);
  return {
    inputEnded: () => void stdin.off('end', hangUp),
    release() {
      for (const stream of [stdout, stderr, stdin]) {
        stream.off('error', hangUp);
        stream.on('error', ignore);
      }
    },
  };
}

/**
 * The process's signals and crashes, unless a test embedding the dashboard said not to.
 * Called before the screen is taken: a SIGTSTP that comes as the first frame shows must
 * find its handler, or the kernel stops isolab (or, in an orphaned process group, drops
 * the signal) with the terminal still raw and on the alternate screen.
 */
function listenIfAsked(
  options: DashboardOptions,
  store: UiStore,
  onCrash: (error: unknown) => void,
  suspend: Parameters<typeof suspendHandlers>[0],
): () => void {
  if (!(options.handleProcessEvents ?? true)) return () => undefined;
  // Ctrl+Z / SIGTSTP and fg: the screen given back, then taken again and drawn whole.
  return listenToProcess(store, onCrash, suspendHandlers(suspend));
}

/** What Ink reads: the terminal less a lone Esc (to the store at once) and mouse reports. */
function inputForInk(stdin: NodeJS.ReadStream, store: UiStore, mouse: boolean) {
  const actions = () => store.getState().actions;
  const input = new DashboardInput(stdin, {
    onKeys: (data) => actions().handleInput(data),
    ...(mouse ? { onMouse: (e) => actions().handleMouse(e) } : {}),
  });
  return input as unknown as NodeJS.ReadStream;
}

/** Runs the dashboard until it is closed; resolves with the exit code. */
export async function runDashboard(options: DashboardOptions): Promise<number> {
  const stdout = options.stdout ?? process.stdout;
  const stdin = options.stdin ?? process.stdin;
  const stderr = options.stderr ?? process.stderr;
  const clock = options.clock ?? realClock;
  const { store, env, frames, snap } = dashboardStore(options, stdout, clock);

  const screen = new ScreenOwner(stdout, stdin, options.mouse ?? true);
  const inkStdin = inputForInk(stdin, store, options.mouse ?? true);
  let crash: unknown = null;
  let hungUp = false; // Nothing can be shown any more, and nothing should be tried.
  const hangUp = () => {
    hungUp = true;
    store.getState().actions.quit(HANG_UP_EXIT_CODE);
  };
  const terminal = watchTerminal(stdout, stderr, stdin, hangUp);
  // Filled once Ink renders; the process's handlers are in place before that.
  const live: { ink?: ReturnType<typeof render> } = {};
  // Named: the process's listeners are told apart by name (test/hostile/exit-paths.test.ts).
  const onCrash = (error: unknown) => {
    crash ??= error;
    live.ink?.unmount(error instanceof Error ? error : new Error(String(error)));
  };
  const redraw = () => (live.ink?.clear(), stdout.emit('resize'));
  const stopListening = listenIfAsked(options, store, onCrash, { screen, redraw });
  screen.enter();
  const root = rootElement(env, clock, options.testCrash === 'render');
  const io = { stdout, stdin: inkStdin, stderr, maxFps: options.maxFps };
  const { ink, stopWatching } = mountInk(root, store, frames, io);
  live.ink = ink;

  try {
    options.demo?.start(store);
    await ink.waitUntilExit();
  } catch (error) {
    crash ??= error;
  } finally {
    stopWatching();
    terminal.inputEnded();
    stopListening();
    try {
      options.demo?.stop();
    } catch (error) {
      crash ??= error;
    }
    // A no-op after a normal exit; after a crash it stops the clock and releases stdin.
    ink.unmount();
    store.getState().actions.dispose();
    ink.cleanup();
    const atExit = hungUp ? null : (snap?.finish() ?? null);
    screen.restore();
    if (atExit) stderr.write(exitSnapshotLine(atExit));
    terminal.release();
  }
  return exitCodeOf({ hungUp, crash, exitCode: store.getState().exitCode }, stderr);
}
