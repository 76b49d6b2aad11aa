// Get-Member (alias gm): for each distinct type in the input, its type name and its members
// (GetMember.cs; docs/fidelity-notes.md G1–G3). The formatter prints each type's members as
// PowerShell's MemberDefinition view does: `   TypeName: X`, then Name, MemberType, Definition.
import { buildRecord } from '../runtime/errors/error-record.js';
import { cmdletSite } from '../runtime/errors/catalogue.js';
import { toText } from '../runtime/conversions.js';
import { wildcardMatch } from '../runtime/wildcard.js';
import { makeObject, type PSValue } from '../runtime/values.js';
import type { CmdletDefinition } from './definition.js';
import { membersOf, typeNameOf, type MemberInfo } from './member-catalogue.js';
import { inputObject, inputOf, UTILITY } from './object-common.js';

export const MEMBER_DEFINITION_TYPE = 'Microsoft.PowerShell.Commands.MemberDefinition';

const MEMBER_TYPES = [
  'AliasProperty',
  'CodeProperty',
  'Property',
  'NoteProperty',
  'ScriptProperty',
  'Properties',
  'PropertySet',
  'Method',
  'CodeMethod',
  'ScriptMethod',
  'Methods',
  'ParameterizedProperty',
  'MemberSet',
  'Event',
  'Dynamic',
  'All',
];

/** -MemberType: a kind, or Properties / Methods / All for a family (PSMemberTypes flags). */
function memberTypeMatches(filter: string, member: MemberInfo): boolean {
  const f = filter.toLowerCase();
  const t = member.memberType.toLowerCase();
  if (f === 'all') return true;
  if (f === 'properties') return t.endsWith('property') && t !== 'parameterizedproperty';
  if (f === 'methods') return t.endsWith('method');
  return f === t;
}

export const getMemberCmdlet: CmdletDefinition = {
  name: 'Get-Member',
  className: 'Microsoft.PowerShell.Commands.GetMemberCommand',
  module: UTILITY,
  synopsis: 'Lists the type name and the members (properties, methods) of the objects piped in.',
  parameters: [
    { name: 'Name', type: 'string[]', typeName: 'System.String[]', position: 0 },
    {
      name: 'MemberType',
      type: 'enum',
      typeName: 'System.Management.Automation.PSMemberTypes',
      enumTypeName: 'System.Management.Automation.PSMemberTypes',
      enumNames: MEMBER_TYPES,
      aliases: ['Type'],
    },
    inputObject,
  ],
  invoke(invocation) {
    const names = (invocation.bound.get('Name')?.value as readonly PSValue[] | undefined)?.map(
      toText,
    );
    const memberType = invocation.bound.get('MemberType')?.value;
    const filter = memberType === undefined ? null : toText(memberType);
    const seen = new Set<string>();
    const out: PSValue[] = [];
    for (const value of inputOf(invocation)) {
      // Only the first object of each type is looked at (a 300,000-item array is one type).
      if (value === null || seen.has(typeNameOf(value))) continue;
      const { typeName, members } = membersOf(value);
      seen.add(typeName);
      for (const m of members) {
        if (names && !names.some((n) => wildcardMatch(n, m.name))) continue;
        if (filter && !memberTypeMatches(filter, m)) continue;
        out.push(
          makeObject([MEMBER_DEFINITION_TYPE, 'System.Object'], {
            TypeName: typeName,
            Name: m.name,
            MemberType: m.memberType,
            Definition: m.definition,
          }),
        );
      }
    }
    if (seen.size === 0) {
      // GetMember.resx NoObjectSpecified, written at the end (G1).
      const site = cmdletSite(getMemberCmdlet, invocation.command.extent, invocation.command.name);
      const shape = {
        category: 'CloseError',
        exceptionType: 'InvalidOperationException',
        errorId: 'NoObjectInGetMember',
      };
      invocation.writeError(
        buildRecord(shape, site, 'You must specify an object for the Get-Member cmdlet.'),
      );
    }
    return out;
  },
};
