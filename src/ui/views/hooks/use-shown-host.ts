// The model as a pane draws it. A clock tick renews the host state every second but moves
// only the clock and the counters (hostShapeOf); a pane that shows no counter keeps the
// state it last drew until something else changes, so an idle tick re-renders nothing.
import { useRef } from 'react';
import { hostShapeOf, type HostState } from '../../../sim/index.js';
import type { UiState } from '../../state/ui-state.js';
import { useUi } from './use-ui.js';

/**
 * The host state this pane last drew while only ticks happened since; the latest state
 * whenever `countersShown` says the pane shows (or sorts by) a counter.
 */
export function useShownHost(countersShown?: (s: UiState) => boolean): HostState {
  const drawn = useRef<HostState | null>(null);
  return useUi((s) => {
    const last = drawn.current;
    const keep =
      last !== null &&
      (last === s.host ||
        (hostShapeOf(last) === hostShapeOf(s.host) && countersShown?.(s) !== true));
    if (!keep) drawn.current = s.host;
    return keep ? last : s.host;
  });
}
