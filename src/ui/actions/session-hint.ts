// After a host-only cmdlet fails inside a container's session, one line says where the
// console is and how to leave it: inside a session only the container's own commands
// exist (docs/spec.md §4), and a new user at `[DEMO]: PS C:\>` cannot tell why
// Get-Container is "not recognized".
import { resolveCommandName, type LineResult } from '../../shell/index.js';
import { findContainerById } from '../../sim/index.js';
import type { StoreContext } from './store-context.js';

/** The names in command position: the first word of each pipeline element or statement. */
export function commandWords(line: string): string[] {
  return line
    .split(/[|;{}()]/)
    .map((part) => part.replace(/^\s*\$[\w:]+\s*=\s*/, '').trim())
    .map((part) => part.split(/\s+/)[0] ?? '')
    .filter((word) => /^[A-Za-z][\w-]*$/.test(word));
}

/** The first host-only cmdlet the line names, if any. */
export function hostOnlyCommand(line: string): string | undefined {
  return commandWords(line).find((word) => resolveCommandName(word)?.hostOnly === true);
}

/** Adds the "you are inside NAME: exit or x" line when the failure was for that reason. */
export function sessionHint(
  ctx: StoreContext,
  line: string,
  result: LineResult,
  note: (text: string) => void,
): void {
  if (!result.hadError) return;
  const entered = ctx.sim.getState().entered;
  if (entered === null) return;
  const command = hostOnlyCommand(line);
  if (command === undefined) return;
  const name = findContainerById(ctx.sim.getState(), entered.containerId)?.name ?? '?';
  note(ctx.t('note.insideSession', { name, command }));
}
