// Formatting and console cmdlets: Format-Table, Format-List, Clear-Host, Get-Help, Get-Command.
import { toText } from '../runtime/conversions.js';
import { wildcardMatch } from '../runtime/wildcard.js';
import { formatListExplicit, formatTableExplicit } from '../format/out-default.js';
import { makeObject, TYPE, type PSValue } from '../runtime/values.js';
import type { CmdletDefinition, ParamDef } from './definition.js';
import { getHelp } from './help-cmdlet.js';
import { PROPERTY_KEYS } from './calculated-property.js';
import { projectForFormat } from './format-properties.js';

const UTILITY = 'Microsoft.PowerShell.Utility';
const sw = (name: string): ParamDef => ({
  name,
  type: 'switch',
  typeName: 'System.Management.Automation.SwitchParameter',
});
const propertyParam: ParamDef = {
  name: 'Property',
  type: 'object[]',
  typeName: 'System.Object[]',
  position: 0,
};
const inputObject: ParamDef = {
  name: 'InputObject',
  type: 'object',
  typeName: 'System.Management.Automation.PSObject',
  fromPipeline: true,
};

const propertiesOf = (value: PSValue | undefined): readonly string[] | null =>
  value === undefined ? null : (value as readonly PSValue[]).map(toText);

export const formatTable: CmdletDefinition = {
  name: 'Format-Table',
  className: 'Microsoft.PowerShell.Commands.FormatTableCommand',
  module: UTILITY,
  synopsis: 'Shows objects as a table, optionally with chosen properties.',
  parameters: [propertyParam, sw('AutoSize'), sw('HideTableHeaders'), sw('Wrap'), inputObject],
  invoke(invocation) {
    const options = { width: invocation.context.consoleWidth, head: invocation.shownLines };
    const raw = invocation.bound.get('Property')?.value as readonly PSValue[] | undefined;
    const projected = raw && projectForFormat(invocation, raw, PROPERTY_KEYS.table, formatTable);
    if (projected) {
      const { values, names, hints } = projected;
      return formatTableExplicit(values, names, options, hints);
    }
    return formatTableExplicit(invocation.input, propertiesOf(raw), options);
  },
};

export const formatList: CmdletDefinition = {
  name: 'Format-List',
  className: 'Microsoft.PowerShell.Commands.FormatListCommand',
  module: UTILITY,
  synopsis: 'Shows each object as a list of Name : value lines.',
  parameters: [propertyParam, inputObject],
  invoke(invocation) {
    const options = { width: invocation.context.consoleWidth, head: invocation.shownLines };
    const raw = invocation.bound.get('Property')?.value as readonly PSValue[] | undefined;
    const projected = raw && projectForFormat(invocation, raw, PROPERTY_KEYS.list, formatList);
    if (projected) return formatListExplicit(projected.values, projected.names, options);
    return formatListExplicit(invocation.input, propertiesOf(raw), options);
  },
};

export const clearHost: CmdletDefinition = {
  name: 'Clear-Host',
  className: 'Microsoft.PowerShell.Commands.ClearHostCommand',
  module: 'Microsoft.PowerShell.Core',
  synopsis: 'Clears the console.',
  parameters: [],
  invoke(invocation) {
    invocation.context.requestClear();
    return [];
  },
};

const MODULE_VERSIONS: Readonly<Record<string, string>> = {
  'Microsoft.PowerShell.Core': '3.0.0.0',
  'Microsoft.PowerShell.Management': '3.1.0.0',
  'Microsoft.PowerShell.Utility': '3.1.0.0',
  Containers: '1.0.0.0',
  HostComputeService: '1.0.0.0',
};

export const getCommand: CmdletDefinition = {
  name: 'Get-Command',
  className: 'Microsoft.PowerShell.Commands.GetCommandCommand',
  module: 'Microsoft.PowerShell.Core',
  synopsis: 'Lists the commands you can use (-Module Containers for the container cmdlets).',
  parameters: [
    { name: 'Name', type: 'string[]', typeName: 'System.String[]', position: 0 },
    { name: 'Module', type: 'string[]', typeName: 'System.String[]' },
    { name: 'Noun', type: 'string[]', typeName: 'System.String[]' },
    { name: 'Verb', type: 'string[]', typeName: 'System.String[]' },
  ],
  invoke(invocation) {
    const { bound } = invocation;
    const patterns = (key: string) =>
      (bound.get(key)?.value as readonly PSValue[] | undefined)?.map(toText);
    const names = patterns('Name');
    const modules = patterns('Module');
    const nouns = patterns('Noun');
    const verbs = patterns('Verb');
    const inSession = invocation.context.currentContainerId() !== null;
    return invocation.commands
      .all()
      .filter((c) => !(inSession && c.hostOnly))
      .filter((c) => !names || names.some((n) => wildcardMatch(n, c.name)))
      .filter((c) => !modules || modules.some((m) => wildcardMatch(m, c.module)))
      .filter((c) => !nouns || nouns.some((n) => wildcardMatch(n, c.name.split('-')[1] ?? '')))
      .filter((c) => !verbs || verbs.some((v) => wildcardMatch(v, c.name.split('-')[0] ?? '')))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((c) =>
        makeObject(
          [TYPE.commandInfo, 'System.Management.Automation.CommandInfo', 'System.Object'],
          {
            CommandType: 'Cmdlet',
            Name: c.name,
            Version: MODULE_VERSIONS[c.module] ?? '1.0.0.0',
            Source: c.module,
          },
        ),
      );
  },
};

export const hostCmdlets = [formatTable, formatList, clearHost, getHelp, getCommand];
