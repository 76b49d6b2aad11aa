// What a pane's query keeps: csrss-only's csrss and vmwp, and a typed filter matching the
// name, the start of the PID or the owning container's name. One rule for the list made
// in full (list-build.ts) and for a pending list's positions, which apply it per name and
// per container once instead of per process (issue 16: a filter key at 10,000 processes).
import type { SimProcess } from '../../sim/index.js';
import type { ListQuery } from './list-entry.js';

export type Keep = (
  lower: string,
  pid: number,
  containerId: string | null,
  ghostName: string | null,
) => boolean;

/** The typed filter's three matches (every one true for an empty filter). */
interface FilterMatch {
  readonly empty: boolean;
  /** `lower`: the name in lower case. */
  name(lower: string): boolean;
  pid(pid: number): boolean;
  owner(name: string | null): boolean;
}

/**
 * `String(pid).startsWith(needle)` without making the string: a filter at XL tests 50,000
 * PIDs per key, and their strings were most of its garbage (a CPU profile of `/` then a
 * letter: the collector's share as large as the filter's own). An empty needle matches
 * every PID; one that is not digits none; one with a leading zero only PID 0; otherwise
 * the PID's leading digits are the needle when dropping its last digits reaches it.
 */
export function pidStartsWith(needle: string): (pid: number) => boolean {
  if (needle === '') return () => true;
  if (!/^[0-9]{1,15}$/.test(needle)) {
    if (/^[0-9]+$/.test(needle)) return (pid) => String(pid).startsWith(needle);
    return () => false;
  }
  if (needle.startsWith('0')) return (pid) => needle === '0' && pid === 0;
  const n = Number(needle);
  return (pid) => {
    if (!Number.isSafeInteger(pid) || pid < 0) return String(pid).startsWith(needle);
    let q = pid;
    while (q > n) q = Math.floor(q / 10);
    return q === n;
  };
}

function filterMatch(query: ListQuery): FilterMatch {
  const needle = query.filter.trim().toLowerCase();
  return {
    empty: needle === '',
    name: (lower) => lower.includes(needle),
    pid: pidStartsWith(needle),
    owner: (name) => name !== null && name.toLowerCase().includes(needle),
  };
}

/** `lower`: the name in lower case; `ghostName`: a ghost's container name when it went. */
export function listFilter(
  query: ListQuery,
  containerName: (containerId: string) => string | null,
): Keep {
  const match = filterMatch(query);
  return (lower, pid, containerId, ghostName) => {
    if (query.csrssOnly && lower !== 'csrss' && lower !== 'vmwp') return false;
    if (match.empty || match.name(lower) || match.pid(pid)) return true;
    return containerId !== null && match.owner(containerName(containerId) ?? ghostName);
  };
}

/**
 * The positions (in their order) whose processes `query`'s typed filter keeps: a name's
 * match found once per spelling, an owner's once per container.
 */
export function filterPositions(
  processes: readonly SimProcess[],
  positions: Uint32Array,
  query: ListQuery,
  containerName: (containerId: string) => string | null,
): Uint32Array {
  const match = filterMatch(query);
  if (match.empty) return positions;
  const names = new Map<string, boolean>();
  const owners = new Map<string, boolean>();
  const out = new Uint32Array(positions.length);
  let k = 0;
  // In a list by name the same name comes in runs: the last one's answer, without a lookup.
  let lastName: string | null = null;
  let lastHit = false;
  for (let i = 0; i < positions.length; i++) {
    const at = positions[i] as number;
    const p = processes[at] as SimProcess;
    let hit: boolean | undefined = p.name === lastName ? lastHit : names.get(p.name);
    if (hit === undefined) names.set(p.name, (hit = match.name(p.name.toLowerCase())));
    lastName = p.name;
    lastHit = hit;
    if (!hit) hit = match.pid(p.pid);
    if (!hit && p.containerId !== null) {
      let owned = owners.get(p.containerId);
      if (owned === undefined)
        owners.set(p.containerId, (owned = match.owner(containerName(p.containerId))));
      hit = owned;
    }
    if (hit) out[k++] = at;
  }
  return out.subarray(0, k);
}
