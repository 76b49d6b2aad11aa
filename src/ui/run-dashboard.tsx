// Opening the dashboard: own the screen, render, tick the clock, and on every way out
// give the terminal back as it was. The CLI imports this module only when the dashboard
// opens, so `isolab run` never loads Ink or React.
import { render } from 'ink';
import { Shell } from '../shell/index.js';
import { realClock, type Clock } from '../sim/index.js';
import { createSim, type Sim, type StartingState } from '../sim/index.js';
import { Dashboard } from './views/components/dashboard.js';
import type { DemoDriver } from './state/demo-driver.js';
import { terminalSize } from './views/hooks/use-terminal-size.js';
import { diffingStdout } from './output/diff-stdout.js';
import { DashboardContext, useUi } from './views/hooks/use-ui.js';
import { translator, type Lang } from './text/i18n.js';
import { HANG_UP_EXIT_CODE, ScreenOwner } from './output/screen.js';
import { suspendHandlers } from './output/suspend.js';
import { makeTheme } from './views/theme.js';
import { createUiStore, type UiStore } from './ui-store.js';

export { colorWanted } from './views/theme.js';
export { resolveLang, type Lang } from './text/i18n.js';
export type { DemoDriver } from './state/demo-driver.js';
export type { UiStore } from './ui-store.js';
export { HANG_UP_EXIT_CODE } from './output/screen.js';

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
  readonly stdin?: NodeJS.ReadStream;
  readonly stdout?: NodeJS.WriteStream;
  readonly stderr?: NodeJS.WriteStream;
  /** @default realClock */
  readonly clock?: Clock;
  /** Demo mode: the demo keymap and narration line, driven by this. */
  readonly demo?: DemoDriver;
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
  /** Frames per second at most (a test driving many updates raises it). @default 30 */
  readonly maxFps?: number;
}

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: HANG_UP_EXIT_CODE } as const;

/** One line: what went wrong, not a stack trace. */
const describe = (error: unknown) => {
  const text =
    error instanceof Error
      ? `${error.name}: ${error.message}`
      : typeof error === 'string'
        ? error
        : String(error);
  return text.replace(/\s*\n\s*/g, ' ').trim();
};

function ThrowOnRender() {
  const ticked = useUi((s) => s.host.ticks > 0);
  if (ticked) throw new Error('ISOLAB_TEST_CRASH: an exception thrown while rendering');
  return null;
}

/** Errors a stream may report after the terminal has gone; they must not be unhandled. */
const ignore = () => undefined;

/** Runs the dashboard until it is closed; resolves with the exit code. */
export async function runDashboard(options: DashboardOptions): Promise<number> {
  const stdout = options.stdout ?? process.stdout;
  const stdin = options.stdin ?? process.stdin;
  const stderr = options.stderr ?? process.stderr;
  const clock = options.clock ?? realClock;
  const sim =
    options.sim ?? createSim({ seed: options.seed ?? 1, start: options.scenario ?? 'lab' });
  const shell = options.shell ?? new Shell({ sim });
  const store = createUiStore({
    sim,
    shell,
    clock,
    lang: options.lang,
    size: terminalSize(stdout),
    ...(options.demo ? { demo: options.demo } : {}),
  });
  options.onStore?.(store);
  const env = {
    store,
    theme: makeTheme(options.color),
    t: translator(options.lang),
    demoAvailable: options.demo !== undefined,
  };

  const screen = new ScreenOwner(stdout, stdin);
  let crash: unknown = null;
  // The terminal hung up: nothing can be shown any more, and nothing should be tried.
  let hungUp = false;
  const hangUp = () => {
    hungUp = true;
    store.getState().actions.quit(HANG_UP_EXIT_CODE);
  };
  // A write to a terminal that has gone fails later, as an 'error' event: every one of them
  // means the same, and none may go unhandled (that would be a crash with a stack trace).
  // These stay attached: the last writes (leaving the screen) can fail after we return.
  for (const stream of [stdout, stderr]) stream.on('error', hangUp);
  stdin.on('error', hangUp);
  // Input that ends (the terminal closed, stdin a pipe or another terminal that closed)
  // leaves no way to drive the dashboard: close it rather than show it to nobody forever.
  stdin.on('end', hangUp);
  screen.enter();
  const root = (
    <>
      <Dashboard env={env} clock={clock} />
      {options.testCrash === 'render' ? (
        <DashboardContext.Provider value={env}>
          <ThrowOnRender />
        </DashboardContext.Provider>
      ) : null}
    </>
  );
  // Ink redraws every line of every frame; the terminal gets only the lines that changed.
  const instance = render(root, {
    stdout: diffingStdout(stdout),
    stdin,
    stderr,
    exitOnCtrlC: false,
    patchConsole: false,
    ...(options.maxFps === undefined ? {} : { maxFps: options.maxFps }),
  });

  // Unmount outside the key handler that asked for it.
  const unsubscribe = store.subscribe((state) => {
    if (state.exitCode !== null) setImmediate(() => instance.unmount());
  });
  const handlers: Array<[string, (arg: unknown) => void]> = [];
  if (options.handleProcessEvents ?? true) {
    for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
      handlers.push([signal, () => store.getState().actions.quit(code)]);
    }
    const onCrash = (error: unknown) => {
      crash ??= error;
      instance.unmount(error instanceof Error ? error : new Error(String(error)));
    };
    handlers.push(['uncaughtException', onCrash], ['unhandledRejection', onCrash]);
    // Ctrl+Z / SIGTSTP and fg: the screen given back, then taken again and drawn whole.
    const redraw = () => (instance.clear(), stdout.emit('resize'));
    handlers.push(...suspendHandlers({ screen, redraw }));
    for (const [event, handler] of handlers) process.on(event, handler);
  }

  try {
    options.demo?.start(store);
    await instance.waitUntilExit();
  } catch (error) {
    crash ??= error;
  } finally {
    unsubscribe();
    stdin.off('end', hangUp);
    for (const [event, handler] of handlers) process.off(event, handler);
    try {
      options.demo?.stop();
    } catch (error) {
      crash ??= error;
    }
    // A no-op after a normal exit; after a crash it stops the clock and releases stdin.
    instance.unmount();
    store.getState().actions.dispose();
    instance.cleanup();
    screen.restore();
    for (const stream of [stdout, stderr, stdin]) {
      stream.off('error', hangUp);
      stream.on('error', ignore);
    }
  }
  // Nobody is left to read a message; an error caused by the hang-up is no crash.
  if (hungUp) return HANG_UP_EXIT_CODE;
  if (crash !== null) {
    // After leaving the alternate screen, so that it stays readable.
    stderr.write(`isolab: the dashboard stopped on an error: ${describe(crash)}\n`);
    return 1;
  }
  return store.getState().exitCode ?? 0;
}
