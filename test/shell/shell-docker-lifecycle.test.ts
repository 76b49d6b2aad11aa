// docker's container lifecycle by command (docs/fidelity-notes.md Q10): detached, a shell
// without -i reads the end of its input and exits, and the container with it; `ping -t`
// keeps running; `-it … powershell` makes the console the container's own PowerShell.
import { describe, expect, it } from 'vitest';
import { findContainerByName } from '../../src/sim/index.js';
import { newConsole } from './shell-harness.js';

const stateOf = (c: ReturnType<typeof newConsole>, name: string) =>
  findContainerByName(c.sim.getState(), name)?.state;

describe('docker run -d: up or exited by its command (Q10)', () => {
  const rows: [rule: string, line: string, state: 'Running' | 'Off', status: RegExp][] = [
    [
      'Q10 cmd without -i exits at once',
      'docker run -d --name x nanoserver cmd',
      'Off',
      /Exited \(0\)/,
    ],
    ['Q10 no command: cmd, exits', 'docker run -d --name x nanoserver', 'Off', /Exited \(0\)/],
    [
      'Q10 cmd /c runs and exits',
      'docker run -d --name x nanoserver cmd /c echo hi',
      'Off',
      /Exited \(0\)/,
    ],
    [
      'Q10 powershell without -i exits',
      'docker run -d --name x windowsservercore powershell',
      'Off',
      /Exited \(0\)/,
    ],
    [
      'Q10 ping -t keeps running',
      'docker run -d --name x nanoserver ping -t localhost',
      'Running',
      /Up /,
    ],
    ['Q10 ping /t too', 'docker run -d --name x nanoserver ping /t localhost', 'Running', /Up /],
    [
      'Q10 ping without -t ends',
      'docker run -d --name x nanoserver ping localhost',
      'Off',
      /Exited \(0\)/,
    ],
    [
      'Q10 -dit keeps cmd waiting for input',
      'docker run -dit --name x nanoserver cmd',
      'Running',
      /Up /,
    ],
  ];
  it.each(rows)('%s: %s', (_rule, line, state, status) => {
    const c = newConsole();
    const id = c.ok(line).lines;
    expect(id).toHaveLength(1);
    expect(id[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(stateOf(c, 'x')).toBe(state);
    const row = c.ok('docker ps -a').lines[1] ?? '';
    expect(row).toMatch(status);
  });
  it("Q3 docker logs of a ping -t: ping's header, then a reply a second", () => {
    const c = newConsole();
    const id = c.ok('docker run -d --name x nanoserver ping -t localhost').lines[0] ?? '';
    c.ok('docker ps');
    const lines = c.ok('docker logs x').lines;
    expect(lines.slice(0, 2)).toEqual([
      '',
      `Pinging ${id.slice(0, 12)} [::1] with 32 bytes of data:`,
    ]);
    expect(lines.slice(2).length).toBeGreaterThan(1);
    expect(new Set(lines.slice(2))).toEqual(new Set(['Reply from ::1: time<1ms']));
  });
  it('Q6 COMMAND shows the long-running command quoted', () => {
    const c = newConsole();
    c.ok('docker run -d --name x nanoserver ping -t localhost');
    expect(c.ok('docker ps').lines[1]).toContain('"ping -t localhost"');
  });
});

describe('docker run -it … powershell (Q10)', () => {
  function attached() {
    const c = newConsole();
    const lines = c.ok('docker run -it --name w windowsservercore powershell').lines;
    return { c, lines };
  }
  it("prints powershell.exe's banner and a console prompt", () => {
    const { c, lines } = attached();
    expect(lines).toEqual([
      'Windows PowerShell',
      'Copyright (C) 2015 Microsoft Corporation. All rights reserved.',
      '',
    ]);
    expect(c.prompt()).toBe('PS C:\\> ');
  });
  it('commands run inside the container: its processes, its address', () => {
    const { c } = attached();
    const processes = c.ok('Get-Process | % ProcessName').lines;
    expect(processes).toContain('powershell');
    expect(processes).not.toContain('vmms');
    expect(c.ok('ipconfig').lines.join('\n')).toContain('IPv4 Address');
    // docker is the host's; inside the container there is none.
    expect(c.fails('docker ps').lines.join('\n')).toContain('CommandNotFoundException');
  });
  it('Enter-PSSession there finds no Containers feature, as Invoke-Command does', () => {
    const { c } = attached();
    const text = c.fails('Enter-PSSession -ContainerName w').lines.join('\n');
    expect(text).toContain('The Containers feature may not be enabled on this machine.');
  });
  it('Install-WindowsFeature works there (a Server Core container, F1)', () => {
    const { c } = attached();
    expect(c.ok('Install-WindowsFeature web-server').lines[3]).toMatch(/^True +No +Success/);
  });
  it('exit ends the container: its own process was the PowerShell', () => {
    const { c } = attached();
    expect(stateOf(c, 'w')).toBe('Running');
    c.ok('exit');
    expect(stateOf(c, 'w')).toBe('Off');
    expect(c.ok('docker ps -a').lines[1]).toMatch(/Exited \(0\)/);
    expect(c.prompt()).toBe('PS C:\\> ');
    expect(c.ok('Get-Process | % ProcessName').lines).toContain('vmms');
  });
});
