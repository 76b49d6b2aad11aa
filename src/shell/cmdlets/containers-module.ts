// What the TP4 Containers module's cmdlets share: module name, class names, parameter shapes.
import { RUNTIME_TYPE_NAMES } from '../runtime/objects.js';
import { TYPE } from '../runtime/values.js';
import type { ParamDef } from './definition.js';

export const MODULE = 'Containers';
export const cmdletClass = (verbNoun: string) =>
  `Microsoft.Containers.PowerShell.Cmdlets.${verbNoun.replace('-', '')}`;
export const str = (name: string, extra: Partial<ParamDef> = {}): ParamDef => ({
  name,
  type: 'string',
  typeName: 'System.String',
  ...extra,
});
export const sw = (name: string, help?: string): ParamDef => ({
  name,
  type: 'switch',
  typeName: 'System.Management.Automation.SwitchParameter',
  ...(help ? { help } : {}),
});

export const runtimeTypeParam: ParamDef = {
  name: 'RuntimeType',
  type: 'enum',
  typeName: TYPE.runtimeType,
  enumTypeName: TYPE.runtimeType,
  enumNames: RUNTIME_TYPE_NAMES,
  help:
    'Default (Windows Server container, shares the host kernel) or HyperV (runs in a utility ' +
    'VM).',
};

export const remoteParams: readonly ParamDef[] = [
  {
    name: 'CimSession',
    type: 'object[]',
    typeName: 'Microsoft.Management.Infrastructure.CimSession[]',
  },
  { name: 'ComputerName', type: 'string[]', typeName: 'System.String[]' },
  { name: 'Credential', type: 'object[]', typeName: 'System.Management.Automation.PSCredential[]' },
];
