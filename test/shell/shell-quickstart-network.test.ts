// Networking as the quick starts show it (docs/fidelity-notes.md N1–N12, Q8, Q9): switches,
// container adapters, ipconfig in a session, Invoke-Command and docker's cmd, and
// Get-NetAdapter / Get-NetIPAddress — with the Hyper-V vs Windows Server difference.
import { describe, expect, it } from 'vitest';
import { containerAdapters } from '../../src/sim/index.js';
import { newConsole } from './shell-harness.js';

function lab() {
  const c = newConsole();
  c.ok(
    'New-Container -Name WS -ContainerImageName WindowsServerCore -SwitchName NAT',
    'New-Container -Name HV -ContainerImageName NanoServer -SwitchName NAT -RuntimeType HyperV',
    'Start-Container WS',
    'Start-Container HV',
  );
  const id = (name: string) => c.sim.getState().containers.find((x) => x.name === name)!;
  return { c, ws: id('WS'), hv: id('HV') };
}

describe('Get-VMSwitch (MC: Name SwitchType NetAdapterInterfaceDescription)', () => {
  const lines = newConsole().ok('Get-VMSwitch').lines;
  it('prints the three-column table with both switches and their types', () => {
    expect(lines[1]).toMatch(/^Name\s+SwitchType\s+NetAdapterInterfaceDescription$/);
    expect(lines[3]).toMatch(/^Virtual Switch External\s+Microsoft Hyper-V Network Adapter$/);
    expect(lines[4]).toMatch(/^NAT\s+NAT$/);
  });
});

describe('ipconfig: one adapter, its address, the NAT mask and gateway (PS-QS, NET: N2, N8)', () => {
  const { c, ws, hv } = lab();
  const wsView = containerAdapters(c.sim.getState(), ws.containerId)[0]!;
  const rows: [string, string, () => string[]][] = [
    [
      'Invoke-Command in a Windows Server container',
      'vEthernet',
      () => c.ok('Invoke-Command -ContainerName WS -ScriptBlock { ipconfig }').lines.slice(),
    ],
    [
      'an entered session in a Hyper-V container',
      'Ethernet',
      () => {
        c.ok('Enter-PSSession -ContainerName HV');
        const out = c.ok('ipconfig').lines.slice();
        c.ok('exit');
        return out;
      },
    ],
  ];
  it.each(rows)('%s', (_name, alias, run) => {
    const lines = run();
    expect(lines.slice(0, 4)).toEqual(['', 'Windows IP Configuration', '', '']);
    const adapter = lines.find((l) => l.startsWith('Ethernet adapter '))!;
    expect(adapter.startsWith(`Ethernet adapter ${alias}`)).toBe(true);
    const value = (label: string) =>
      lines.find((l) => l.startsWith(`   ${label}`))?.split(' : ')[1];
    expect(value('IPv4 Address. . . . . . . . . . .')).toMatch(/^172\.16\.0\.[23]$/);
    expect(value('Subnet Mask . . . . . . . . . . .')).toBe('255.240.0.0');
    expect(value('Default Gateway . . . . . . . . .')).toBe('172.16.0.1');
    expect(value('Link-local IPv6 Address . . . . .')).toMatch(/^fe80::[0-9a-f:]+%(4|1\d)$/);
  });
  it("the Windows Server container's vNIC is named for its switch and id, zone %16 (PS-QS)", () => {
    const lines = c.ok('Invoke-Command -ContainerName WS -ScriptBlock { ipconfig }').lines;
    expect(lines).toContain(`Ethernet adapter vEthernet (NAT-${ws.containerId.toUpperCase()}-0):`);
    expect(lines.join('\n')).toContain(`${wsView.linkLocalIpv6}%16`);
    expect(hv.runtimeType).toBe('HyperV');
  });
  it("docker's cmd has ipconfig too", () => {
    c.ok('docker run -it nanoserver cmd');
    const lines = c.run('ipconfig').lines;
    expect(lines.join('\n')).toMatch(/IPv4 Address[. ]+: 172\.16\.0\.4/);
    c.run('exit');
  });
});

describe('Get-NetAdapter: the Hyper-V vs Windows Server difference (N8)', () => {
  const { c } = lab();
  const host = c.ok('Get-NetAdapter').lines.join('\n');
  c.ok('Enter-PSSession -ContainerName HV');
  const inHv = c.ok('Get-NetAdapter').lines;
  const ipv4 = c.ok('Get-NetIPAddress -AddressFamily IPv4').lines;
  c.ok('exit');
  it("the host's stack holds the Windows Server container's vNIC but not the Hyper-V one", () => {
    expect(host).toMatch(/vEthernet \(NAT-/);
    expect(host).toMatch(/Hyper-V Virtual Ethernet Adapter\s+16 Up/);
    expect(host.match(/ Up /g)).toHaveLength(1);
  });
  it('inside the Hyper-V container: the utility VM\u2019s Ethernet, ifIndex 4', () => {
    expect(inHv[1]).toMatch(
      /^Name\s+InterfaceDescription\s+ifIndex\s+Status\s+MacAddress\s+LinkSpeed$/,
    );
    expect(inHv[3]).toMatch(
      /^Ethernet\s+Microsoft Hyper-V Network Adapter\s+4 Up\s+00-15-5D(-[0-9A-F]{2}){3}\s+10 Gbps$/,
    );
  });
  it('Get-NetIPAddress lists the IPv4 address with its /12 prefix', () => {
    const text = ipv4.join('\n');
    expect(text).toMatch(/IPAddress\s+: 172\.16\.0\.3/);
    expect(text).toMatch(/PrefixLength\s+: 12/);
    expect(text).toMatch(/InterfaceAlias\s+: Ethernet/);
  });
});

describe('Get-ContainerNetworkAdapter (N4)', () => {
  const { c } = lab();
  c.ok('New-Container -Name NONET -ContainerImageName NanoServer');
  const lines = c.ok('Get-ContainerNetworkAdapter').lines.join('\n');
  it('lists each connected adapter with its container, switch and addresses', () => {
    expect(lines).toMatch(
      /Network Adapter\s+WS\s+NAT\s+00155D[0-9A-F]{6}\s+Ok\s+\{172\.16\.0\.2, fe80::/,
    );
    expect(lines).toMatch(/Network Adapter\s+HV\s+NAT/);
  });
  it('a container made without -SwitchName has none', () => {
    expect(lines).not.toMatch(/NONET/);
  });
});

// REF's syntax: [-ContainerName] <string[]> or [-Container] <Container[]>, both by value
// from the pipeline, and [[-Name] <string>] at position 1.
describe('Get-ContainerNetworkAdapter takes a Container object as -ContainerName does (Q8)', () => {
  const { c } = lab();
  c.ok(
    'New-Container -Name THIRD -ContainerImageName NanoServer -SwitchName NAT',
    '$ws = Get-Container WS',
    '$hv = Get-Container HV',
  );
  const byName = c.ok('Get-ContainerNetworkAdapter -ContainerName WS').lines;
  const rows: [string, string, number][] = [
    ['positional', 'Get-ContainerNetworkAdapter $ws', 1],
    ['by name -Container', 'Get-ContainerNetworkAdapter -Container $ws', 1],
    ['piped', '$ws | Get-ContainerNetworkAdapter', 1],
    ['Get-Container piped', 'Get-Container HV | Get-ContainerNetworkAdapter', 1],
    ['two objects piped', '$ws, $hv | Get-ContainerNetworkAdapter', 2],
    ['a name piped', "'WS' | Get-ContainerNetworkAdapter", 1],
    ['the adapter name at position 1', "Get-ContainerNetworkAdapter $ws 'Network Adapter'", 1],
    ['another adapter name', 'Get-ContainerNetworkAdapter $ws nosuch', 0],
  ];
  it.each(rows)('%s: %s lists only the adapters of the containers given', (_how, line, count) => {
    const out = c.ok(line).lines;
    const adapterRows = out.filter((l) => l.startsWith('Network Adapter '));
    expect(adapterRows).toHaveLength(count);
    if (count === 1 && line.includes('$ws')) expect(out).toEqual(byName);
  });
  it('the table by name is the one adapter of WS; without a filter all three show', () => {
    expect(
      c.ok('Get-ContainerNetworkAdapter').lines.filter((l) => /^Network Adapter /.test(l)),
    ).toHaveLength(3);
    expect(byName.filter((l) => /^Network Adapter\s+WS\s+NAT/.test(l))).toHaveLength(1);
    expect(byName.join('\n')).not.toMatch(/\bHV\b/);
  });
});

describe("Get-ContainerNetworkAdapter's order (docs/fidelity-notes.md E1)", () => {
  it('lists the adapters in the order Get-Container lists their containers', () => {
    const c = newConsole();
    c.ok(
      'New-Container -Name ZED -ContainerImageName NanoServer -SwitchName NAT',
      'New-Container -Name ALPHA -ContainerImageName NanoServer -SwitchName NAT',
      'New-Container -Name MID -ContainerImageName NanoServer -SwitchName NAT',
    );
    const names = (command: string, column: RegExp) =>
      c
        .ok(command)
        .lines.slice(3)
        .map((line) => column.exec(line)?.[1])
        .filter((name): name is string => name !== undefined);
    const containers = names('Get-Container', /^(\S+)\s+(?:Off|Running)/);
    const adapters = names('Get-ContainerNetworkAdapter', /^Network Adapter (\S+)/);
    expect(containers).toHaveLength(3);
    expect(adapters).toEqual(containers);
    const byId = c.sim
      .getState()
      .containers.slice()
      .sort((a, b) => (a.containerId < b.containerId ? -1 : 1))
      .map((x) => x.name);
    expect(containers).toEqual(byId);
  });
});
