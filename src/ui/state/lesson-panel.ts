// Learn mode's state in the UI store: the lesson engine's pure state (src/demo/lessons),
// what the panel says last, and the model as last checked, plus the host's hooks (where
// progress is saved). The dashboard calls the engine; it never keeps a second copy.
import type { Lesson, LessonState } from '../../demo/live.js';
import type { HostState } from '../../sim/index.js';

/** What the panel's last row says: a task just done, or the hint just revealed. */
export type LessonFeedback =
  { readonly kind: 'done'; readonly task: number } | { readonly kind: 'hint' };

export interface LessonPanelState {
  readonly engine: LessonState;
  readonly feedback: LessonFeedback | null;
  /** The model the goal was last checked against (checked again only when it changed). */
  readonly checked: HostState | null;
}

/** Whoever opened learn mode (the CLI): the lesson, and where finished tasks are kept. */
export interface LessonHost {
  readonly lesson: Lesson;
  /** A task's goal held (`finished`: it was the last); the CLI saves progress here. */
  taskDone?(task: number, finished: boolean): void;
}
