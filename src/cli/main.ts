// The `isolab` command line (docs/spec.md §2). The headless path (`run`, `scenarios`) never loads
// Ink or React: the dashboard is imported only when it is about to open.
import yargs, { type Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { readInput } from './input.js';
import { writeLines, failUsage } from './output.js';
import { firstNumberProblem } from './number-options.js';
import { dashboardOptions, demoOptions, runOptions } from './option-builders.js';
import { STARTING_STATES, startingStateNamed } from './starting-state.js';
import { packageVersion } from './version.js';
import { openDashboard, runDemo, type DashboardArgs, type DemoArgs } from './screen-commands.js';
import { BUILTIN_SCENARIO_NAMES } from '../demo/builtin-names.js';
import { showControls } from '../text/index.js';
import type { DemoCheckArgs } from './demo-check.js';
import { learnCommand } from './learn-command.js';

export { NO_TTY_MESSAGE } from './screen-commands.js';

interface RunArgs {
  readonly file?: string;
  readonly command?: readonly string[];
  readonly scenario: string;
  readonly seed: number;
  readonly width: number;
}

async function runCommand(args: RunArgs, argv: readonly string[]): Promise<number> {
  const problem = firstNumberProblem({ seed: args.seed, width: args.width }, argv);
  if (problem) return failUsage(`isolab run: ${problem}`);
  if (args.command !== undefined && args.command.length === 0)
    return failUsage('isolab run: -c needs a command, e.g. -c "Get-Process csrss"');
  const input = readInput(args.file, args.command);
  if (!input.ok) return failUsage(input.message);
  const start = startingStateNamed(args.scenario);
  if (!start)
    return failUsage(
      `isolab run: unknown scenario '${args.scenario}' (try: ${STARTING_STATES.map((s) => s.name).join(', ')})`,
    );
  const { createSim } = await import('../sim/index.js');
  const { Shell } = await import('../shell/index.js');
  const { runTranscript } = await import('./transcript.js');
  const sim = createSim({ seed: args.seed, start: start.name });
  const shell = new Shell({ sim, consoleWidth: args.width });
  const result = runTranscript(input.commands, { sim, shell, onLines: writeLines });
  return result.hadError ? 1 : 0;
}

async function listScenarios(): Promise<void> {
  const { builtinScenario } = await import('../demo/builtins.js');
  writeLines([
    'Starting states (isolab --scenario NAME, isolab run --scenario NAME):',
    ...STARTING_STATES.map((s) => `  ${s.name.padEnd(12)} ${s.description}`),
    '',
    'Demos (isolab demo NAME):',
    ...BUILTIN_SCENARIO_NAMES.map(
      (name) => `  ${name.padEnd(12)} ${builtinScenario(name)?.description.en ?? ''}`,
    ),
  ]);
}

/** The numbers a screen command was given, checked against their ranges first. */
function screenNumberProblem(args: Record<string, unknown>, argv: readonly string[]) {
  const { seed, speed, processes, containers } = args;
  return firstNumberProblem({ seed, speed, processes, containers }, argv);
}

function withCommands(parser: Argv, argv: readonly string[]): Argv {
  return parser
    .command(
      '$0',
      'open the interactive dashboard (the lab scenario)',
      dashboardOptions,
      async (args) => {
        const problem = screenNumberProblem(args, argv);
        process.exitCode = problem
          ? failUsage(`isolab: ${problem}`)
          : await openDashboard(args as unknown as DashboardArgs);
      },
    )
    .command(
      'demo [name]',
      'the dashboard playing a scenario, hands-free (default: isolation)',
      demoOptions,
      async (args) => {
        const problem = screenNumberProblem(args, argv);
        if (problem) {
          process.exitCode = failUsage(`isolab demo: ${problem}`);
          return;
        }
        if (args.check !== undefined) {
          const { runDemoCheck } = await import('./demo-check.js');
          process.exitCode = await runDemoCheck(args as unknown as DemoCheckArgs);
          return;
        }
        process.exitCode = await runDemo(args as unknown as DemoArgs);
      },
    )
    .command(
      'run [file]',
      'run PowerShell/docker commands headless and print the transcript',
      runOptions,
      async (args) => {
        const parsed = args as unknown as RunArgs;
        // yargs reads a lone `-` (standard input) as an empty string.
        const file = parsed.file === '' && argv.includes('-') ? '-' : parsed.file;
        process.exitCode = await runCommand(
          { ...parsed, ...(file === undefined ? {} : { file }) },
          argv,
        );
      },
    )
    .command(learnCommand)
    .command('scenarios', 'list the built-in scenarios', {}, listScenarios);
}

export function buildParser(argv: readonly string[]): Argv {
  const parser = yargs(argv)
    .scriptName('isolab')
    .usage(
      '$0 [command]\n\nA terminal lab that simulates a Windows container host: watch process isolation and Hyper-V isolation differ.',
    );
  return withCommands(parser, argv)
    .strict()
    .version(packageVersion())
    .help()
    .alias('help', 'h')
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((message, error) => {
      if (error) throw error;
      // One line: what was wrong (an unknown option is shown, never sent to the terminal).
      const line = showControls(message.replace(/\s*\n\s*/g, ' '));
      process.stderr.write(`isolab: ${line} (see 'isolab --help')\n`);
      process.exit(2);
    });
}

export async function main(argv: readonly string[] = hideBin(process.argv)): Promise<void> {
  await buildParser(argv).parseAsync();
}
