// The network rules, one row each, with the line of docs/fidelity-notes.md ("Networking")
// that gives its source.
import { describe, expect, it } from 'vitest';
import {
  addNetworkAdapter,
  bootHost,
  connectNetworkAdapter,
  containerAdapters,
  containerIpv4,
  containerNicsOnHost,
  hostPortHolder,
  newContainer,
  startContainer,
  stopContainer,
  type HostState,
  type NewContainerOptions,
} from '../../src/sim/index.js';
import { checkInvariants, unwrap } from './helpers.js';

/** Makes each container in turn (and starts those marked), returning the state and their ids. */
function host(specs: readonly (NewContainerOptions & { start?: boolean })[], seed = 1) {
  let state: HostState = bootHost(seed);
  const ids: string[] = [];
  for (const { start, ...options } of specs) {
    const made = unwrap(newContainer(state, options));
    state = made.state;
    ids.push(made.value.containerId);
    if (start) state = unwrap(startContainer(state, made.value.containerId)).state;
  }
  checkInvariants(state);
  return { state, ids };
}

const nat = (name: string, extra: Partial<NewContainerOptions> & { start?: boolean } = {}) => ({
  name,
  image: 'WindowsServerCore',
  switchName: 'NAT',
  start: true,
  ...extra,
});
const docker = { isolation: '', image: 'nanoserver', command: 'cmd' };

describe('networking (docs/fidelity-notes.md, Networking)', () => {
  it.each([
    ['N1 the first container on NAT: 172.16.0.2/12 behind 172.16.0.1', [nat('A')], 0, '172.16.0.2'],
    ['N2 the next one takes the next address', [nat('A'), nat('B')], 1, '172.16.0.3'],
    [
      'N3 the External switch: the LAN DHCP range from .100',
      [nat('A', { switchName: 'Virtual Switch' })],
      0,
      '192.168.1.100',
    ],
    ['N4 no -SwitchName: no adapter, no address', [nat('A', { switchName: null })], 0, null],
    [
      'N5 docker joins the NAT switch (its daemon bridges to it)',
      [nat('A', { owner: 'docker', docker, switchName: null, image: 'nanoserver' })],
      0,
      '172.16.0.2',
    ],
    ['N6 an Off container holds no address', [nat('A', { start: false })], 0, null],
  ] as const)('%s', (_name, specs, which, address) => {
    const { state, ids } = host(specs);
    expect(containerIpv4(state, ids[which]!)).toBe(address);
  });

  it('N1 ipconfig values: mask, gateway, DNS suffix, link-local zone', () => {
    const { state, ids } = host([nat('A')]);
    const [view] = containerAdapters(state, ids[0]!);
    expect(view).toMatchObject({
      ipv4Address: '172.16.0.2',
      subnetMask: '255.240.0.0',
      prefixLength: 12,
      defaultGateway: '172.16.0.1',
      dnsSuffix: 'contoso.com',
      status: 'Up',
    });
    expect(view!.linkLocalIpv6).toMatch(/^fe80::[0-9a-f]{1,4}(:[0-9a-f]{1,4}){3}$/);
    expect(view!.macAddress).toMatch(/^00-15-5D(-[0-9A-F]{2}){3}$/);
  });

  it('N7 a stopped container gives its address back; the lowest free one is reused', () => {
    const made = host([nat('A'), nat('B')]);
    const ids = made.ids;
    let state = made.state;
    state = unwrap(stopContainer(state, ids[0]!)).state;
    expect(containerIpv4(state, ids[0]!)).toBeNull();
    expect(containerAdapters(state, ids[0]!)[0]).toMatchObject({ status: 'Disconnected' });
    const c = unwrap(newContainer(state, { name: 'C', image: 'NanoServer', switchName: 'NAT' }));
    state = unwrap(startContainer(c.state, c.value.containerId)).state;
    expect(containerIpv4(state, c.value.containerId)).toBe('172.16.0.2');
    checkInvariants(state);
  });

  it('N8 where the NIC lives: a host compartment vs the utility VM', () => {
    const { state, ids } = host([
      nat('WINCONT'),
      nat('HYPVCON', { image: 'NanoServer', runtimeType: 'HyperV' }),
    ]);
    const [wincont] = containerAdapters(state, ids[0]!);
    const [hypv] = containerAdapters(state, ids[1]!);
    const upper = ids[0]!.toUpperCase();
    expect(wincont).toMatchObject({
      stack: 'host-compartment',
      compartmentId: 2,
      interfaceIndex: 16,
      interfaceAlias: `vEthernet (NAT-${upper}-0)`,
    });
    expect(hypv).toMatchObject({
      stack: 'utility-vm',
      compartmentId: null,
      interfaceIndex: 4,
      interfaceAlias: 'Ethernet',
      ipv4Address: '172.16.0.3',
    });
    // The host's own stack holds the Windows Server container's NIC only.
    expect(containerNicsOnHost(state).map((v) => v.container.name)).toEqual(['WINCONT']);
  });

  it('N9 the adapter draws nothing from the shared RNG: every other random value stays put', () => {
    const plain = unwrap(newContainer(bootHost(7), { name: 'A', image: 'NanoServer' }));
    const wired = unwrap(
      newContainer(bootHost(7), { name: 'A', image: 'NanoServer', switchName: 'NAT' }),
    );
    expect(wired.state.rng).toBe(plain.state.rng);
    expect(wired.value.containerId).toBe(plain.value.containerId);
  });

  it('N10 deterministic for a seed, and the MAC address survives a restart', () => {
    const a = host([nat('A'), nat('B')], 42);
    const b = host([nat('A'), nat('B')], 42);
    const macs = (s: HostState, ids: string[]) =>
      ids.map((id) => containerAdapters(s, id)[0]!.macAddress);
    expect(macs(a.state, a.ids)).toEqual(macs(b.state, b.ids));
    expect(new Set(macs(a.state, a.ids)).size).toBe(2);
    const restarted = unwrap(
      startContainer(unwrap(stopContainer(a.state, a.ids[0]!)).state, a.ids[0]!),
    ).state;
    expect(macs(restarted, a.ids)).toEqual(macs(a.state, a.ids));
  });

  it('N11 docker -p: the running container holds the host port, a stopped one does not', () => {
    const ports = [
      { hostIp: '0.0.0.0', hostPort: 80, containerPort: 80, protocol: 'tcp' as const },
    ];
    const withPorts = { ...docker, ports };
    const { state, ids } = host([
      nat('web', { owner: 'docker', docker: withPorts, switchName: null, image: 'nanoserver' }),
    ]);
    expect(hostPortHolder(state, 80)?.containerId).toBe(ids[0]);
    expect(hostPortHolder(state, 80, 'udp')).toBeUndefined();
    const stopped = unwrap(stopContainer(state, ids[0]!)).state;
    expect(hostPortHolder(stopped, 80)).toBeUndefined();
  });

  it('N12 Add-/Connect-ContainerNetworkAdapter on an Off container; refused running', () => {
    const tst = host([nat('TST', { switchName: null, start: false })]);
    const ids = tst.ids;
    let state = tst.state;
    state = unwrap(addNetworkAdapter(state, ids[0]!)).state;
    const [added] = containerAdapters(state, ids[0]!);
    expect([added?.adapter.name, added?.switch, added?.status]).toEqual([
      'Network Adapter',
      null,
      'Disconnected',
    ]);
    state = unwrap(connectNetworkAdapter(state, ids[0]!, 'nat')).state;
    expect(state.containers[0]!.switchName).toBe('NAT');
    state = unwrap(startContainer(state, ids[0]!)).state;
    expect(containerIpv4(state, ids[0]!)).toBe('172.16.0.2');
    const refused = connectNetworkAdapter(state, ids[0]!, 'Virtual Switch');
    expect(refused.ok || refused.error.code).toBe('AdapterChangeRequiresOff');
  });
});
