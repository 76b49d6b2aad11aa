// What the dashboard asks of demo playback (src/demo implements it). The dashboard calls
// these when the demo keys are pressed, `start` once it is on screen and `stop` when it
// closes; the driver acts on the dashboard through the UI store's actions.
import type { UiStore } from './ui-state.js';

export interface DemoDriver {
  /** Every narration the demo will show, so the layout can make room for the longest. */
  readonly narrations?: readonly string[];
  /** Space. */
  togglePlay(): void;
  /** `.` */
  step(): void;
  /** `]` */
  nextChapter(): void;
  /** `[` */
  previousChapter(): void;
  /** `+` */
  faster(): void;
  /** `-` */
  slower(): void;
  /** `r` */
  restart(): void;
  /** `i`: stop the script, keep the state; the dashboard then gives the user its keymap. */
  takeOver(): void;
  /** The dashboard is on screen: begin. */
  start(ui: UiStore): void;
  /** The dashboard is closing: cancel every timer. */
  stop(): void;
}
