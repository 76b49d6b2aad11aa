// Where each container sits in the containers array, by id and by name (case-insensitive,
// the first one made wins a shared key). An action makes a new array by appending one
// container or replacing one; rebuilding the index for each would make creating 2,000
// containers quadratic. So an array made that way shares its predecessor's index: a key
// maps to a position, a found container is checked against the key, and a key missing
// from the index is missing from every array sharing it (each array's keys were added).
// A check that fails (two successors of one state, each appending) falls back to a scan.
import type { Container } from './types.js';

export type ContainerKey = 'id' | 'name';

const keyOf = (kind: ContainerKey, c: Container): string =>
  (kind === 'id' ? c.containerId : c.name).toLowerCase();

const indexes: Record<ContainerKey, WeakMap<readonly Container[], Map<string, number>>> = {
  id: new WeakMap(),
  name: new WeakMap(),
};

function indexOf(kind: ContainerKey, containers: readonly Container[]): Map<string, number> {
  let index = indexes[kind].get(containers);
  if (index === undefined) {
    index = new Map();
    containers.forEach((c, i) => {
      const k = keyOf(kind, c);
      if (!index?.has(k)) index?.set(k, i);
    });
    indexes[kind].set(containers, index);
  }
  return index;
}

/** The first container whose id or name (lower-cased) is `key`. */
export function lookUpContainer(
  containers: readonly Container[],
  kind: ContainerKey,
  key: string,
): Container | undefined {
  const at = indexOf(kind, containers).get(key);
  if (at === undefined) return undefined;
  const found = containers[at];
  if (found !== undefined && keyOf(kind, found) === key) return found;
  return containers.find((c) => keyOf(kind, c) === key);
}

/** `next` is `previous` with `added` at its end. */
export function noteContainerAppended(
  next: readonly Container[],
  previous: readonly Container[],
  added: Container,
): void {
  for (const kind of ['id', 'name'] as const) {
    const index = indexes[kind].get(previous);
    if (index === undefined) continue;
    const k = keyOf(kind, added);
    if (!index.has(k)) index.set(k, next.length - 1);
    indexes[kind].set(next, index);
  }
}

/** `next` is `previous` with `before` replaced by `after` in its place. */
export function noteContainerReplaced(
  next: readonly Container[],
  previous: readonly Container[],
  before: Container,
  after: Container,
): void {
  for (const kind of ['id', 'name'] as const) {
    const index = indexes[kind].get(previous);
    if (index !== undefined && keyOf(kind, before) === keyOf(kind, after))
      indexes[kind].set(next, index);
  }
}
