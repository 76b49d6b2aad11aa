// A key's commands run all or nothing (issue 12). They run through the console as typed;
// if one after the first fails (`exit`, then a command that fails), the model and the
// dashboard go back to how they were before the key — the entered session included — and
// a `#` note says which command failed and why. The model is immutable (its RNG state
// included), so going back is setting the state from before; nothing is run twice. A
// first command that fails changes nothing and keeps PowerShell's own error record.
import { errorReason } from '../state/message.js';
import { note, runLine } from './console-actions.js';
import { report } from './message-actions.js';
import type { StoreContext } from './store-context.js';

/**
 * Runs a key's plan through the console, all or nothing, with a `#` note saying which key
 * it was (`what`) and the outcome on the message line. True if it ran.
 */
export function runPlan(ctx: StoreContext, what: string, commands: readonly string[]): boolean {
  const before = ctx.state();
  const model = ctx.sim.getState();
  note(ctx, what);
  for (let i = 0; i < commands.length; i++) {
    const command = commands[i] as string;
    const result = runLine(ctx, command);
    if (!result.hadError) continue;
    const reason = errorReason(result.lines);
    if (i > 0) {
      ctx.sim.store.setState(model, true);
      ctx.update(before);
      note(ctx, ctx.t('note.notRun', { what, command, reason }));
    }
    report(ctx, ctx.t('message.failed', { what, reason }), true);
    return false;
  }
  report(ctx, ctx.t('message.ran', { what, commands: commands.join('; ') }));
  return true;
}
