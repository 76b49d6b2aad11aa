// A key's commands run all or nothing (issue 12): they are tried first on a copy of the
// model (the state is immutable and holds its RNG, so the copy behaves exactly as the
// model will), and run for real only if every one succeeds. A plan that would fail after
// its first command (`exit`, then a command that fails) runs nothing, so the entered
// session and everything else stay as they were; one that fails at its first command runs
// that command, which changes nothing and shows PowerShell's own error record.
import { Shell } from '../../shell/index.js';
import { createSim } from '../../sim/index.js';
import { errorReason } from '../state/message.js';
import { note, runLine } from './console-actions.js';
import { report } from './message-actions.js';
import type { StoreContext } from './store-context.js';

export interface Trial {
  /** The first command that fails, or null. */
  readonly failedAt: number | null;
  /** Its error's first line. */
  readonly reason: string;
}

/** Runs `commands` on a copy of the model: where they would fail, and why. */
export function tryCommands(ctx: StoreContext, commands: readonly string[]): Trial {
  const copy = createSim();
  copy.store.setState(ctx.sim.getState(), true);
  // Wide, so the reason is one line.
  const shell = new Shell({ sim: copy, consoleWidth: 400, now: () => ctx.clock.now() });
  for (let i = 0; i < commands.length; i++) {
    const result = shell.execute(commands[i] as string);
    if (result.hadError) return { failedAt: i, reason: errorReason(result.lines) };
  }
  return { failedAt: null, reason: '' };
}

/**
 * Runs a key's plan through the console, all or nothing, with a `#` note saying which key
 * it was (`what`) and the outcome on the message line. True if it ran.
 */
export function runPlan(ctx: StoreContext, what: string, commands: readonly string[]): boolean {
  const trial = tryCommands(ctx, commands);
  if (trial.failedAt === null) {
    note(ctx, what);
    for (const line of commands) runLine(ctx, line);
    report(ctx, ctx.t('message.ran', { what, commands: commands.join('; ') }));
    return true;
  }
  if (trial.failedAt === 0) {
    note(ctx, what);
    runLine(ctx, commands[0] as string);
  } else {
    const command = commands[trial.failedAt] as string;
    note(ctx, ctx.t('note.notRun', { what, command, reason: trial.reason }));
  }
  report(ctx, ctx.t('message.failed', { what, reason: trial.reason }), true);
  return false;
}
