// What docker 1.10.0-dev prints after a wrong number of arguments: mflag's ParseFlags
// reports the error, then the command's ShortUsage (pkg/mflag/flag.go, cli/cli.go Subcmd at
// moby 59a341e): a blank line, `Usage:<TAB>docker VERB [OPTIONS] SYNOPSIS`, a blank line,
// and the description (cli/common.go; stop adds its SIGTERM line). The tab is shown as the
// console shows it, spaces to the next 8-column stop.
interface Usage {
  readonly synopsis: string;
  readonly description: string;
}

/** The verbs the lab simulates that check their argument count (api/client/*.go). */
const USAGE: Readonly<Record<string, Usage>> = {
  commit: {
    synopsis: 'CONTAINER [REPOSITORY[:TAG]]',
    description: "Create a new image from a container's changes",
  },
  exec: {
    synopsis: 'CONTAINER COMMAND [ARG...]',
    description: 'Run a command in a running container',
  },
  history: { synopsis: 'IMAGE', description: 'Show the history of an image' },
  images: { synopsis: '[REPOSITORY[:TAG]]', description: 'List images' },
  inspect: {
    synopsis: 'CONTAINER|IMAGE [CONTAINER|IMAGE...]',
    description: 'Return low-level information on a container or image',
  },
  logs: { synopsis: 'CONTAINER', description: 'Fetch the logs of a container' },
  ps: { synopsis: '', description: 'List containers' },
  rm: { synopsis: 'CONTAINER [CONTAINER...]', description: 'Remove one or more containers' },
  rmi: { synopsis: 'IMAGE [IMAGE...]', description: 'Remove one or more images' },
  run: { synopsis: 'IMAGE [COMMAND] [ARG...]', description: 'Run a command in a new container' },
  start: {
    synopsis: 'CONTAINER [CONTAINER...]',
    description: 'Start one or more stopped containers',
  },
  stop: {
    synopsis: 'CONTAINER [CONTAINER...]',
    description: 'Stop a running container.\nSending SIGTERM and then SIGKILL after a grace period',
  },
  tag: {
    synopsis: 'IMAGE[:TAG] [REGISTRYHOST/][USERNAME/]NAME[:TAG]',
    description: 'Tag an image into a repository',
  },
  top: {
    synopsis: 'CONTAINER [ps OPTIONS]',
    description: 'Display the running processes of a container',
  },
};

/** mflag's CheckArgs message: `docker: "stop" requires a minimum of 1 argument.` */
const ARGUMENT_COUNT = /^docker: "([a-z]+)" requires .*arguments?\.$/;

/** The ShortUsage lines that follow an argument-count error, or none for any other error. */
export function shortUsageAfter(message: string): string[] {
  const verb = ARGUMENT_COUNT.exec(message)?.[1];
  const usage = verb === undefined ? undefined : USAGE[verb];
  if (usage === undefined) return [];
  // Every verb here has flags, so ShortUsage names [OPTIONS]; `Usage:` + TAB is 8 columns.
  return ['', ...(verbHelp(verb ?? '') ?? []).slice(0, 2 + usage.description.split('\n').length)];
}

/**
 * docker ps's flags as `docker ps --help` lists them (mflag's PrintDefaults: every name, its
 * default after `=`, the usage text; api/client/ps.go at 59a341e). The other verbs' lists
 * are not in the lab (docs/fidelity-notes.md Q13).
 */
const FLAG_LISTS: Readonly<Record<string, readonly string[]>> = {
  ps: [
    '  -a, --all=false       Show all containers (default shows just running)',
    '  -f, --filter=[]       Filter output based on conditions provided',
    '  --format=             Pretty-print containers using a Go template',
    '  --help=false          Print usage',
    '  -l, --latest=false    Show the latest created container (includes all states)',
    '  -n=-1                 Show n last created containers (includes all states)',
    "  --no-trunc=false      Don't truncate output",
    '  -q, --quiet=false     Only display numeric IDs',
    '  -s, --size=false      Display total file sizes',
  ],
};

/** Whether `--help` comes among a verb's flags (before its first argument). */
export function asksForHelp(argv: readonly string[]): boolean {
  for (const word of argv) {
    if (word === '--help' || word === '-help') return true;
    if (!word.startsWith('-') || word === '--') return false;
  }
  return false;
}

/** `docker VERB --help`: its usage line, its description and, where the lab has it, its flags. */
export function verbHelp(verb: string): string[] | null {
  const usage = USAGE[verb];
  if (usage === undefined) return null;
  const flags = FLAG_LISTS[verb];
  return [
    `Usage:  docker ${verb} [OPTIONS]${usage.synopsis === '' ? '' : ` ${usage.synopsis}`}`,
    '',
    ...usage.description.split('\n'),
    ...(flags === undefined ? [] : ['', ...flags]),
  ];
}
