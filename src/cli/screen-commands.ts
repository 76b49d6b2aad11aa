// The commands that take over the terminal: `isolab` (the dashboard) and `isolab demo`
// (the dashboard playing a scenario), plus `isolab demo --headless`, which needs none.
// Type-only imports are erased: the headless paths still load no Ink or React.
import { resolveLang, type Lang } from '../demo/lang.js';
import type { Clock, Sim } from '../sim/index.js';
import type { DemoDriver } from '../ui/state/demo-driver.js';
import type { LessonHost } from '../ui/state/lesson-panel.js';
import { failUsage, writeLines } from './output.js';
import { HANG_UP_EXIT_CODE } from '../ui/output/screen.js';
import { themeWanted } from '../ui/views/theme.js';
import { CastRecorder, teeInto } from './record.js';
import { snapshotRefusal, snapshotWriter } from './snapshot-file.js';
import { STARTING_STATES, startingStateNamed } from './starting-state.js';

export const NO_TTY_MESSAGE =
  'isolab: the dashboard needs an interactive terminal; for a transcript without one, use `isolab run` (see `isolab run --help`).';

/** Where the dashboard cannot draw: TERM=dumb, or no TERM at all (no known terminal). */
export const DUMB_TERMINAL_MESSAGE =
  'isolab: this terminal cannot draw the dashboard (TERM is dumb or unset); for a transcript, use `isolab run` or `isolab demo --headless`.';

const hasTerminal = (): boolean => Boolean(process.stdin.isTTY && process.stdout.isTTY);
const capableTerminal = (): boolean => {
  const term = process.env.TERM ?? '';
  return term !== '' && term !== 'dumb';
};

/** Null when the dashboard can take the screen, else the one line that says why not. */
export function screenProblem(): string | null {
  if (!hasTerminal()) return NO_TTY_MESSAGE;
  return capableTerminal() ? null : DUMB_TERMINAL_MESSAGE;
}

/** One option name means one thing: `--scenario` is a starting state, `--file` a script. */
export const SCENARIO_ALIAS_WARNING =
  'isolab demo: --scenario FILE is deprecated here (it names a starting state elsewhere); use --file FILE\n';

export interface ScreenArgs {
  readonly color: boolean;
  readonly lang?: string;
  readonly seed?: number;
  readonly record?: string;
  readonly snapshot?: string;
  readonly force?: boolean;
  /** `--theme`; ISOLAB_THEME when absent (src/ui/views/theme.ts themeWanted). */
  readonly theme?: string;
  /** `--no-mouse` sets it false. */
  readonly mouse?: boolean;
}

export interface DashboardArgs extends ScreenArgs {
  readonly scenario: string;
  readonly processes?: number;
  readonly containers?: number;
}

export interface DemoArgs extends ScreenArgs {
  readonly name?: string;
  readonly file?: string;
  /** Deprecated alias of `file` (one warning line). */
  readonly scenario?: string;
  readonly headless: boolean;
  readonly speed: number;
  readonly loop: boolean;
  readonly step: boolean;
}

type SimSpec =
  | { readonly start: 'host' | 'lab' | 'stress' }
  | { readonly scale: { readonly hostProcesses: number; readonly containers: number } };
type DriverFactory = (sim: Sim, clock: Clock, lang: Lang) => Promise<DemoDriver>;

export async function openDashboard(args: DashboardArgs): Promise<number> {
  const problem = snapshotProblem(args) ?? themeProblem(args) ?? screenProblem();
  if (problem) return failUsage(problem);
  // The ranges were checked by the command line (src/cli/number-options.ts).
  if (args.processes !== undefined || args.containers !== undefined) {
    const scale = { hostProcesses: args.processes ?? 1000, containers: args.containers ?? 50 };
    return launch(args, { scale });
  }
  const start = startingStateNamed(args.scenario);
  if (!start)
    return failUsage(
      `isolab: unknown scenario '${args.scenario}' (try: ${STARTING_STATES.map((s) => s.name).join(', ')})`,
    );
  return launch(args, { start: start.name });
}

export async function runDemo(args: DemoArgs): Promise<number> {
  // Loaded here: the scenario schema (zod) is for demos only, not for `isolab run`.
  const { resolveScenario } = await import('./scenario-source.js');
  if (args.scenario !== undefined && args.file === undefined)
    process.stderr.write(SCENARIO_ALIAS_WARNING);
  const source = resolveScenario(args.name, args.file ?? args.scenario);
  if (!source.ok) return failUsage(source.message);
  const scenario = source.scenario;
  const seed = args.seed ?? scenario.seed ?? 1;
  if (args.headless) {
    const { runHeadless } = await import('../demo/headless.js');
    const lang = resolveLang(args.lang, process.env);
    const result = runHeadless(scenario, { lang, seed, onLines: writeLines });
    // A narration that states what is not so is an error (issue 14: demos never say it).
    if (result.claimFailures.length === 0) return 0;
    const { claimFailureLines } = await import('../demo/claims/failure-text.js');
    const source = `scenario '${scenario.name}'`;
    for (const report of result.claimFailures)
      process.stderr.write(
        claimFailureLines(source, report, lang)
          .map((l) => `isolab: ${l}\n`)
          .join(''),
      );
    return 1;
  }
  const problem = snapshotProblem(args) ?? themeProblem(args) ?? screenProblem();
  if (problem) return failUsage(problem);
  return launch({ ...args, seed }, { start: scenario.start }, async (sim, clock, lang) => {
    const { createPlayerDriver } = await import('../ui/actions/player-driver.js');
    return createPlayerDriver({
      scenario,
      lang,
      clock,
      sim,
      seed,
      speed: args.speed,
      loop: args.loop,
      stepMode: args.step,
    });
  });
}

/** --snapshot's file is checked before anything else: a bad path is one clear line. */
const snapshotProblem = (args: ScreenArgs): string | null =>
  args.snapshot === undefined ? null : snapshotRefusal(args.snapshot, args.force === true);

/** A bad ISOLAB_THEME is said before anything else too (--theme's choices are yargs'). */
const themeProblem = (args: ScreenArgs): string | null => {
  const theme = themeWanted(args.theme, process.env);
  return theme.ok ? null : theme.message;
};

/**
 * The recording asked for (or null), opened before the screen is taken so that a bad path is
 * one clear line, not a broken screen; or the exit code when it cannot be.
 */
function openRecorder(args: ScreenArgs): CastRecorder | null | number {
  if (args.record === undefined) return null;
  const opened = CastRecorder.open(
    args.record,
    { width: process.stdout.columns ?? 80, height: process.stdout.rows ?? 24, title: 'isolab' },
    args.force === true,
  );
  if (opened.ok) return opened.recorder;
  failUsage(opened.message);
  return opened.exitCode;
}

/** Opens the dashboard (recording it when asked); resolves with its exit code. */
export async function launch(
  args: ScreenArgs,
  spec: SimSpec,
  demo?: DriverFactory,
  lesson?: LessonHost,
): Promise<number> {
  const theme = themeWanted(args.theme, process.env);
  if (!theme.ok) return failUsage(theme.message);
  const recorder = openRecorder(args);
  if (typeof recorder === 'number') return recorder;
  // chalk (under Ink) reads --no-color from argv and would then drop bold, dim and inverse
  // too, which carry the dashboard's cues without colour; the theme drops the colours.
  if (!args.color && process.env.FORCE_COLOR === undefined) process.env.FORCE_COLOR = '1';
  const untee = recorder ? teeInto(process.stdout, recorder) : () => undefined;
  let code: number | null = null;
  try {
    // React's production build, whatever NODE_ENV the shell (or a test runner) has: the
    // development build re-checks every render and is several times slower on a big host,
    // and React 19's records a performance measure for every component it renders, which
    // Node keeps — megabytes an hour on a dashboard that redraws every second.
    process.env.NODE_ENV = 'production';
    const {
      runDashboard,
      resolveLang: resolveUiLang,
      colorWanted,
    } = await import('../ui/run-dashboard.js');
    const { createSim } = await import('../sim/index.js');
    const { realClock } = await import('../sim/index.js');
    const lang = resolveUiLang(args.lang, process.env);
    const seed = args.seed ?? 1;
    const sim =
      'scale' in spec
        ? createSim({ seed, scale: spec.scale })
        : createSim({ seed, start: spec.start });
    const driver = demo ? await demo(sim, realClock, lang) : undefined;
    code = await runDashboard({
      sim,
      lang,
      color: colorWanted(args.color, process.env),
      theme: theme.name,
      mouse: args.mouse !== false,
      clock: realClock,
      ...(driver ? { demo: driver } : {}),
      snapshot: {
        write: snapshotWriter(args.snapshot, args.force === true),
        atExit: args.snapshot !== undefined,
      },
      ...(lesson ? { lesson } : {}),
      // A hook for the tests of the crash path (never documented, never evaluated).
      ...(process.env.ISOLAB_TEST_CRASH === 'render' ? { testCrash: 'render' as const } : {}),
    });
  } finally {
    untee();
    recorder?.close();
    if (code === HANG_UP_EXIT_CODE) endAsHungUp();
  }
  return recorder?.failure ? recordingFailed(args.record as string, recorder.failure, code) : code;
}

/** A write to the recording failed (a full disk): said on stderr, and the exit code is 1. */
function recordingFailed(path: string, why: string, code: number): number {
  failUsage(`isolab: the recording to '${path}' stopped: ${why}`);
  return code === 0 ? 1 : code;
}

/**
 * The terminal hung up (SIGHUP, or its input ended): everything is saved and the screen
 * left; end as SIGHUP ends a program. A normal exit would have Node put the terminal's
 * modes back, which on a terminal that has gone fails and aborts the process (Node 20's
 * ResetStdio asserts; nodejs/node#51519). Dying of the signal skips that; if it should
 * not arrive, the exit code still says the same (128 + 1).
 */
function endAsHungUp(): void {
  process.removeAllListeners('SIGHUP');
  process.kill(process.pid, 'SIGHUP');
}
