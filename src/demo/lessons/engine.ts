// The lesson engine: a pure state machine over one lesson. Whoever drives it (the dashboard,
// the console REPL, `learn --check`) runs the user's actions on the model and calls
// `afterAction` with the new model state after each one; the engine checks the current
// task's goal, moves on when it holds, and keeps the hints shown and the time taken.
// Time comes from the caller (an injected Clock's now()), so tests use a FakeClock.
import type { HostState } from '../../sim/index.js';
import { checkClaims, type ClaimResult } from '../claims/check.js';
import type { LocalizedText } from '../schema.js';
import type { Lesson, LessonTask, SolutionStep } from './schema.js';

export interface TaskProgress {
  readonly hintsShown: number;
  /** Whether "show me" played the reference solution for this task. */
  readonly solutionShown: boolean;
  /** When the goal first held (clock ms), or null. */
  readonly doneAt: number | null;
}

export interface LessonState {
  readonly lesson: Lesson;
  /** Index of the task under way; equals tasks.length once every task is done. */
  readonly current: number;
  readonly tasks: readonly TaskProgress[];
  readonly startedAt: number;
  readonly finishedAt: number | null;
  /** The current task's goal as last checked (expected against actual), for feedback. */
  readonly lastCheck: readonly ClaimResult[];
}

export type LessonEvent =
  | { readonly kind: 'task-done'; readonly task: number }
  | { readonly kind: 'lesson-done'; readonly summary: LessonSummary };

export interface LessonSummary {
  readonly elapsedMs: number;
  readonly tasksDone: number;
  readonly tasks: number;
  readonly hintsUsed: number;
  readonly solutionsShown: number;
}

export function startLesson(lesson: Lesson, now: number): LessonState {
  return {
    lesson,
    current: 0,
    tasks: lesson.tasks.map(() => ({ hintsShown: 0, solutionShown: false, doneAt: null })),
    startedAt: now,
    finishedAt: null,
    lastCheck: [],
  };
}

export const currentTask = (state: LessonState): LessonTask | null =>
  state.lesson.tasks[state.current] ?? null;

export const isFinished = (state: LessonState): boolean => state.finishedAt !== null;

function updateTask(state: LessonState, index: number, change: Partial<TaskProgress>) {
  return state.tasks.map((t, i) => (i === index ? { ...t, ...change } : t));
}

/** The current task's next hint, and the state that remembers it was shown. */
export function revealHint(state: LessonState): {
  state: LessonState;
  hint: LocalizedText | null;
} {
  const task = currentTask(state);
  const progress = state.tasks[state.current];
  if (!task || !progress) return { state, hint: null };
  const hint = task.hints[progress.hintsShown];
  if (!hint) return { state, hint: task.hints.at(-1) ?? null };
  const tasks = updateTask(state, state.current, { hintsShown: progress.hintsShown + 1 });
  return { state: { ...state, tasks }, hint };
}

/** The hints of the current task shown so far. */
export function shownHints(state: LessonState): readonly LocalizedText[] {
  const task = currentTask(state);
  return task ? task.hints.slice(0, state.tasks[state.current]?.hintsShown ?? 0) : [];
}

/** "Show me": the current task's reference solution, for the driver to play. */
export function showSolution(state: LessonState): {
  state: LessonState;
  steps: readonly SolutionStep[];
} {
  const task = currentTask(state);
  if (!task) return { state, steps: [] };
  const tasks = updateTask(state, state.current, { solutionShown: true });
  return { state: { ...state, tasks }, steps: task.solution };
}

/**
 * Checks the current task's goal against the model after an action. A task whose goal
 * holds is done and the next one is checked at once (an action may finish two).
 */
export function afterAction(
  state: LessonState,
  model: HostState,
  now: number,
): { state: LessonState; events: LessonEvent[] } {
  const events: LessonEvent[] = [];
  let next = state;
  for (;;) {
    const task = currentTask(next);
    if (!task) break;
    const results = checkClaims(model, task.goal);
    next = { ...next, lastCheck: results };
    if (!results.every((r) => r.holds)) break;
    const done = next.current;
    next = { ...next, tasks: updateTask(next, done, { doneAt: now }), current: done + 1 };
    next = { ...next, lastCheck: [] };
    events.push({ kind: 'task-done', task: done });
  }
  if (next.current >= next.lesson.tasks.length && next.finishedAt === null) {
    next = { ...next, finishedAt: now };
    events.push({ kind: 'lesson-done', summary: lessonSummary(next, now) });
  }
  return { state: next, events };
}

export function lessonSummary(state: LessonState, now: number): LessonSummary {
  return {
    elapsedMs: (state.finishedAt ?? now) - state.startedAt,
    tasksDone: state.tasks.filter((t) => t.doneAt !== null).length,
    tasks: state.tasks.length,
    hintsUsed: state.tasks.reduce((n, t) => n + t.hintsShown, 0),
    solutionsShown: state.tasks.filter((t) => t.solutionShown).length,
  };
}

/** `task 2/6` as the dashboard shows it (1-based; the last number once finished). */
export function taskPosition(state: LessonState): { readonly task: number; readonly of: number } {
  const of = state.lesson.tasks.length;
  return { task: Math.min(state.current + 1, of), of };
}
