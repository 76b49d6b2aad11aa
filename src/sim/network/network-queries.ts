// What a container's network looks like from inside and from the host: the rows behind
// Get-ContainerNetworkAdapter, ipconfig, Get-NetAdapter and Get-NetIPAddress, docker ps PORTS
// and the dashboard. A Windows Server container's NIC is a vNIC of the host's own network
// stack, in the container's compartment (named `vEthernet (<switch>-<ID>-<n>)`, numbered in
// the host's interface table); a Hyper-V container's NIC belongs to its utility VM's own
// stack (`Ethernet`, index 4), which the host does not see (TP4 PowerShell quick start).
import { findContainerById } from '../queries.js';
import type {
  Container,
  ContainerNetworkAdapter,
  HostState,
  PortMapping,
  VirtualSwitch,
} from '../types.js';
import { parseCidr, prefixToMask } from './ipv4.js';

export type NetworkStack = 'host-compartment' | 'utility-vm';

export interface AdapterView {
  readonly container: Container;
  readonly adapter: ContainerNetworkAdapter;
  /** Its place among the container's adapters (0 first). */
  readonly position: number;
  readonly switch: VirtualSwitch | null;
  /** Where the NIC lives: the host's stack (in a compartment) or the utility VM's. */
  readonly stack: NetworkStack;
  /** The host compartment while a Windows Server container runs; else null. */
  readonly compartmentId: number | null;
  /** ipconfig's adapter name; Get-NetAdapter Name; Get-NetIPAddress InterfaceAlias. */
  readonly interfaceAlias: string;
  readonly interfaceDescription: string;
  /** Get-NetAdapter ifIndex, and the `%n` zone of the link-local address; null while Off. */
  readonly interfaceIndex: number | null;
  /** `00-15-5D-xx-xx-xx`, as Get-NetAdapter prints MacAddress. */
  readonly macAddress: string;
  readonly ipv4Address: string | null;
  readonly prefixLength: number | null;
  /** ipconfig's Subnet Mask (`255.240.0.0` on the NAT switch). */
  readonly subnetMask: string | null;
  readonly defaultGateway: string | null;
  readonly dnsServers: readonly string[];
  /** ipconfig's Connection-specific DNS Suffix; '' when not connected. */
  readonly dnsSuffix: string;
  /** `fe80::…` without its zone; ipconfig appends `%<interfaceIndex>`. */
  readonly linkLocalIpv6: string;
  /** Up while the container runs on a switch; Disconnected otherwise. */
  readonly status: 'Up' | 'Disconnected';
  readonly linkSpeed: string;
}

/** The container's adapters as the sources show them; [] for an unknown id. */
export function containerAdapters(state: HostState, containerId: string): AdapterView[] {
  const container = findContainerById(state, containerId);
  if (container === undefined) return [];
  return container.networkAdapters.map((adapter, position) =>
    adapterView(state, container, adapter, position),
  );
}

function adapterView(
  state: HostState,
  container: Container,
  adapter: ContainerNetworkAdapter,
  position: number,
): AdapterView {
  const sw = state.switches.find((s) => s.name === adapter.switchName) ?? null;
  const inVm = container.runtimeType === 'HyperV';
  const prefix = sw === null ? undefined : parseCidr(sw.subnet)?.prefixLength;
  const addressed = adapter.ipv4Address !== null && prefix !== undefined;
  const nth = position === 0 ? '' : ` #${position + 1}`;
  return {
    container,
    adapter,
    position,
    switch: sw,
    stack: inVm ? 'utility-vm' : 'host-compartment',
    compartmentId: inVm ? null : container.compartmentId,
    interfaceAlias: inVm ? vmAlias(position) : hostAlias(sw, container, position),
    interfaceDescription: inVm
      ? `Microsoft Hyper-V Network Adapter${nth}`
      : `Hyper-V Virtual Ethernet Adapter${nth}`,
    interfaceIndex: adapter.interfaceIndex,
    macAddress: (adapter.macAddress.match(/../g) ?? []).join('-'),
    ipv4Address: adapter.ipv4Address,
    prefixLength: addressed ? (prefix ?? null) : null,
    subnetMask: addressed && prefix !== undefined ? prefixToMask(prefix) : null,
    defaultGateway: addressed && sw !== null ? sw.gateway : null,
    dnsServers: addressed && sw !== null ? sw.dnsServers : [],
    dnsSuffix: addressed && sw !== null ? sw.dnsSuffix : '',
    linkLocalIpv6: `fe80::${adapter.linkLocalSuffix}`,
    status: container.state === 'Running' && sw !== null ? 'Up' : 'Disconnected',
    linkSpeed: '10 Gbps',
  };
}

/** Windows names a VM's NICs `Ethernet`, `Ethernet 2`, … */
const vmAlias = (position: number) => `Ethernet${position === 0 ? '' : ` ${position + 1}`}`;

/** The host's vNIC for a container: `vEthernet (<switch>-<ID>-<n>)` (TP4 PS quick start). */
function hostAlias(sw: VirtualSwitch | null, container: Container, position: number): string {
  const id = container.containerId.toUpperCase();
  return `vEthernet (${sw === null ? '' : `${sw.name}-`}${id}-${position})`;
}

/** The container's first IPv4 address while it runs (the dashboard's column); else null. */
export function containerIpv4(state: HostState, containerId: string): string | null {
  const c = findContainerById(state, containerId);
  return c?.networkAdapters.find((a) => a.ipv4Address !== null)?.ipv4Address ?? null;
}

/**
 * The NICs the host's own network stack holds for containers: those of running Windows
 * Server containers, each in its compartment. A Hyper-V container adds none (its NIC is
 * inside its utility VM).
 */
export function containerNicsOnHost(state: HostState): AdapterView[] {
  return state.containers
    .filter((c) => c.state === 'Running' && c.runtimeType === 'Default')
    .flatMap((c) => c.networkAdapters.map((a, i) => adapterView(state, c, a, i)));
}

/** Containers with an adapter on the switch (any state), in creation order. */
export function containersOnSwitch(state: HostState, switchName: string): Container[] {
  const lower = switchName.toLowerCase();
  return state.containers.filter((c) =>
    c.networkAdapters.some((a) => a.switchName?.toLowerCase() === lower),
  );
}

/** The running container publishing `hostPort`/`protocol` on the host, if any. */
export function hostPortHolder(
  state: HostState,
  hostPort: number,
  protocol: PortMapping['protocol'] = 'tcp',
): Container | undefined {
  return state.containers.find(
    (c) =>
      c.state === 'Running' &&
      c.portMappings.some((p) => p.hostPort === hostPort && p.protocol === protocol),
  );
}
