// A key's commands run all or nothing (issue 12). They run through the console as typed;
// if one after the first fails (`exit`, then a command that fails), the model and the
// dashboard go back to how they were before the key — the entered session included — and
// a `#` note says which command failed and why. The model is immutable (its RNG state
// included), so going back is setting the state from before; nothing is run twice. A
// first command that fails changes nothing and keeps PowerShell's own error record.
// `t`'s beats (toggle-animation.ts) run the same plan one command at a time.
import { errorReason } from '../state/message.js';
import type { KeyPlan } from '../state/ui-state.js';
import { note, runLine } from './console-actions.js';
import { report } from './message-actions.js';
import type { StoreContext } from './store-context.js';

/** Notes which key it was (`what`) and keeps the state to go back to. */
export function beginPlan(ctx: StoreContext, what: string, commands: readonly string[]): KeyPlan {
  const plan = { what, commands, before: ctx.state(), model: ctx.sim.getState() };
  note(ctx, what);
  return plan;
}

/**
 * Runs command `i` of the plan. False if it failed: then, past the first command, the
 * state from before the key is put back, and the message line says why.
 */
export function runPlanStep(ctx: StoreContext, plan: KeyPlan, i: number): boolean {
  const command = plan.commands[i] as string;
  const result = runLine(ctx, command);
  if (!result.hadError) return true;
  const reason = errorReason(result.lines);
  const { what } = plan;
  if (i > 0) {
    ctx.sim.store.setState(plan.model, true);
    ctx.update(plan.before);
    note(ctx, ctx.t('note.notRun', { what, command, reason }));
  }
  report(ctx, ctx.t('message.failed', { what, reason }), true);
  return false;
}

/** Every command ran: the message line says what. */
export function endPlan(ctx: StoreContext, plan: KeyPlan): void {
  report(ctx, ctx.t('message.ran', { what: plan.what, commands: plan.commands.join('; ') }));
}

/**
 * Runs a key's plan through the console, all or nothing, with a `#` note saying which key
 * it was (`what`) and the outcome on the message line. True if it ran.
 */
export function runPlan(ctx: StoreContext, what: string, commands: readonly string[]): boolean {
  const plan = beginPlan(ctx, what, commands);
  for (let i = 0; i < commands.length; i++) if (!runPlanStep(ctx, plan, i)) return false;
  endPlan(ctx, plan);
  return true;
}
