// The model as a pane draws it. A clock tick renews the host state every second but moves
// only the clock and the counters (hostShapeOf); a pane that shows no counter keeps the
// state it last drew until something else changes, so an idle tick re-renders nothing.
// A pane that does show one says so to the store's clock (clock-readers.ts): while no pane
// does, the ticks wait and the model is not drifted at all.
import { useEffect, useRef } from 'react';
import { hostShapeOf, type HostState } from '../../../sim/index.js';
import { clockReadersOf } from '../../state/clock-readers.js';
import type { UiState } from '../../state/ui-state.js';
import { useDashboard, useUi } from './use-ui.js';

/**
 * The host state this pane last drew while only ticks happened since; the latest state
 * whenever `countersShown` says the pane shows (or sorts by) a counter.
 */
export function useShownHost(countersShown?: (s: UiState) => boolean): HostState {
  const drawn = useRef<HostState | null>(null);
  const readers = clockReadersOf(useDashboard().store);
  useEffect(() => () => readers.remove(drawn), [readers]);
  const asked = useRef<Asked | null>(null);
  return useUi((s) => {
    const reads = countersShown !== undefined && readsCounters(asked, countersShown, s);
    if (countersShown) readers.set(drawn, reads);
    const last = drawn.current;
    const keep =
      last !== null && (last === s.host || (hostShapeOf(last) === hostShapeOf(s.host) && !reads));
    if (!keep) drawn.current = s.host;
    return keep ? last : s.host;
  });
}

interface Asked {
  readonly countersShown: (s: UiState) => boolean;
  readonly sort: UiState['sort'];
  readonly shape: object;
  readonly selected: string | null;
  readonly reads: boolean;
}

/**
 * `countersShown(s)`, asked again only when what it reads changed (the sort, the host's
 * shape, the selected container; the pane's width and words are in the function itself):
 * the selector runs on every change of the store, a key's included.
 */
function readsCounters(
  asked: { current: Asked | null },
  countersShown: (s: UiState) => boolean,
  s: UiState,
): boolean {
  const shape = hostShapeOf(s.host);
  const last = asked.current;
  if (
    last !== null &&
    last.countersShown === countersShown &&
    last.sort === s.sort &&
    last.shape === shape &&
    last.selected === s.selectedContainerId
  )
    return last.reads;
  const reads = countersShown(s);
  asked.current = { countersShown, sort: s.sort, shape, selected: s.selectedContainerId, reads };
  return reads;
}

/** A view that reads the clock all the time it is on screen (the details view's uptime). */
export function useClockReader(): void {
  const readers = clockReadersOf(useDashboard().store);
  useEffect(() => {
    const reader = {};
    readers.set(reader, true);
    return () => readers.remove(reader);
  }, [readers]);
}
