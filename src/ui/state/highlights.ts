// Rows that just appeared or vanished stay marked for a few seconds (docs/spec.md §5). The model's
// event log says what changed; this keeps a bounded, time-limited view of it, with the
// vanished processes kept as "ghost" rows so the eye can see what went away.
import { eventsAfter, findContainerById, processKey } from '../../sim/index.js';
import type { HostState, ProcessRef } from '../../sim/index.js';

export const HIGHLIGHT_MS = 4000;
const MAX_APPEARED = 400;
const MAX_VANISHED = 200;

export interface Ghost {
  readonly key: string;
  readonly ref: ProcessRef;
  /** The container's name when it vanished (for its tag), and whether it was its vmwp. */
  readonly containerName: string | null;
  readonly until: number;
}

export interface Highlights {
  /** processKey → time the mark ends. */
  readonly appeared: ReadonlyMap<string, number>;
  readonly vanished: readonly Ghost[];
  /** The newest event already taken in. */
  readonly lastSeq: number;
}

const newestSeq = (state: HostState): number => state.events[state.events.length - 1]?.seq ?? -1;

/** Starting point: what happened before the dashboard opened is not news. */
export function initialHighlights(state: HostState): Highlights {
  return { appeared: new Map(), vanished: [], lastSeq: newestSeq(state) };
}

/** Takes in the events newer than the last one seen; the same object when there are none. */
export function absorbEvents(h: Highlights, state: HostState, now: number): Highlights {
  const newest = newestSeq(state);
  if (newest === h.lastSeq) return h;
  // A different history (the demo restarted the model): start over from here.
  if (newest < h.lastSeq) return initialHighlights(state);
  const appeared = new Map(h.appeared);
  // Ghosts by key, in the order they vanished: a process that comes back (a pid reused)
  // is live again, one that vanishes again moves to the end. Linear in the events taken in.
  const ghosts = new Map(h.vanished.map((g) => [g.key, g]));
  const until = now + HIGHLIGHT_MS;
  let touched = false;
  for (const event of eventsAfter(state, h.lastSeq)) {
    if (event.appeared.length > 0 || event.vanished.length > 0) touched = true;
    for (const ref of event.appeared) {
      const key = processKey(ref);
      appeared.set(key, until);
      ghosts.delete(key);
    }
    for (const ref of event.vanished) {
      const key = processKey(ref);
      appeared.delete(key);
      const container =
        ref.containerId === null ? undefined : findContainerById(state, ref.containerId);
      ghosts.delete(key);
      ghosts.set(key, { key, ref, containerName: container?.name ?? null, until });
    }
  }
  let vanished = [...ghosts.values()];
  while (appeared.size > MAX_APPEARED) appeared.delete(appeared.keys().next().value as string);
  if (vanished.length > MAX_VANISHED) vanished = vanished.slice(-MAX_VANISHED);
  // Events that moved no process (a rename, a runtime toggle) keep the marks as they were:
  // the process lists key on them and need not be rebuilt.
  if (!touched) return { ...h, lastSeq: newest };
  return { appeared, vanished, lastSeq: newest };
}

/** Drops the marks whose time is up; the same object when none is. */
export function pruneHighlights(h: Highlights, now: number): Highlights {
  let expired = false;
  for (const until of h.appeared.values()) if (until <= now) expired = true;
  if (!expired && !h.vanished.some((g) => g.until <= now)) return h;
  const appeared = new Map([...h.appeared].filter(([, until]) => until > now));
  return { ...h, appeared, vanished: h.vanished.filter((g) => g.until > now) };
}
