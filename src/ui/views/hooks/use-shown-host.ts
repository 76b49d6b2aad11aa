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
  return useUi((s) => {
    const reads = countersShown?.(s) === true;
    if (countersShown) readers.set(drawn, reads);
    const last = drawn.current;
    const keep =
      last !== null && (last === s.host || (hostShapeOf(last) === hostShapeOf(s.host) && !reads));
    if (!keep) drawn.current = s.host;
    return keep ? last : s.host;
  });
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
