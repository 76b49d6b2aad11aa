// Command discovery: what a command's name means where the pipeline runs. PowerShell does
// this for every element of a pipeline before it runs any (evaluate.ts runPipeline).
import type { Command } from '../ast.js';
import type { CmdletDefinition } from '../cmdlets/definition.js';
import { resolveCommandName } from '../cmdlets/registry.js';
import { errorRecord } from '../runtime/errors/catalogue.js';
import { engineSite } from '../runtime/errors/error-record.js';
import { RuntimeError } from './runtime-error.js';

/**
 * The cmdlet a command names (null: `exit`, or a native command of `host`), or throws
 * the CommandNotFoundException record. Host-only cmdlets do not exist inside a container.
 */
export function discoverCommand(
  command: Command,
  host: { isNative(name: string, containerId: string | null): boolean },
  containerId: string | null,
): CmdletDefinition | null {
  const name = command.name;
  if (name.toLowerCase() === 'exit' && command.elements.length === 0) return null;
  if (host.isNative(name, containerId)) return null;
  const cmdlet = resolveCommandName(name);
  if (!cmdlet || (cmdlet.hostOnly && containerId !== null)) {
    throw new RuntimeError(
      errorRecord('commandNotFound', engineSite(command.nameExtent, name), name),
    );
  }
  return cmdlet;
}
