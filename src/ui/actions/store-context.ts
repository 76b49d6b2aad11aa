// What the UI store's actions work with: the model, the shell, the clock, and the draft
// of the UI state being changed (see ui-store.ts: one key, one commit).
import type { Shell } from '../../shell/index.js';
import type { Clock } from '../../sim/index.js';
import type { Sim } from '../../sim/index.js';
import type { DemoDriver } from '../state/demo-driver.js';
import type { Translate } from '../text/i18n.js';
import { computeLayout, type Layout } from '../state/layout.js';
import { narrationHeight } from '../text/narration-text.js';
import type { UiState } from '../state/ui-state.js';

export interface StoreContext {
  readonly sim: Sim;
  readonly clock: Clock;
  readonly demo: DemoDriver | undefined;
  readonly t: Translate;
  shell(): Shell;
  /** The state as changed so far in this batch. */
  state(): UiState;
  update(patch: Partial<UiState>): void;
}

/** The layout the state is drawn with (for page sizes and the console's width). */
export function layoutOf(state: UiState): Layout {
  return computeLayout(state.size.columns, state.size.rows, {
    demo: state.demo === 'playing',
    containerCount: state.host.containers.length,
    narrationRows: narrationHeight(state.narrations, state.size.columns),
  });
}
