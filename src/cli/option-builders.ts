// The options of each command, as yargs builders (main.ts wires them to their handlers).
import type { Argv } from 'yargs';
import { BUILTIN_SCENARIO_NAMES } from '../demo/builtin-names.js';

const COLOR = {
  type: 'boolean',
  default: true,
  describe: 'colours (--no-color, or NO_COLOR set, turns them off)',
} as const;
export const THEME = {
  type: 'string',
  choices: ['dark', 'light', 'high-contrast'],
  describe:
    'colours for the room: dark, light (a white background) or high-contrast (a projector); default ISOLAB_THEME or dark',
} as const;
export const MOUSE = {
  type: 'boolean',
  default: true,
  describe:
    'click to focus and select, wheel to scroll (--no-mouse leaves the mouse to the terminal)',
} as const;
const RECORD = {
  type: 'string',
  describe: 'write an asciicast v2 recording to this new file (a link is never followed)',
} as const;
const FORCE = {
  type: 'boolean',
  default: false,
  describe: 'let --record or --snapshot replace an existing file',
} as const;
const SNAPSHOT = {
  type: 'string',
  describe:
    'key p writes the screen as SVG to this new file (then FILE-2.svg…); at exit if p was not pressed',
} as const;
const SEED = {
  type: 'number',
  describe: 'seed for GUIDs, PIDs and counters (0 to 2147483647)',
} as const;

export const dashboardOptions = (y: Argv) =>
  y
    .option('color', COLOR)
    .option('theme', THEME)
    .option('mouse', MOUSE)
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
      describe: 'a big host: this many host processes, 0 to 100000 (with --containers)',
    })
    .option('containers', {
      type: 'number',
      describe: 'a big host: this many running containers, 0 to 2000, a third Hyper-V',
    })
    .option('seed', { ...SEED, default: 1 })
    .option('record', RECORD)
    .option('snapshot', SNAPSHOT)
    .option('force', FORCE);

export const demoOptions = (y: Argv) =>
  y
    .positional('name', {
      type: 'string',
      describe: `a built-in scenario: ${BUILTIN_SCENARIO_NAMES.join(', ')}`,
    })
    .option('file', {
      type: 'string',
      describe: "a scenario file (.json) in the built-ins' format",
    })
    // `--scenario` picks a starting state everywhere else; here it once named the file.
    .option('scenario', { type: 'string', hidden: true })
    .option('headless', {
      type: 'boolean',
      default: false,
      describe: 'print the transcript with its narration; no terminal needed',
    })
    .option('speed', {
      type: 'number',
      default: 1,
      describe: 'playback speed, 0.1 to 64 (1.5 = half again as fast)',
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
    .option('color', COLOR)
    .option('theme', THEME)
    .option('mouse', MOUSE)
    .option('seed', SEED)
    .option('record', RECORD)
    .option('snapshot', SNAPSHOT)
    .option('force', FORCE)
    .option('check', {
      type: 'string',
      describe: "check every narration's claims headless (a name or a .json file)",
    })
    .example('$0 demo', 'play the isolation demo')
    .example('$0 demo docker --speed 2', 'the docker demo, twice as fast')
    .example('$0 demo isolation --headless --lang ko', 'the transcript, narrated in Korean')
    .example('$0 demo --file my-demo.json', 'play a scenario file of your own');

export const runOptions = (y: Argv) =>
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
    .option('seed', { ...SEED, default: 1 })
    .option('width', {
      type: 'number',
      default: 120,
      describe: 'console width PowerShell formats for, 20 to 1000 columns',
    })
    .example('$0 run examples/isolation.ps1', "replay the seed's isolation demo")
    .example('$0 run -c "Get-Process csrss"', 'one command')
    .example('echo Get-Container | $0 run - --scenario lab', 'commands from standard input');
