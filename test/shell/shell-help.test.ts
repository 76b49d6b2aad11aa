// Get-Help: TP4's auto-generated partial help, built from each cmdlet's parameter table
// (docs/fidelity-notes.md P1–P3; reference-quickstarts.md `Get-Help New-Container`).
import { describe, expect, it } from 'vitest';
import { allCmdlets } from '../../src/shell/cmdlets/registry.js';
import { newConsole } from './shell-harness.js';

describe('Get-Help <cmdlet>: the partial help (P1)', () => {
  const c = newConsole();
  const lines = c.ok('Get-Help New-Container').lines;
  const section = (name: string) => lines.indexOf(name);
  it('has NAME, SYNTAX, ALIASES and REMARKS in that order, and no invented prose', () => {
    expect(lines.slice(0, 3)).toEqual(['', 'NAME', '    New-Container']);
    const order = ['NAME', 'SYNTAX', 'ALIASES', 'REMARKS'].map(section);
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
    expect(lines).not.toContain('SYNOPSIS');
    expect(lines).not.toContain('PARAMETERS');
    expect(lines[section('ALIASES') + 1]).toBe('    None');
    expect(lines[section('REMARKS') + 1]).toBe(
      '    Get-Help cannot find the Help files for this cmdlet on this computer. It is displaying only partial help.',
    );
  });
  const syntax = lines
    .slice(section('SYNTAX') + 1, section('ALIASES'))
    .join('\n')
    .split('\n\n')
    .map((set) => set.replace(/\n +/g, ' ').trim())
    .filter(Boolean);
  it('one syntax paragraph per parameter set (ImageName, Image)', () => {
    expect(syntax).toHaveLength(2);
    expect(syntax[0]).toMatch(
      /^New-Container \[\[-Name\] <string>\] -ContainerImageName <string> /,
    );
    expect(syntax[1]).toMatch(
      /^New-Container \[\[-Name\] <string>\] -ContainerImage <ContainerImage> /,
    );
  });
  const rows: [rule: string, text: string][] = [
    ['P2 an enum shows its names', '[-RuntimeType {Default | HyperV}]'],
    ['P2 Int64 is long', '[-MemoryStartupBytes <long>]'],
    ["P1 REF's New-Container: a version", '[-ContainerImageVersion <version>]'],
    ['P2 a switch has no type', '[-AsJob]'],
    ['P2 arrays keep []', '[-ComputerName <string[]>]'],
    ['P2 accelerators are lower case', '[-Credential <pscredential[]>]'],
    ['P1 common parameters last, after two blanks', '  [<CommonParameters>]'],
  ];
  it.each(rows)('%s: %s', (_rule, text) => {
    expect(syntax[0]).toContain(text);
  });
  it('wraps at the console width, continuation indented 4', () => {
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(119);
    expect(lines.filter((l) => /^ {4}\[/.test(l)).length).toBeGreaterThan(0);
  });
});

describe('aliases, positions and sets (P1, P2)', () => {
  const rows: [line: string, expected: string][] = [
    ['Get-Help gps', '    Get-Process -Id <int[]>'],
    ['Get-Help Start-Container', '    Start-Container [-Name] <string[]> [-Passthru]'],
    ['Get-Help Start-Container', '    Start-Container [-Container] <Container[]> [-Passthru]'],
    ['help Get-Container', '    Get-Container [-Id <guid>]'],
  ];
  it.each(rows)('%s shows %j', (line, expected) => {
    const lines = newConsole().ok(line).lines;
    expect(lines.some((l) => l.startsWith(expected))).toBe(true);
  });
  it('ALIASES lists the built-in ones', () => {
    const lines = newConsole().ok('Get-Help Get-Process').lines;
    expect(lines[lines.indexOf('ALIASES') + 1]).toBe('    gps, ps');
  });
  it('every cmdlet the lab models gets partial help without an error', () => {
    const c = newConsole();
    for (const cmdlet of allCmdlets().filter((x) => !x.unsimulated)) {
      const lines = c.ok(`Get-Help ${cmdlet.name}`).lines;
      expect(lines[2]).toBe(`    ${cmdlet.name}`);
    }
  });
});

describe('what has no help (P3)', () => {
  it('an unknown name writes HelpNotFound', () => {
    const text = newConsole().fails('Get-Help Foo').lines.join('\n');
    expect(text).toContain(
      'Get-Help : Get-Help could not find Foo in a help file in this session.',
    );
    expect(text).toContain('ResourceUnavailable: (:) [Get-Help], HelpNotFoundException');
    expect(text).toContain('HelpNotFound,Microsoft.PowerShell.Commands.GetHelpCommand');
  });
  it('a module cmdlet the lab does not model says so, with no invented syntax', () => {
    const text = newConsole().fails('Get-Help Export-ContainerImage').lines.join('\n');
    expect(text).toContain('isolab does not simulate it');
    expect(text).not.toContain('SYNTAX');
  });
});
