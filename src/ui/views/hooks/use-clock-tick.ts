// The simulation clock: one tick a second through the injected Clock (a fake one in
// tests), driven by the store (actions/clock-actions.ts: idle, it sleeps through the
// seconds whose ticks wait). The timer lives exactly as long as the dashboard is mounted.
import { useEffect } from 'react';
import type { UiStore } from '../../state/ui-state.js';

export function useClockTick(store: UiStore): void {
  useEffect(() => store.getState().actions.driveClock(), [store]);
}
