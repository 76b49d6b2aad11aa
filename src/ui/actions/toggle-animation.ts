// `t` as the class should see it (issue 12): its commands — Stop-Container, Set-Container,
// Start-Container, Enter-PSSession — run one per beat on the injected clock, each its own
// commit and so its own frame: csrss leaves the host list, the runtime changes, the vmwp
// arrives, the prompt moves into the container. A key (or a click, or a typed line) during
// the steps finishes them first — the rest run at once — and then acts on the final state,
// so nothing typed is lost and nothing acts on a half-converted container. Scripts (demo
// key steps, "show me") run the steps at once: their next step and its claims expect the
// end state. The beats run the key's plan all or nothing (key-plan.ts): a step that fails
// puts back the state from before the key.
import { findContainerById } from '../../sim/index.js';
import type { KeyPlan } from '../state/ui-state.js';
import type { StoreContext } from './store-context.js';
import { beginPlan, endPlan, runPlanStep } from './key-plan.js';

/** The beat between two steps: long enough to see each frame, short enough to wait for. */
export const TOGGLE_STEP_MS = 450;

function finished(ctx: StoreContext, plan: KeyPlan, containerId: string): void {
  ctx.update({ toggleSteps: null });
  endPlan(ctx, plan);
  if (findContainerById(ctx.sim.getState(), containerId))
    ctx.update({ selectedContainerId: containerId });
}

/** Runs commands from `from` on, at once; true if every one ran. */
function runRest(ctx: StoreContext, plan: KeyPlan, from: number): boolean {
  for (let i = from; i < plan.commands.length; i++) if (!runPlanStep(ctx, plan, i)) return false;
  return true;
}

/** Runs the first command now and the rest one per beat (`what`: the key's note). */
export function playSteps(
  ctx: StoreContext,
  what: string,
  commands: readonly string[],
  containerId: string,
): void {
  const plan = beginPlan(ctx, what, commands);
  if (!runPlanStep(ctx, plan, 0)) return;
  if (commands.length === 1 || ctx.schedule === undefined) {
    if (runRest(ctx, plan, 1)) finished(ctx, plan, containerId);
    return;
  }
  ctx.update({ toggleSteps: { plan, next: 1, containerId } });
  ctx.schedule(TOGGLE_STEP_MS, () => nextStep(ctx));
}

/** The clock's beat: one more step. */
export function nextStep(ctx: StoreContext): void {
  const steps = ctx.state().toggleSteps;
  if (steps === null) return;
  const { plan, next, containerId } = steps;
  if (!runPlanStep(ctx, plan, next)) return;
  if (next + 1 >= plan.commands.length) return finished(ctx, plan, containerId);
  ctx.update({ toggleSteps: { ...steps, next: next + 1 } });
  ctx.schedule?.(TOGGLE_STEP_MS, () => nextStep(ctx));
}

/** Before anything else acts: the steps left run now, in order. */
export function finishSteps(ctx: StoreContext): void {
  const steps = ctx.state().toggleSteps;
  if (steps === null) return;
  ctx.cancelScheduled?.();
  if (runRest(ctx, steps.plan, steps.next)) finished(ctx, steps.plan, steps.containerId);
}
