// What the pipeline's object cmdlets share: their modules, parameter shapes, and how they
// read their input and run a script block on it.
import type { ScriptBlock } from '../ast.js';
import type { PSValue } from '../runtime/values.js';
import type { CmdletInvocation, ParamDef } from './definition.js';

export const UTILITY = 'Microsoft.PowerShell.Utility';
export const CORE = 'Microsoft.PowerShell.Core';
export const sw = (name: string, extra: Partial<ParamDef> = {}): ParamDef => ({
  name,
  type: 'switch',
  typeName: 'System.Management.Automation.SwitchParameter',
  ...extra,
});
export const int = (name: string): ParamDef => ({ name, type: 'int', typeName: 'System.Int32' });
export const inputObject: ParamDef = {
  name: 'InputObject',
  type: 'object',
  typeName: 'System.Management.Automation.PSObject',
  fromPipeline: true,
};

/**
 * Pipeline input, or -InputObject when given (then it is taken as one object, as PowerShell does).
 */
export function inputOf(invocation: CmdletInvocation): readonly PSValue[] {
  const explicit = invocation.bound.get('InputObject');
  return explicit ? [explicit.value] : invocation.input;
}

export function runFilter(
  invocation: CmdletInvocation,
  body: ScriptBlock,
  item: PSValue,
): readonly PSValue[] {
  const result = invocation.context.runScriptBlock(body, item);
  result.errors.forEach((e) => invocation.writeError(e));
  return result.output;
}
