// Learn mode's actions: a hint on its key, "show me" (the task's reference solution played
// through the console, as a demo's type and key steps are), and the goal checked after
// every action through the lesson engine (src/demo/lessons/engine.ts).
import {
  afterAction,
  modelActionOfKey,
  revealHint,
  showSolution,
  type SolutionStep,
} from '../../demo/live.js';
import type { LessonPanelState } from '../state/lesson-panel.js';
import { note, submitConsole, typeText } from './console-actions.js';
import { runContainerKey } from './container-actions.js';
import type { StoreContext } from './store-context.js';
import { selectContainerByName } from './view-actions.js';

function withPanel(ctx: StoreContext, change: (panel: LessonPanelState) => LessonPanelState) {
  const panel = ctx.state().lesson;
  if (panel !== null) ctx.update({ lesson: change(panel) });
}

/** `h` (F2 in the console): the current task's next hint. */
export function revealLessonHint(ctx: StoreContext): void {
  withPanel(ctx, (panel) => ({
    ...panel,
    engine: revealHint(panel.engine).state,
    feedback: { kind: 'hint' },
  }));
}

/** One step of a reference solution, the way the demo player performs it. */
function playStep(ctx: StoreContext, step: SolutionStep): void {
  if ('type' in step) {
    const cons = ctx.state().console;
    ctx.update({ console: { ...cons, input: '', cursor: 0, completion: null } });
    typeText(ctx, step.type);
    submitConsole(ctx);
    return;
  }
  if (step.container && !selectContainerByName(ctx, step.container)) return;
  const action = modelActionOfKey(step.key);
  if (action === undefined) return note(ctx, `${step.key}: not a container key`);
  runContainerKey(ctx, action, step.key);
}

/** `w` (F3 in the console): "show me" plays the current task's solution, that task only. */
export function showMe(ctx: StoreContext): void {
  const panel = ctx.state().lesson;
  if (panel === null || panel.engine.finishedAt !== null) return;
  const { state, steps } = showSolution(panel.engine);
  ctx.update({ lesson: { ...panel, engine: state } });
  for (const step of steps) playStep(ctx, step);
}

/**
 * After every action: the current task's goal against the model, when the model changed.
 * A finished task is said on the panel and kept (the host saves progress).
 */
export function checkLesson(ctx: StoreContext): void {
  const panel = ctx.state().lesson;
  const model = ctx.sim.getState();
  if (panel === null || panel.checked === model || panel.engine.finishedAt !== null) return;
  const { state, events } = afterAction(panel.engine, model, ctx.clock.now());
  let feedback = panel.feedback;
  for (const event of events) {
    if (event.kind !== 'task-done') continue;
    feedback = { kind: 'done', task: event.task };
    ctx.lessonHost?.taskDone?.(event.task, event.task === state.lesson.tasks.length - 1);
  }
  ctx.update({ lesson: { engine: state, feedback, checked: model } });
}
