// The pipeline's object cmdlets: Select-Object, Where-Object, Sort-Object, Measure-Object
// (each in its own file), ForEach-Object, Write-Output, Out-Null.

import { getMember, toText, unroll } from '../runtime/conversions.js';
import { getMemberCmdlet } from './get-member.js';

import { isScriptBlock, type PSValue } from '../runtime/values.js';
import type { CmdletDefinition } from './definition.js';
import { CORE, UTILITY, inputObject, inputOf, runFilter } from './object-common.js';
import { selectObject } from './select-object.js';
import { measureObject, sortObject } from './sort-measure.js';
import { whereObject } from './where-object.js';

export const forEachObject: CmdletDefinition = {
  name: 'ForEach-Object',
  className: 'Microsoft.PowerShell.Commands.ForEachObjectCommand',
  module: CORE,
  synopsis: 'Runs a script block for each object ($_), or reads one member: % Name.',
  parameters: [
    {
      name: 'Process',
      type: 'scriptblock',
      typeName: 'System.Management.Automation.ScriptBlock',
      position: 0,
      accepts: isScriptBlock,
      sets: ['ScriptBlockSet'],
    },
    {
      name: 'MemberName',
      type: 'string',
      typeName: 'System.String',
      position: 0,
      accepts: (v) => !isScriptBlock(v),
      sets: ['PropertyAndMethodSet'],
    },
    inputObject,
  ],
  invoke(invocation) {
    const process = invocation.bound.get('Process')?.value;
    const member = invocation.bound.get('MemberName')?.value;
    return inputOf(invocation).flatMap((item) => {
      if (process && isScriptBlock(process)) return [...runFilter(invocation, process.body, item)];
      if (member !== undefined) return unroll(getMember(item, toText(member)));
      return [item];
    });
  },
};

export const writeOutput: CmdletDefinition = {
  name: 'Write-Output',
  className: 'Microsoft.PowerShell.Commands.WriteOutputCommand',
  module: UTILITY,
  synopsis: 'Sends objects down the pipeline.',
  parameters: [
    {
      name: 'InputObject',
      type: 'object[]',
      typeName: 'System.Management.Automation.PSObject[]',
      position: 0,
      fromPipeline: true,
    },
  ],
  invoke(invocation) {
    const explicit = invocation.bound.get('InputObject');
    return explicit ? (explicit.value as readonly PSValue[]).flatMap(unroll) : invocation.input;
  },
};

export const outNull: CmdletDefinition = {
  name: 'Out-Null',
  className: 'Microsoft.PowerShell.Commands.OutNullCommand',
  module: CORE,
  synopsis: 'Discards its input.',
  parameters: [inputObject],
  invoke: () => [],
};

export const objectCmdlets = [
  selectObject,
  whereObject,
  sortObject,
  measureObject,
  forEachObject,
  writeOutput,
  outNull,
  getMemberCmdlet,
];
