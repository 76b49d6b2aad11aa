// The one UI test harness: a UI store on a model (uiStore, actionContext), and the
// dashboard and its panes rendered with ink-testing-library for the frames, @xterm/headless
// when it matters which row a line lands on (docs/ink-notes.md, Testing).
import xterm from '@xterm/headless';
import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import { Shell } from '../../src/shell/index.js';
import { createSim, FakeClock, type Sim, type StartingState } from '../../src/sim/index.js';
import type { StoreContext } from '../../src/ui/actions/store-context.js';
import { Dashboard } from '../../src/ui/views/components/dashboard.js';
import type { DemoDriver } from '../../src/ui/state/demo-driver.js';
import type { LessonHost } from '../../src/ui/state/lesson-panel.js';
import { DashboardContext, type DashboardEnv } from '../../src/ui/views/hooks/use-ui.js';
import { translator, type Lang } from '../../src/ui/text/i18n.js';
import { makeTheme, type ThemeName } from '../../src/ui/views/theme.js';
import { createUiStore, type UiStore } from '../../src/ui/ui-store.js';
import { labInsideDemo } from '../support/lab.js';

export interface StoreOptions {
  readonly columns?: number;
  readonly rows?: number;
  readonly sim?: Sim;
  readonly start?: StartingState;
  readonly lang?: Lang;
  readonly demo?: DemoDriver;
  readonly lesson?: LessonHost;
  readonly stepwiseToggle?: boolean;
}

export interface HarnessOptions {
  readonly columns: number;
  readonly rows: number;
  readonly sim?: Sim;
  readonly start?: StartingState;
  readonly lang?: Lang;
  readonly color?: boolean;
  readonly theme?: ThemeName;
  /** A user's `t` plays its steps on the fake clock, as in the real dashboard. */
  readonly stepwiseToggle?: boolean;
  readonly demo?: DemoDriver;
  /** Learn mode: the lesson panel over this lesson. */
  readonly lesson?: LessonHost;
}

export interface Harness {
  readonly sim: Sim;
  readonly store: UiStore;
  readonly clock: FakeClock;
  readonly env: DashboardEnv;
  frame(): string;
  lines(): string[];
  /** The frame as a terminal of this size shows it. */
  screen(): Promise<string[]>;
  /** Keys as the keyboard sends them, one read each. */
  keys(...data: string[]): Promise<void>;
  /**
   * Waits until the frame shows `text` (fails after `timeoutMs`). Ink 8 holds a lone Esc
   * ~20 ms in case more of an escape sequence follows: wait for what it does, not a time.
   */
  until(text: string | RegExp, timeoutMs?: number): Promise<void>;
  unmount(): void;
}

export const settle = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

export function makeEnv(options: HarnessOptions): {
  sim: Sim;
  store: UiStore;
  clock: FakeClock;
  env: DashboardEnv;
} {
  const sim =
    options.sim ?? (options.start ? createSim({ start: options.start }) : labInsideDemo());
  const clock = new FakeClock();
  const lang = options.lang ?? 'en';
  const store = createUiStore({
    sim,
    clock,
    lang,
    size: { columns: options.columns, rows: options.rows },
    ...(options.demo ? { demo: options.demo } : {}),
    ...(options.lesson ? { lesson: options.lesson } : {}),
    ...(options.stepwiseToggle ? { stepwiseToggle: true } : {}),
  });
  const env: DashboardEnv = {
    store,
    theme: makeTheme(options.color ?? true, options.theme ?? 'dark'),
    t: translator(lang),
    demoAvailable: options.demo !== undefined,
  };
  return { sim, store, clock, env };
}

/** Renders `element` with Ink's root as wide as the given terminal. */
function mount(element: ReactElement, columns: number) {
  const result = render(element);
  // ink-testing-library's stdout is 100 columns; Ink reads the width on every render.
  Object.defineProperty(result.stdout, 'columns', { value: columns, configurable: true });
  result.rerender(element);
  return result;
}

export async function screenOf(frame: string, columns: number, rows: number): Promise<string[]> {
  const term = new xterm.Terminal({
    cols: columns,
    rows,
    allowProposedApi: true,
    convertEol: true,
  });
  await new Promise<void>((resolve) => term.write(frame, resolve));
  const lines: string[] = [];
  for (let y = 0; y < rows; y++)
    lines.push(term.buffer.active.getLine(y)?.translateToString(true) ?? '');
  term.dispose();
  return lines;
}

export function renderDashboard(options: HarnessOptions): Harness {
  const { sim, store, clock, env } = makeEnv(options);
  const element = <Dashboard env={env} followTerminal={false} />;
  const result = mount(element, options.columns);
  const frame = () => result.lastFrame() ?? '';
  return {
    sim,
    store,
    clock,
    env,
    frame,
    lines: () => frame().split('\n'),
    screen: () => screenOf(frame(), options.columns, options.rows),
    async keys(...data) {
      await settle();
      for (const d of data) {
        result.stdin.write(d);
        await settle(2);
      }
      await settle();
    },
    async until(text, timeoutMs = 2000) {
      const shows = () => (typeof text === 'string' ? frame().includes(text) : text.test(frame()));
      const deadline = Date.now() + timeoutMs;
      while (!shows()) {
        if (Date.now() > deadline) throw new Error(`the frame never showed ${String(text)}`);
        await settle();
      }
    },
    unmount: () => result.unmount(),
  };
}

/** One pane (or any part) inside the dashboard's context. */
export function renderPart(part: (env: DashboardEnv) => ReactElement, options: HarnessOptions) {
  const made = makeEnv(options);
  const element = (
    <DashboardContext.Provider value={made.env}>{part(made.env)}</DashboardContext.Provider>
  );
  const result = mount(element, options.columns);
  return {
    ...made,
    frame: () => result.lastFrame() ?? '',
    lines: () => (result.lastFrame() ?? '').split('\n'),
    unmount: () => result.unmount(),
  };
}

/** A UI store without a screen (120×36 unless told): its actions, and the lines they add. */
export function uiStore(options: StoreOptions = {}) {
  const made = makeEnv({ columns: 120, rows: 36, ...options });
  const { store } = made;
  const a = () => store.getState().actions;
  /** Console lines added by `fn`. */
  const added = (fn: () => void) => {
    const before = store.getState().console.nextId;
    fn();
    return store.getState().console.lines.filter((l) => l.id >= before);
  };
  return { ...made, a, added };
}

/**
 * What an action module works with (src/ui/actions/store-context.ts), straight on a UI
 * store: each update commits at once, so a test sees every step.
 */
export function actionContext(options: StoreOptions = {}) {
  const made = uiStore(options);
  const { store, sim, clock } = made;
  const shell = new Shell({ sim });
  const ctx: StoreContext = {
    sim,
    clock,
    demo: options.demo,
    lessonHost: options.lesson,
    t: translator(options.lang ?? 'en'),
    shell: () => shell,
    state: () => ({ ...store.getState(), host: sim.getState() }),
    update: (patch) => store.setState(patch),
  };
  return { ...made, ctx, shell };
}
