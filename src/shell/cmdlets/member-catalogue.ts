// What Get-Member lists for a value (docs/fidelity-notes.md G1–G3): its type name and members.
// Properties come from the object itself (their types read off the values); .NET methods and
// the aliases PowerShell's types.ps1xml adds are listed per type where the lab knows them.
import { HASHTABLE_TYPE } from '../runtime/automatic.js';
import { valueToString } from '../runtime/text.js';
import {
  isArray,
  isPSEnum,
  isPSGuid,
  isPSObject,
  isPSTimeSpan,
  isScriptBlock,
  TYPE,
  type PSObject,
  type PSValue,
} from '../runtime/values.js';

export interface MemberInfo {
  readonly name: string;
  readonly memberType: string;
  readonly definition: string;
}

/** Type names as Get-Member's definitions print them: accelerators, else the full name. */
const SHORT: Readonly<Record<string, string>> = {
  'System.String': 'string',
  'System.Int32': 'int',
  'System.Int64': 'long',
  'System.Double': 'double',
  'System.Boolean': 'bool',
  'System.Guid': 'guid',
  'System.TimeSpan': 'timespan',
  'System.Object': 'System.Object',
  'System.Version': 'version',
  'System.Collections.Hashtable': 'hashtable',
  'System.Management.Automation.ScriptBlock': 'scriptblock',
};
const short = (type: string): string => SHORT[type] ?? type;

/** The .NET type of a value, as `$x.GetType().FullName` would say. */
export function typeNameOf(value: PSValue): string {
  if (value === null) return 'System.Object';
  if (typeof value === 'string') return 'System.String';
  if (typeof value === 'number') return Number.isInteger(value) ? 'System.Int32' : 'System.Double';
  if (typeof value === 'boolean') return 'System.Boolean';
  if (isArray(value)) return 'System.Object[]';
  if (isPSEnum(value)) return value.typeName;
  if (isPSGuid(value)) return 'System.Guid';
  if (isPSTimeSpan(value)) return 'System.TimeSpan';
  if (isScriptBlock(value)) return 'System.Management.Automation.ScriptBlock';
  return value.typeNames[0] ?? 'System.Object';
}

const method = (name: string, definition: string): MemberInfo => ({
  name,
  memberType: 'Method',
  definition,
});
const OBJECT_METHODS = [
  method('Equals', 'bool Equals(System.Object obj)'),
  method('GetHashCode', 'int GetHashCode()'),
  method('GetType', 'type GetType()'),
  method('ToString', 'string ToString()'),
];
const property = (name: string, type: string, set = false): MemberInfo => ({
  name,
  memberType: 'Property',
  definition: `${short(type)} ${name} {get;${set ? 'set;' : ''}}`,
});

/** Members of the values that are not objects with properties (G2). */
const SCALARS: Readonly<Record<string, readonly MemberInfo[]>> = {
  'System.String': [
    method('Contains', 'bool Contains(string value)'),
    method('EndsWith', 'bool EndsWith(string value)'),
    method('IndexOf', 'int IndexOf(string value)'),
    method('Replace', 'string Replace(string oldValue, string newValue)'),
    method('Split', 'string[] Split(Params char[] separator)'),
    method('StartsWith', 'bool StartsWith(string value)'),
    method('Substring', 'string Substring(int startIndex)'),
    method('ToLower', 'string ToLower()'),
    method('ToUpper', 'string ToUpper()'),
    method('Trim', 'string Trim()'),
    {
      name: 'Chars',
      memberType: 'ParameterizedProperty',
      definition: 'char Chars(int index) {get;}',
    },
    property('Length', 'System.Int32'),
  ],
  'System.Int32': [method('CompareTo', 'int CompareTo(System.Object value)')],
  'System.Double': [method('CompareTo', 'int CompareTo(System.Object value)')],
  'System.Boolean': [method('CompareTo', 'int CompareTo(System.Object obj)')],
  [HASHTABLE_TYPE]: [
    method('Add', 'void Add(System.Object key, System.Object value)'),
    method('Clear', 'void Clear()'),
    method('ContainsKey', 'bool ContainsKey(System.Object key)'),
    method('Remove', 'void Remove(System.Object key)'),
    {
      name: 'Item',
      memberType: 'ParameterizedProperty',
      definition: 'System.Object Item(System.Object key) {get;set;}',
    },
    property('Count', 'System.Int32'),
    property('Keys', 'System.Collections.ICollection'),
    property('Values', 'System.Collections.ICollection'),
  ],
};

/** The declared type of properties the lab may leave $null (nothing else says it) [I]. */
const DECLARED: Readonly<Record<string, string>> = {
  SwitchName: 'System.String',
  ParentImage: 'Microsoft.Containers.PowerShell.Objects.ContainerImage',
};

/** types.ps1xml's aliases and script property on System.Diagnostics.Process (G3). */
const PROCESS_ALIASES: Readonly<Record<string, string>> = {
  Handles: 'Handlecount',
  Name: 'ProcessName',
  NPM: 'NonpagedSystemMemorySize64',
  PM: 'PagedMemorySize64',
  SI: 'SessionId',
  VM: 'VirtualMemorySize64',
  WS: 'WorkingSet64',
};

function objectMembers(obj: PSObject, typeName: string): MemberInfo[] {
  const custom =
    typeName.startsWith(TYPE.selected) ||
    obj.typeNames.includes('System.Management.Automation.PSCustomObject');
  if (custom) {
    return obj.properties.map((p) => ({
      name: p.name,
      memberType: 'NoteProperty',
      definition: `${short(typeNameOf(p.value))} ${p.name}=${valueToString(p.value)}`,
    }));
  }
  if (typeName === HASHTABLE_TYPE) return [];
  const process = obj.typeNames.some((t) => t.endsWith(TYPE.process));
  return obj.properties.map((p): MemberInfo => {
    if (process && PROCESS_ALIASES[p.name]) {
      return {
        name: p.name,
        memberType: 'AliasProperty',
        definition: `${p.name} = ${PROCESS_ALIASES[p.name]}`,
      };
    }
    if (process && p.name === 'CPU') {
      const getter = '$this.TotalProcessorTime.TotalSeconds';
      return {
        name: 'CPU',
        memberType: 'ScriptProperty',
        definition: `System.Object CPU {get=${getter};}`,
      };
    }
    return property(
      p.name,
      p.value === null ? (DECLARED[p.name] ?? 'System.Object') : typeNameOf(p.value),
    );
  });
}

/** String.Compare with OrdinalIgnoreCase: code units of the upper-cased texts. */
const ordinalIgnoreCase = (a: string, b: string): number => {
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
};

/** GetMember.cs MemberComparer: by member type as text, then by name, both without case. */
const byTypeThenName = (a: MemberInfo, b: MemberInfo): number =>
  ordinalIgnoreCase(a.memberType, b.memberType) || ordinalIgnoreCase(a.name, b.name);

export function membersOf(value: PSValue): { typeName: string; members: MemberInfo[] } {
  const typeName = typeNameOf(value);
  const own = isPSObject(value) ? objectMembers(value, typeName) : [];
  const extra = SCALARS[typeName] ?? [];
  const seen = new Set<string>();
  const members = [...OBJECT_METHODS, ...extra, ...own].filter((m) => {
    const key = `${m.memberType} ${m.name.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { typeName, members: members.sort(byTypeThenName) };
}
