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

/** `lower`: the name in lower case; `ghostName`: a ghost's container name when it went. */
export function listFilter(
  query: ListQuery,
  containerName: (containerId: string) => string | null,
): Keep {
  const needle = query.filter.trim().toLowerCase();
  return (lower, pid, containerId, ghostName) => {
    if (query.csrssOnly && lower !== 'csrss' && lower !== 'vmwp') return false;
    if (needle === '') return true;
    if (lower.includes(needle) || String(pid).startsWith(needle)) return true;
    const owner = containerId === null ? null : (containerName(containerId) ?? ghostName);
    return owner !== null && owner.toLowerCase().includes(needle);
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
  const needle = query.filter.trim().toLowerCase();
  if (needle === '') return positions;
  const names = new Map<string, boolean>();
  const owners = new Map<string, boolean>();
  const out = new Uint32Array(positions.length);
  let k = 0;
  for (let i = 0; i < positions.length; i++) {
    const at = positions[i] as number;
    const p = processes[at] as SimProcess;
    let hit = names.get(p.name);
    if (hit === undefined) names.set(p.name, (hit = p.name.toLowerCase().includes(needle)));
    if (!hit) hit = String(p.pid).startsWith(needle);
    if (!hit && p.containerId !== null) {
      let owned = owners.get(p.containerId);
      if (owned === undefined) {
        const owner = containerName(p.containerId);
        owned = owner !== null && owner.toLowerCase().includes(needle);
        owners.set(p.containerId, owned);
      }
      hit = owned;
    }
    if (hit) out[k++] = at;
  }
  return out.subarray(0, k);
}
