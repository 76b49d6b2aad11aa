// The simulation clock: one tick a second through the injected Clock (a fake one in
// tests). The timer lives exactly as long as the dashboard is mounted.
import { useEffect } from 'react';
import { TICK_MS } from '../../../sim/index.js';
import type { Clock } from '../../../sim/index.js';
import type { UiStore } from '../../state/ui-state.js';

export function useClockTick(store: UiStore, clock: Clock): void {
  useEffect(() => {
    const timer = clock.setInterval(() => store.getState().actions.tick(), TICK_MS);
    return () => timer.cancel();
  }, [store, clock]);
}
