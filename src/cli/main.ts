// The `isolab` command line (SPEC §2). The headless path (`run`, `scenarios`) never loads
// Ink or React: the dashboard is imported only when it is about to open.
import yargs, { type Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { readInput } from './input.js';
import { writeLines, failUsage } from './output.js';
import { STARTING_STATES, startingStateNamed } from './starting-state.js';
import { packageVersion } from './version.js';

export const NO_TTY_MESSAGE =
  'isolab: the dashboard needs an interactive terminal; for a transcript without one, use `isolab run` (see `isolab run --help`).';

interface RunArgs {
  readonly file?: string;
  readonly command?: readonly string[];
  readonly scenario: string;
  readonly seed: number;
  readonly width: number;
}

async function runCommand(args: RunArgs): Promise<number> {
  const input = readInput(args.file, args.command);
  if (!input.ok) return failUsage(input.message);
  const start = startingStateNamed(args.scenario);
  if (!start) return failUsage(`isolab run: unknown scenario '${args.scenario}' (try: ${STARTING_STATES.map((s) => s.name).join(', ')})`);
  const { createSim } = await import('../sim/index.js');
  const { Shell } = await import('../shell/index.js');
  const { runTranscript } = await import('./transcript.js');
  const sim = createSim({ seed: args.seed, start: start.name });
  const shell = new Shell({ sim, consoleWidth: args.width });
  const result = runTranscript(input.commands, { sim, shell, onLines: writeLines });
  return result.hadError ? 1 : 0;
}

function dashboardUnavailable(): number {
  process.stderr.write(`${NO_TTY_MESSAGE}\n`);
  return 2;
}

export function buildParser(argv: readonly string[]): Argv {
  return yargs(argv)
    .scriptName('isolab')
    .usage('$0 [command]\n\nA terminal lab that simulates a Windows container host: watch process isolation and Hyper-V isolation differ.')
    .command('$0', 'open the interactive dashboard (the lab scenario)', {}, () => {
      process.exitCode = dashboardUnavailable();
    })
    .command(
      'run [file]',
      'run PowerShell/docker commands headless and print the transcript',
      (y) =>
        y
          .positional('file', { type: 'string', describe: 'a script, one command per line (# comments); - for standard input' })
          .option('command', { alias: 'c', type: 'string', array: true, describe: 'a command to run (repeatable)' })
          .option('scenario', { type: 'string', default: 'host', describe: 'starting state: host or lab' })
          .option('seed', { type: 'number', default: 1, describe: 'seed for GUIDs, PIDs and counters' })
          .option('width', { type: 'number', default: 120, describe: 'console width PowerShell formats for' })
          .example('$0 run examples/isolation.ps1', 'replay the seed\'s isolation demo')
          .example('$0 run -c "Get-Process csrss"', 'one command')
          .example('echo Get-Container | $0 run - --scenario lab', 'commands from standard input'),
      async (args) => {
        process.exitCode = await runCommand(args as unknown as RunArgs);
      },
    )
    .command('scenarios', 'list the built-in scenarios', {}, () => {
      writeLines(STARTING_STATES.map((s) => `${s.name.padEnd(12)} ${s.description}`));
    })
    .strict()
    .version(packageVersion())
    .help()
    .alias('help', 'h')
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((message, error, y) => {
      if (error) throw error;
      process.stderr.write(`isolab: ${message}\n\n`);
      void y;
      process.stderr.write("Run 'isolab --help' for usage.\n");
      process.exit(2);
    });
}

export async function main(argv: readonly string[] = hideBin(process.argv)): Promise<void> {
  await buildParser(argv).parseAsync();
}
