// Get-Help as TP4 printed it for the Containers module, which shipped no help files: the
// auto-generated partial help (DefaultCommandHelpObjectBuilder; docs/fidelity-notes.md P1,
// P2), made from the cmdlet's own parameter table — NAME, SYNTAX one line per parameter
// set, ALIASES, REMARKS — never prose of the lab's own.
import { buildRecord } from '../runtime/errors/error-record.js';
import { cmdletSite, errorRecord } from '../runtime/errors/catalogue.js';
import { toText } from '../runtime/conversions.js';
import { generateLines } from '../format/wrap.js';
import type { CmdletDefinition, CmdletInvocation, ParamDef } from './definition.js';
import { CORE } from './object-common.js';

/** PowerShell 5's type accelerators, as ToStringCodeMethods.Type prints a type (P2). */
const ACCELERATORS: Readonly<Record<string, string>> = {
  'System.String': 'string',
  'System.Int32': 'int',
  'System.Int64': 'long',
  'System.Boolean': 'bool',
  'System.Double': 'double',
  'System.Guid': 'guid',
  'System.Version': 'version',
  'System.Collections.Hashtable': 'hashtable',
  'System.Management.Automation.ScriptBlock': 'scriptblock',
  'System.Management.Automation.PSObject': 'psobject',
  'System.Management.Automation.PSCredential': 'pscredential',
};

/** `<string>`, `<Object[]>`, `{Default | HyperV}` for an enum. */
export function parameterTypeText(p: ParamDef): string {
  if (p.type === 'enum' && p.enumNames) return `{${p.enumNames.join(' | ')}}`;
  const array = p.typeName.endsWith('[]') ? '[]' : '';
  const element = array ? p.typeName.slice(0, -2) : p.typeName;
  const name = ACCELERATORS[element] ?? element.split('.').pop() ?? element;
  return `<${name}${array}>`;
}

/** One parameter as the syntax shows it: brackets for optional, `[-Name]` for positional. */
function parameterText(p: ParamDef): string {
  const positional = p.position !== undefined;
  if (p.type === 'switch') return p.mandatory ? `-${p.name}` : `[-${p.name}]`;
  const named = positional ? `[-${p.name}]` : `-${p.name}`;
  const withType = `${named} ${parameterTypeText(p)}`;
  return p.mandatory ? withType : `[${withType}]`;
}

/** The parameter sets, in the order their names first appear (one, unnamed, if none). */
function parameterSets(cmdlet: CmdletDefinition): ParamDef[][] {
  const names: string[] = [];
  for (const p of cmdlet.parameters)
    for (const s of p.sets ?? []) if (!names.includes(s)) names.push(s);
  if (names.length === 0) return [[...cmdlet.parameters]];
  return names.map((set) => cmdlet.parameters.filter((p) => !p.sets || p.sets.includes(set)));
}

/**
 * ParameterSetInfo.GenerateParametersInDisplayOrder: positional by position, then named
 * mandatory, then the rest, each group in declaration order; then `[<CommonParameters>]`,
 * after two blanks as Windows PowerShell 5 prints it (P1).
 */
export function syntaxLines(cmdlet: CmdletDefinition): string[] {
  return parameterSets(cmdlet).map((set) => {
    const positional = set
      .filter((p) => p.position !== undefined)
      .sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
    const mandatory = set.filter((p) => p.position === undefined && p.mandatory);
    const rest = set.filter((p) => p.position === undefined && !p.mandatory);
    const parts = [...positional, ...mandatory, ...rest].map(parameterText);
    return `${[cmdlet.name, ...parts].join(' ')}  [<CommonParameters>]`;
  });
}

/** Indented by 4 and wrapped at words to the console's width, as the help view writes. */
function indented(text: string, width: number): string[] {
  return generateLines(text, width - 4, width - 4).map((l) => `    ${l.trimEnd()}`);
}

export function partialHelp(cmdlet: CmdletDefinition, aliases: readonly string[], width: number) {
  const syntax = syntaxLines(cmdlet).flatMap((line) => [...indented(line, width), '']);
  return [
    '',
    'NAME',
    `    ${cmdlet.name}`,
    '',
    'SYNTAX',
    ...syntax,
    '',
    'ALIASES',
    `    ${aliases.length ? aliases.join(', ') : 'None'}`,
    '',
    '',
    'REMARKS',
    '    Get-Help cannot find the Help files for this cmdlet on this computer. It is displaying ' +
      'only partial help.',
    '        -- To download and install Help files for the module that includes this cmdlet, ' +
      'use Update-Help.',
    '',
    '',
  ];
}

function lab(invocation: CmdletInvocation): string[] {
  return [
    '',
    'TOPIC',
    '    isolab: a simulated Windows Server 2016 TP4 container host.',
    '',
    'SHORT DESCRIPTION',
    '    Create Windows Server containers (process isolation) and Hyper-V containers',
    '    (a utility VM each) and compare what the host and the container see.',
    '',
    'COMMANDS',
    ...invocation.commands.all().map((c) => `    ${c.name.padEnd(20)} ${c.synopsis}`),
    '    docker               run, ps, start, stop, rm, inspect, images, top',
    '',
    "    Get-Help <command> shows one command's syntax.",
    '',
  ];
}

export const getHelp: CmdletDefinition = {
  name: 'Get-Help',
  className: 'Microsoft.PowerShell.Commands.GetHelpCommand',
  module: CORE,
  synopsis: 'Shows a command\u2019s syntax (the partial help TP4 printed without help files).',
  parameters: [{ name: 'Name', type: 'string', typeName: 'System.String', position: 0 }],
  invoke(invocation) {
    const bound = invocation.bound.get('Name');
    if (!bound) return lab(invocation);
    const name = toText(bound.value);
    const site = cmdletSite(getHelp, invocation.command.extent, invocation.command.name);
    const cmdlet = invocation.commands.resolve(name);
    if (!cmdlet) {
      // HelpErrors.resx HelpNotFound, as 5.0 shipped it (http), a HelpNotFoundException (P3).
      const message =
        `Get-Help could not find ${name} in a help file in this session. To download updated ` +
        'help topics type: "Update-Help". To get help online, search for the help topic in ' +
        'the TechNet library at http://go.microsoft.com/fwlink/?LinkID=107116.';
      const shape = {
        category: 'ResourceUnavailable',
        exceptionType: 'HelpNotFoundException',
        errorId: 'HelpNotFound',
      };
      invocation.writeError(buildRecord(shape, site, message));
      return [];
    }
    if (cmdlet.unsimulated) {
      // No parameter table to build its syntax from: say so rather than invent one (P1).
      invocation.writeError(errorRecord('notSimulated', site, cmdlet.name, cmdlet.module));
      return [];
    }
    const aliases = invocation.commands.aliasesOf(cmdlet.name);
    return partialHelp(cmdlet, aliases, invocation.context.consoleWidth - 1);
  },
};
