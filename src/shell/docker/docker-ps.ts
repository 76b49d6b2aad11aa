// `docker ps` as the docker 1.10 client asks and the daemon answers (api/client/ps.go,
// daemon/list.go at moby 59a341e; docs/fidelity-notes.md Q13): -a, -q, --no-trunc, -l,
// -n N, -s, -f KEY=VALUE (repeatable), --since, --before and --format TEMPLATE. Newest
// first; a limit (-n, -l), --since and --before list stopped containers too.
import type { Sim } from '../../sim/index.js';
import { parseFilterFlags, parseFlags } from './docker-args.js';
import { psQuery } from './docker-ps-filters.js';
import { DEFAULT_PS_FORMAT, formatPs } from './docker-ps-format.js';
import { flagError, usageError, type DockerResult } from './docker-result.js';

const PS_FLAGS = [
  { names: ['a', 'all'], takesValue: false },
  { names: ['q', 'quiet'], takesValue: false },
  { names: ['no-trunc'], takesValue: false },
  { names: ['l', 'latest'], takesValue: false },
  { names: ['s', 'size'], takesValue: false },
  { names: ['n'], takesValue: true },
  { names: ['f', 'filter'], takesValue: true },
  { names: ['format'], takesValue: true },
  { names: ['since'], takesValue: true },
  { names: ['before'], takesValue: true },
];

/** -n as mflag's Int reads it: -1 (no limit) unless given; a non-number is a flag error. */
function limitOf(values: ReadonlyMap<string, string>, latest: boolean): number | string {
  const typed = values.get('n');
  if (typed === undefined) return latest ? 1 : -1;
  if (!/^[+-]?\d+$/.test(typed))
    return `invalid value ${JSON.stringify(typed)} for flag -n: strconv.ParseInt: parsing ${JSON.stringify(typed)}: invalid syntax`;
  const n = Number(typed);
  return n === -1 && latest ? 1 : n;
}

export function dockerPs(sim: Sim, argv: readonly string[]): DockerResult {
  const parsed = parseFlags(argv, PS_FLAGS, false);
  if (!parsed.ok) return flagError(parsed.message, 'ps');
  const { booleans, values, lists, positionals } = parsed.flags;
  if (positionals.length > 0) return usageError('docker: "ps" requires 0 arguments.', 'ps', 1);
  const limit = limitOf(values, booleans.has('l'));
  if (typeof limit === 'string') return flagError(limit, 'ps');
  const typedFilters = parseFilterFlags(lists.get('f') ?? []);
  if (!typedFilters.ok) return { lines: [typedFilters.line], exitCode: 1 };
  const filters = new Map(typedFilters.filters);
  for (const key of ['since', 'before']) {
    const ref = values.get(key);
    if (ref !== undefined) filters.set(key, [ref]);
  }
  const state = sim.getState();
  const query = psQuery(state, filters, { all: booleans.has('a'), limited: limit > 0 });
  if ('ok' in query) return { lines: [query.line], exitCode: 1 };
  const newestFirst = state.containers
    .filter((c) => c.owner === 'docker')
    .sort((a, b) => b.createdAt - a.createdAt);
  const shown = [];
  for (const c of newestFirst) {
    if (limit > 0 && shown.length === limit) break;
    const verdict = query.verdict(c);
    if (verdict === 'stop') break;
    if (verdict === 'keep') shown.push(c);
  }
  const quiet = booleans.has('q');
  const typedFormat = values.get('format');
  const format = typedFormat ?? (quiet ? '{{.ID}}' : DEFAULT_PS_FORMAT);
  const lines = formatPs(state, shown, format, {
    trunc: !booleans.has('no-trunc'),
    size: booleans.has('s'),
  });
  return { lines, exitCode: 0 };
}
