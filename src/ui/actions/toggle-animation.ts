// `t` as the class should see it (issue 12): its commands — Stop-Container, Set-Container,
// Start-Container, Enter-PSSession — run one per beat on the injected clock, each its own
// commit and so its own frame: csrss leaves the host list, the runtime changes, the vmwp
// arrives, the prompt moves into the container. A key (or a click, or a typed line) during
// the steps finishes them first — the rest run at once — and then acts on the final state,
// so nothing typed is lost and nothing acts on a half-converted container. Scripts (demo
// key steps, "show me") run the steps at once: their next step and its claims expect the
// end state.
import { findContainerById } from '../../sim/index.js';
import type { StoreContext } from './store-context.js';
import { runLine } from './console-actions.js';

/** The beat between two steps: long enough to see each frame, short enough to wait for. */
export const TOGGLE_STEP_MS = 450;

function finished(ctx: StoreContext, containerId: string): void {
  ctx.update({ toggleSteps: null });
  if (findContainerById(ctx.sim.getState(), containerId))
    ctx.update({ selectedContainerId: containerId });
}

/** Runs the first line now and the rest one per beat. */
export function playSteps(ctx: StoreContext, lines: readonly string[], containerId: string): void {
  const [first, ...rest] = lines;
  if (first === undefined) return;
  runLine(ctx, first);
  if (rest.length === 0 || ctx.schedule === undefined) {
    for (const line of rest) runLine(ctx, line);
    return finished(ctx, containerId);
  }
  ctx.update({ toggleSteps: { lines: rest, containerId } });
  ctx.schedule(TOGGLE_STEP_MS, () => nextStep(ctx));
}

/** The clock's beat: one more step. */
export function nextStep(ctx: StoreContext): void {
  const steps = ctx.state().toggleSteps;
  if (steps === null) return;
  const [line, ...rest] = steps.lines;
  if (line !== undefined) runLine(ctx, line);
  if (rest.length === 0) return finished(ctx, steps.containerId);
  ctx.update({ toggleSteps: { ...steps, lines: rest } });
  ctx.schedule?.(TOGGLE_STEP_MS, () => nextStep(ctx));
}

/** Before anything else acts: the steps left run now, in order. */
export function finishSteps(ctx: StoreContext): void {
  const steps = ctx.state().toggleSteps;
  if (steps === null) return;
  ctx.cancelScheduled?.();
  for (const line of steps.lines) runLine(ctx, line);
  finished(ctx, steps.containerId);
}
