// Install-WindowsFeature and Get-WindowsFeature end to end (docs/fidelity-notes.md F1, F2):
// PS-QS's result table inside a Server Core container, the feature shown installed after,
// kept by an image captured from the container, and the records elsewhere.
import { describe, expect, it } from 'vitest';
import { newConsole } from './shell-harness.js';

function inServerCore() {
  const c = newConsole();
  c.ok(
    'New-Container -Name TP4Demo -ContainerImageName WindowsServerCore -SwitchName "Virtual Switch"',
    'Start-Container TP4Demo',
    'Enter-PSSession -ContainerName TP4Demo -RunAsAdministrator',
  );
  return c;
}

describe('Install-WindowsFeature in a Server Core container (F1, F2)', () => {
  it("F1 prints PS-QS's result table", () => {
    const lines = inServerCore().ok('Install-WindowsFeature web-server').lines;
    expect(lines[1]).toBe('Success Restart Needed Exit Code      Feature Result');
    expect(lines[2]).toBe('------- -------------- ---------      --------------');
    expect(lines[3]).toMatch(
      /^True {4}No {13}Success {8}\{Common HTTP Features, Default Document, D/,
    );
  });
  const rows: [rule: string, before: string[], line: string, row: string][] = [
    ['F2 Available before', [], 'Get-WindowsFeature web-server', '[ ] Web Server (IIS)'],
    [
      'F1 Installed after',
      ['Install-WindowsFeature web-server'],
      'Get-WindowsFeature web-server',
      '[X] Web Server (IIS)',
    ],
    [
      'F2 the alias Add-WindowsFeature',
      ['Add-WindowsFeature Web-Server'],
      'Get-WindowsFeature Web-Server',
      '[X] Web Server (IIS)',
    ],
    [
      'F2 services come along',
      ['Install-WindowsFeature web-server'],
      'Get-WindowsFeature web-default-doc',
      '            [X] Default Document',
    ],
  ];
  it.each(rows)('%s', (_rule, before, line, row) => {
    const c = inServerCore();
    c.ok(...before);
    const lines = c.ok(line).lines;
    expect(lines[1]).toBe('Display Name'.padEnd(56) + 'Name'.padEnd(27) + 'Install State');
    expect(lines[3]?.startsWith(row)).toBe(true);
    expect(lines[3]?.endsWith(row.includes('[X]') ? '    Installed' : '    Available')).toBe(true);
  });
  it('F1 installing again changes nothing: NoChangeNeeded, {}', () => {
    const c = inServerCore();
    c.ok('Install-WindowsFeature web-server');
    expect(c.ok('Install-WindowsFeature web-server').lines[3]).toBe(
      'True    No             NoChangeNeeded {}',
    );
  });
  it('F1 an image captured from the container keeps the feature', () => {
    const c = inServerCore();
    c.ok('Install-WindowsFeature web-server', 'exit', 'Stop-Container TP4Demo');
    c.ok('New-ContainerImage -ContainerName TP4Demo -Name IIS -Publisher Demo -Version 1.0');
    c.ok('New-Container -Name web2 -ContainerImageName IIS', 'Start-Container web2');
    c.ok('Enter-PSSession -ContainerName web2 -RunAsAdministrator');
    expect(c.ok('Get-WindowsFeature web-server').lines[3]).toMatch(/^\[X\] Web Server \(IIS\)/);
  });
});

describe('where the cmdlets are not (F2)', () => {
  it("an unknown name is ServerManager's NameDoesNotExist", () => {
    const text = inServerCore().fails('Install-WindowsFeature foo').lines.join('\n');
    expect(text).toContain("The role, role service, or feature name is not valid: 'foo'.");
    expect(text).toContain(
      'NameDoesNotExist,Microsoft.Windows.ServerManager.Commands.AddWindowsFeatureCommand',
    );
  });
  it('on the host: a real cmdlet the lab does not model, said so', () => {
    const text = newConsole().fails('Install-WindowsFeature web-server').lines.join('\n');
    expect(text).toContain('isolab does not simulate the host');
    expect(text).toContain('NotSimulatedByIsolab');
  });
  it('in a Nano Server container: no ServerManager, not recognized', () => {
    const c = newConsole();
    c.ok('New-Container -Name n -ContainerImageName NanoServer', 'Start-Container n');
    c.ok('Enter-PSSession -ContainerName n');
    const text = c.fails('Install-WindowsFeature web-server').lines.join('\n');
    expect(text).toContain('CommandNotFoundException');
  });
});
