// The quick starts' Containers-module path: every TP4 module cmdlet either works or says it
// is not simulated (docs/fidelity-notes.md Q1), and the image cmdlets (I1–I7).
import { describe, expect, it } from 'vitest';
import { TP4_CONTAINERS_MODULE } from '../../src/shell/cmdlets/unsimulated-cmdlets.js';
import { newConsole } from './shell-harness.js';

describe('Get-Command -Module Containers (Q1: TP4 module list, reference-quickstarts.md)', () => {
  const c = newConsole();
  const listed = c.ok('Get-Command -Module Containers').lines.join('\n');
  it.each(TP4_CONTAINERS_MODULE)('lists %s', (name) => {
    expect(listed).toMatch(new RegExp(`\\b${name}\\b`));
  });
});

describe('an unsimulated module cmdlet (Q1)', () => {
  const rows: [string, string][] = [
    ['Export-ContainerImage', 'Export-ContainerImage -Name X -Path C:\\e -Publisher P'],
    ['Add-ContainerSharedFolder', 'Add-ContainerSharedFolder -ContainerName A -SourcePath c:\\s'],
    ['Set-ContainerProcessor', 'Set-ContainerProcessor -ContainerName A -Maximum 50'],
    ['Install-ContainerOSImage', 'Install-ContainerOSImage c:\\base.wim'],
    ['Get-ContainerHost', 'Get-ContainerHost'],
  ];
  it.each(rows)('%s writes one "not simulated" record, never "not recognized"', (name, line) => {
    const c = newConsole();
    const r = c.fails(line);
    const text = r.lines.join('\n');
    expect(text).not.toMatch(/not recognized/);
    expect(r.lines[0]).toMatch(new RegExp(`^${name} : ${name} is part of TP4's Containers`));
    expect(text).toMatch(/isolab does not simulate it/);
    expect(text.match(/FullyQualifiedErrorId/g)).toHaveLength(1);
    expect(text).toMatch(/NotImplemented: \(:\) \[/);
  });
  it('is still host-only: inside a session it is not recognized, like the module', () => {
    const c = newConsole();
    c.ok(
      'New-Container -Name A -ContainerImageName WindowsServerCore',
      'Start-Container A',
      'Enter-PSSession -ContainerName A',
    );
    expect(c.fails('Get-ContainerHost').lines.join('\n')).toMatch(/not recognized/);
  });
});

describe('New-ContainerImage (I1, I2, I3: PS-QS)', () => {
  const c = newConsole();
  c.ok(
    'New-Container -Name TP4Demo -ContainerImageName WindowsServerCore -SwitchName NAT',
    'Start-Container TP4Demo',
  );
  const running = c.run(
    'New-ContainerImage -ContainerName TP4Demo -Name WindowsServerCoreIIS -Publisher Demo -Version 1.0',
  );
  c.ok('Stop-Container TP4Demo');
  const made = c.ok(
    'New-ContainerImage -ContainerName TP4Demo -Name WindowsServerCoreIIS -Publisher Demo -Version 1.0',
  );
  it('refuses a running container (I3) with a module error record', () => {
    expect(running.hadError).toBe(true);
    expect(running.lines[0]).toMatch(/^New-ContainerImage : /);
    expect(running.lines.join('\n')).toMatch(/InvalidState,.*NewContainerImage/);
  });
  it('prints the image row: WindowsServerCoreIIS CN=Demo 1.0.0.0 False (I1)', () => {
    expect(made.lines.map((l) => l.split(/\s+/).join(' '))).toContain(
      'WindowsServerCoreIIS CN=Demo 1.0.0.0 False',
    );
  });
  it('Get-ContainerImage lists it beside the OS images (I7)', () => {
    const listed = c.ok('Get-ContainerImage').lines.join('\n');
    expect(listed).toMatch(/WindowsServerCoreIIS\s+CN=Demo\s+1\.0\.0\.0\s+False/);
    expect(listed).toMatch(/NanoServer\s+CN=Microsoft/);
  });
  it('New-Container can use it; ParentImageName shows its name (I2)', () => {
    const r = c.ok('New-Container -Name IIS -ContainerImageName WindowsServerCoreIIS');
    expect(r.lines.join('\n')).toMatch(/IIS\s+Off\s+00:00:00\s+WindowsServerCoreIIS/);
  });
  it('Remove-ContainerImage refuses while a container depends on it (I4)', () => {
    const r = c.fails('Remove-ContainerImage -Name WindowsServerCoreIIS');
    expect(r.lines[0]).toMatch(/^Remove-ContainerImage : /);
    expect(c.ok('Get-ContainerImage').lines.join('\n')).toMatch(/WindowsServerCoreIIS/);
  });
  it('Remove-ContainerImage removes it once nothing depends on it (I4)', () => {
    c.ok('Remove-Container IIS -Force');
    c.ok('Get-ContainerImage WindowsServerCoreIIS | Remove-ContainerImage');
    expect(c.ok('Get-ContainerImage').lines.join('\n')).not.toMatch(/WindowsServerCoreIIS/);
  });
  it('an OS image is not removed (I5)', () => {
    expect(c.fails('Remove-ContainerImage NanoServer').lines[0]).toMatch(/^Remove-ContainerImage/);
  });
  it('an unknown image name is reported', () => {
    expect(c.fails('Remove-ContainerImage Nope').lines.join('\n')).toMatch(/'Nope'/);
  });
});
