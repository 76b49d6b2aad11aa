// What the UI store's actions work with: the model, the shell, the clock, and the draft
// of the UI state being changed (see ui-store.ts: one key, one commit).
import type { Shell } from '../../shell/index.js';
import type { Clock, Sim } from '../../sim/index.js';
import type { DemoDriver } from '../state/demo-driver.js';
import type { SnapshotPort } from '../state/snapshot-port.js';
import type { LessonHost } from '../state/lesson-panel.js';
import type { Translate } from '../text/i18n.js';
import type { UiState } from '../state/ui-state.js';

export interface StoreContext {
  readonly sim: Sim;
  readonly clock: Clock;
  readonly demo: DemoDriver | undefined;
  /** Learn mode's host (where progress is saved), if a lesson is open. */
  readonly lessonHost?: LessonHost | undefined;
  readonly t: Translate;
  /** Writes the screen as a picture (key p); absent where there is no screen. */
  readonly snapshot?: SnapshotPort;
  shell(): Shell;
  /**
   * Runs `fn` as its own commit after `ms` on the clock (one pending at a time; a new one
   * replaces it). Absent where no clock drives the store's actions.
   */
  schedule?(ms: number, fn: () => void): void;
  /** A user's `t` plays its steps through `schedule` (toggle-animation.ts). */
  readonly stepwiseToggle?: boolean;
  /** Cancels what `schedule` left pending. */
  cancelScheduled?(): void;
  /** The state as changed so far in this batch. */
  state(): UiState;
  update(patch: Partial<UiState>): void;
}
