// `docker ps -f KEY=VALUE` (and --since, --before) as docker 1.10's daemon reads them
// (daemon/list.go foldFilter and includeContainerInList at moby 59a341e; the keys and
// values in man/docker-ps.1.md; docs/fidelity-notes.md Q13). name and id are regular
// expressions matched anywhere in `/name` and the full id — Go's regexp is RE2, and so is
// the lab's (runtime/regex.ts): no pattern can hang the console, and one that does not
// compile matches nothing, as docker skips it.
import {
  findDockerContainer,
  parentImage,
  resolveImage,
  type Container,
  type HostState,
} from '../../sim/index.js';
import { regexTest } from '../runtime/regex.js';
import { daemonLine } from './docker-result.js';

const KEYS = ['ancestor', 'before', 'exited', 'id', 'label', 'name', 'since', 'status'];
/** container.State.StateString()'s values (container/state.go IsValidStateString). */
const STATES = ['created', 'restarting', 'running', 'paused', 'exited', 'dead'];

export interface PsQuery {
  /** Stopped containers too: -a, a status filter, a limit, --since or --before. */
  readonly all: boolean;
  /** Keeps a container (newest first) or stops the listing at it. */
  readonly verdict: (c: Container) => 'keep' | 'skip' | 'stop';
}

const matchesAny = (patterns: readonly string[] | undefined, text: string): boolean => {
  if (patterns === undefined || patterns.length === 0) return true;
  return patterns.some((pattern) => {
    try {
      return regexTest(pattern, text, true);
    } catch {
      return false;
    }
  });
};

/** The images a container may come from for ancestor=…: each named image and its children. */
function fromAncestors(state: HostState, refs: readonly string[]): (c: Container) => boolean {
  const ancestors = new Set<string>();
  for (const ref of refs) {
    const image = resolveImage(state, ref, 'docker');
    if (image !== undefined) ancestors.add(image.dockerImageId);
  }
  return (c) => {
    let image = state.images.find((i) => i.dockerImageId === c.imageId) ?? null;
    while (image !== null) {
      if (ancestors.has(image.dockerImageId)) return true;
      image = parentImage(state, image);
    }
    return false;
  };
}

type Refusal = { readonly ok: false; readonly line: string };
const refuse = (message: string): Refusal => ({ ok: false, line: daemonLine(message) });

/** The daemon's checks of the filters' values, or the containers --since/--before name. */
function checkValues(
  state: HostState,
  filters: ReadonlyMap<string, readonly string[]>,
): Refusal | { ok: true; since: Container | null; before: Container | null; exited: number[] } {
  const unknown = [...filters.keys()].find((key) => !KEYS.includes(key));
  if (unknown !== undefined) return refuse(`Invalid filter '${unknown}'`);
  const badState = (filters.get('status') ?? []).find((s) => !STATES.includes(s));
  if (badState !== undefined) return refuse(`Unrecognised filter value for status: ${badState}`);
  const exited: number[] = [];
  for (const value of filters.get('exited') ?? []) {
    if (!/^[+-]?\d+$/.test(value))
      return refuse(`strconv.ParseInt: parsing ${JSON.stringify(value)}: invalid syntax`);
    exited.push(Number(value));
  }
  const container = (key: string): Container | null | Refusal => {
    const ref = filters.get(key)?.at(-1);
    if (ref === undefined) return null;
    return findDockerContainer(state, ref) ?? refuse(`No such container: ${ref}`);
  };
  const since = container('since');
  const before = container('before');
  if (since !== null && 'ok' in since) return since;
  if (before !== null && 'ok' in before) return before;
  return { ok: true, since, before, exited };
}

/** The listing the filters, -a and a limit ask for, or the daemon's refusal. */
export function psQuery(
  state: HostState,
  filters: ReadonlyMap<string, readonly string[]>,
  options: { readonly all: boolean; readonly limited: boolean },
): PsQuery | Refusal {
  const checked = checkValues(state, filters);
  if (!checked.ok) return checked;
  const { since, exited } = checked;
  let before = checked.before;
  const statuses = filters.get('status') ?? [];
  const all = options.all || statuses.length > 0;
  const ancestor = filters.has('ancestor') ? fromAncestors(state, filters.get('ancestor')!) : null;
  const stateOf = (c: Container) => (c.state === 'Running' ? 'running' : 'exited');
  const verdict = (c: Container): 'keep' | 'skip' | 'stop' => {
    if (c.state !== 'Running' && !all && !options.limited && !before && !since) return 'skip';
    if (!matchesAny(filters.get('name'), `/${c.name}`)) return 'skip';
    if (!matchesAny(filters.get('id'), c.dockerId ?? '')) return 'skip';
    // The lab's containers carry no labels: a label filter keeps none (MatchKVList).
    if ((filters.get('label') ?? []).length > 0) return 'skip';
    if (before !== null) {
      if (c.containerId === before.containerId) before = null;
      return 'skip';
    }
    if (since !== null && c.containerId === since.containerId) return 'stop';
    // Every container the lab stops exits with code 0.
    if (exited.length > 0 && (c.state === 'Running' || !exited.includes(0))) return 'skip';
    if (statuses.length > 0 && !statuses.includes(stateOf(c))) return 'skip';
    if (ancestor !== null && !ancestor(c)) return 'skip';
    return 'keep';
  };
  return { all, verdict };
}
