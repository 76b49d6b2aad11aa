// The `isolab` command line (docs/spec.md §2). The headless path (`run`, `scenarios`) never loads
// Ink or React: the dashboard is imported only when it is about to open.
import yargs, { type Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { readInput } from './input.js';
import { writeLines, failUsage } from './output.js';
import { STARTING_STATES, startingStateNamed } from './starting-state.js';
import { packageVersion } from './version.js';
import { openDashboard, runDemo, type DashboardArgs, type DemoArgs } from './screen-commands.js';
import { BUILTIN_SCENARIO_NAMES } from '../demo/builtin-names.js';
import type { DemoCheckArgs } from './demo-check.js';
import { learnCommand } from './learn-command.js';

export { NO_TTY_MESSAGE } from './screen-commands.js';

interface RunArgs {
  readonly file?: string;
  readonly command?: readonly string[];
  readonly scenario: string;
  readonly seed: number;
  readonly width: number;
  /** As typed, for messages (yargs turns `--seed abc` into NaN). */
  readonly rawSeed?: unknown;
  readonly rawWidth?: unknown;
}

/** The word after an option in argv, as typed (`--seed abc`, `--seed=abc`). */
function typedValue(argv: readonly string[], option: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (word === option) return argv[i + 1];
    if (word.startsWith(`${option}=`)) return word.slice(option.length + 1);
  }
  return undefined;
}

async function runCommand(args: RunArgs): Promise<number> {
  if (!Number.isSafeInteger(args.seed))
    return failUsage(`isolab run: --seed needs a whole number, not '${String(args.rawSeed)}'`);
  if (!Number.isSafeInteger(args.width) || args.width < 20)
    return failUsage(
      `isolab run: --width needs a whole number of columns (at least 20), not '${String(args.rawWidth)}'`,
    );
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

export function buildParser(argv: readonly string[]): Argv {
  return yargs(argv)
    .scriptName('isolab')
    .usage(
      '$0 [command]\n\nA terminal lab that simulates a Windows container host: watch process isolation and Hyper-V isolation differ.',
    )
    .command(
      '$0',
      'open the interactive dashboard (the lab scenario)',
      (y) =>
        y
          .option('color', {
            type: 'boolean',
            default: true,
            describe: 'colours (--no-color, or NO_COLOR set, turns them off)',
          })
          .option('lang', {
            type: 'string',
            choices: ['en', 'ko'],
            describe: 'language of the dashboard (default: from LC_ALL/LANG, ko* → ko)',
          })
          .option('scenario', {
            type: 'string',
            default: 'lab',
            describe: 'starting state: host, lab or stress',
          })
          .option('processes', {
            type: 'number',
            describe: 'a big host: this many host processes (with --containers)',
          })
          .option('containers', {
            type: 'number',
            describe: 'a big host: this many running containers, a third Hyper-V',
          })
          .option('seed', {
            type: 'number',
            default: 1,
            describe: 'seed for GUIDs, PIDs and counters',
          })
          .option('record', {
            type: 'string',
            describe: 'write an asciicast v2 recording to this file',
          }),
      async (args) => {
        process.exitCode = await openDashboard(args as unknown as DashboardArgs);
      },
    )
    .command(
      'demo [name]',
      'the dashboard playing a scenario, hands-free (default: isolation)',
      (y) =>
        y
          .positional('name', {
            type: 'string',
            describe: `a built-in scenario: ${BUILTIN_SCENARIO_NAMES.join(', ')}`,
          })
          .option('scenario', {
            type: 'string',
            describe: "a scenario file (.json) in the built-ins' format",
          })
          .option('headless', {
            type: 'boolean',
            default: false,
            describe: 'print the transcript with its narration; no terminal needed',
          })
          .option('speed', {
            type: 'number',
            default: 1,
            describe: 'playback speed (1.5 = half again as fast)',
          })
          .option('loop', {
            type: 'boolean',
            default: false,
            describe: 'start again at the end (kiosk use)',
          })
          .option('step', { type: 'boolean', default: false, describe: 'wait for . at each step' })
          .option('lang', {
            type: 'string',
            choices: ['en', 'ko'],
            describe: 'language of the narration and the dashboard (default: from LC_ALL/LANG)',
          })
          .option('color', {
            type: 'boolean',
            default: true,
            describe: 'colours (--no-color, or NO_COLOR set, turns them off)',
          })
          .option('seed', { type: 'number', describe: 'seed for GUIDs, PIDs and counters' })
          .option('record', {
            type: 'string',
            describe: 'write an asciicast v2 recording to this file',
          })
          .option('check', {
            type: 'string',
            describe: "check every narration's claims headless (a name or a .json file)",
          })
          .example('$0 demo', 'play the isolation demo')
          .example('$0 demo docker --speed 2', 'the docker demo, twice as fast')
          .example('$0 demo isolation --headless --lang ko', 'the transcript, narrated in Korean'),
      async (args) => {
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
      (y) =>
        y
          .positional('file', {
            type: 'string',
            describe: 'a script, one command per line (# comments); - for standard input',
          })
          .option('command', {
            alias: 'c',
            type: 'string',
            array: true,
            describe: 'a command to run (repeatable)',
          })
          .option('scenario', {
            type: 'string',
            default: 'host',
            describe: 'starting state: host or lab',
          })
          .option('seed', {
            type: 'number',
            default: 1,
            describe: 'seed for GUIDs, PIDs and counters',
          })
          .option('width', {
            type: 'number',
            default: 120,
            describe: 'console width PowerShell formats for',
          })
          .example('$0 run examples/isolation.ps1', "replay the seed's isolation demo")
          .example('$0 run -c "Get-Process csrss"', 'one command')
          .example('echo Get-Container | $0 run - --scenario lab', 'commands from standard input'),
      async (args) => {
        const parsed = args as unknown as RunArgs;
        // yargs reads a lone `-` (standard input) as an empty string.
        const file = parsed.file === '' && argv.includes('-') ? '-' : parsed.file;
        process.exitCode = await runCommand({
          ...parsed,
          ...(file === undefined ? {} : { file }),
          rawSeed: typedValue(argv, '--seed'),
          rawWidth: typedValue(argv, '--width'),
        });
      },
    )
    .command(learnCommand)
    .command('scenarios', 'list the built-in scenarios', {}, async () => {
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
    })
    .strict()
    .version(packageVersion())
    .help()
    .alias('help', 'h')
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((message, error) => {
      if (error) throw error;
      // One line: what was wrong, and where to look.
      process.stderr.write(`isolab: ${message.replace(/\s*\n\s*/g, ' ')} (see 'isolab --help')\n`);
      process.exit(2);
    });
}

export async function main(argv: readonly string[] = hideBin(process.argv)): Promise<void> {
  await buildParser(argv).parseAsync();
}
