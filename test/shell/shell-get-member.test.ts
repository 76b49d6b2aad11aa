// Get-Member (gm): the type name and the Name/MemberType/Definition table for every kind of
// object the lab emits (docs/fidelity-notes.md G1–G3).
import { describe, expect, it } from 'vitest';
import { newConsole } from './shell-harness.js';

function lab() {
  const c = newConsole();
  c.ok(
    'New-Container -Name web -ContainerImageName WindowsServerCore -SwitchName "Virtual Switch"',
  );
  return c;
}

describe('the TypeName of each object the lab emits (G1, G2)', () => {
  const rows: [line: string, typeName: string, member: RegExp][] = [
    [
      'Get-Container | gm',
      'Microsoft.Containers.PowerShell.Objects.Container',
      /^ContainerId +Property +guid ContainerId \{get;\}$/,
    ],
    [
      'Get-ContainerImage | gm',
      'Microsoft.Containers.PowerShell.Objects.ContainerImage',
      /^IsOSImage +Property +bool IsOSImage \{get;\}$/,
    ],
    ['Get-Process | gm', 'System.Diagnostics.Process', /^Name +AliasProperty +Name = ProcessName$/],
    ["'abc' | gm", 'System.String', /^Length +Property +int Length \{get;\}$/],
    ['42 | gm', 'System.Int32', /^CompareTo +Method /],
    ['1.5 | gm', 'System.Double', /^ToString +Method +string ToString\(\)$/],
    ['$true | gm', 'System.Boolean', /^Equals +Method /],
    ['@{a=1} | gm', 'System.Collections.Hashtable', /^Keys +Property /],
    [
      '$PSVersionTable | gm',
      'System.Collections.Hashtable',
      /^Count +Property +int Count \{get;\}$/,
    ],
    ['$PSVersionTable.PSVersion | gm', 'System.Version', /^Major +Property +int Major \{get;\}$/],
    ['Get-VMSwitch | gm', 'Microsoft.HyperV.PowerShell.VMSwitch', /^SwitchType +Property /],
    [
      'Get-ContainerNetworkAdapter | gm',
      'Microsoft.Containers.PowerShell.Objects.ContainerNetworkAdapter',
      /^SwitchName +Property +string SwitchName \{get;\}$/,
    ],
    [
      'Get-Container | Select Name | gm',
      'Selected.Microsoft.Containers.PowerShell.Objects.Container',
      /^Name +NoteProperty +string Name=web$/,
    ],
    [
      'Get-Command Get-Process | gm',
      'System.Management.Automation.CmdletInfo',
      /^Name +Property +string Name \{get;\}$/,
    ],
    [
      '(Get-Container).RuntimeType | gm',
      'Microsoft.Containers.PowerShell.Objects.RuntimeType',
      /^GetType +Method +type GetType\(\)$/,
    ],
  ];
  it.each(rows)('%s → TypeName: %s', (line, typeName, member) => {
    const lines = lab().ok(line).lines;
    expect(lines.slice(0, 3)).toEqual(['', `   TypeName: ${typeName}`, '']);
    expect(lines[3]).toMatch(/^Name +MemberType +Definition$/);
    expect(lines.some((l) => member.test(l))).toBe(true);
  });
});

describe('the member table (G1)', () => {
  it('members sort by member type, then name; object methods always there', () => {
    const lines = lab().ok('Get-Container | Get-Member').lines.slice(5, -2);
    const kinds = lines.map((l) => l.split(/ +/)[1] ?? '');
    expect(kinds).toEqual([...kinds].sort());
    expect(lines.slice(0, 4).map((l) => l.split(' ')[0])).toEqual([
      'Equals',
      'GetHashCode',
      'GetType',
      'ToString',
    ]);
  });
  it('one group per distinct type, in the order first seen', () => {
    const lines = lab().ok("1, 'a', 2 | gm -Name ToString").lines;
    expect(lines.filter((l) => l.startsWith('   TypeName: '))).toEqual([
      '   TypeName: System.Int32',
      '   TypeName: System.String',
    ]);
  });
  const filters: [filter: string, kinds: string[]][] = [
    ['Property', ['Property']],
    ['Method', ['Method']],
    ['Properties', ['AliasProperty', 'Property', 'ScriptProperty']],
    ['AliasProperty', ['AliasProperty']],
  ];
  it.each(filters)('-MemberType %s', (filter, kinds) => {
    const lines = lab().ok(`Get-Process -Id 4 | gm -MemberType ${filter}`).lines.slice(5, -2);
    expect(lines.length).toBeGreaterThan(0);
    expect([...new Set(lines.map((l) => l.split(/ +/)[1]))].sort()).toEqual(kinds);
  });
  it('no input: NoObjectInGetMember', () => {
    const text = newConsole().fails('Get-Member').lines.join('\n');
    expect(text).toContain('Get-Member : You must specify an object for the Get-Member cmdlet.');
    expect(text).toContain('NoObjectInGetMember,Microsoft.PowerShell.Commands.GetMemberCommand');
  });
});
