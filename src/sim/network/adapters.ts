// A container's network adapters over its life: made with the container (derived from its
// id, so creating one draws nothing from the shared RNG and every other random value stays
// where it was), numbered when it starts, released when it stops.
import { RngCursor } from '../rng.js';
import type { Container, ContainerNetworkAdapter, HostState, VirtualSwitch } from '../types.js';
import { ipv4ToNumber, numberToIpv4 } from './ipv4.js';

/** Get-ContainerNetworkAdapter's name for a container's adapter (TP5 quick start). */
export const ADAPTER_NAME = 'Network Adapter';
/** Hyper-V's dynamic MAC address range (its default MAC address prefix). */
const HYPER_V_MAC_PREFIX = '00155D';
/** The first interface index the host hands a container's vNIC (TP4 quick start: `%16`). */
export const FIRST_HOST_INTERFACE_INDEX = 16;
/** A utility VM's own stack numbers its NIC 4 (TP4 quick start, Hyper-V container: `%4`). */
export const UTILITY_VM_INTERFACE_INDEX = 4;
/** Compartment 1 is the host's own; each Windows Server container gets the next free one. */
export const FIRST_CONTAINER_COMPARTMENT = 2;

/** FNV-1a: a stable 32-bit number from text, to seed per-adapter values. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function newAdapter(
  containerId: string,
  position: number,
  switchName: string | null,
): ContainerNetworkAdapter {
  const rng = new RngCursor(hash32(`${containerId}#${position}`));
  const group = () => rng.int(0, 0xffff).toString(16);
  return {
    name: ADAPTER_NAME,
    switchName,
    macAddress: (HYPER_V_MAC_PREFIX + rng.hex(6)).toUpperCase(),
    linkLocalSuffix: [group(), group(), group(), group()].join(':'),
    ipv4Address: null,
    interfaceIndex: null,
  };
}

/** Addresses held by running containers' adapters, as numbers. */
function addressesInUse(state: HostState): Set<number> {
  const used = new Set<number>();
  for (const c of state.containers)
    for (const a of c.networkAdapters)
      if (a.ipv4Address !== null) used.add(ipv4ToNumber(a.ipv4Address));
  return used;
}

/** The lowest free address of the switch's range; null when every one is taken. */
function lowestFree(sw: VirtualSwitch, used: Set<number>): string | null {
  const last = ipv4ToNumber(sw.lastAddress);
  for (let n = ipv4ToNumber(sw.firstAddress); n <= last; n++) {
    if (!used.has(n)) {
      used.add(n);
      return numberToIpv4(n);
    }
  }
  return null;
}

/** The lowest number from `first` up that is not in `taken`. */
function lowestFreeNumber(taken: Iterable<number | null>, first: number): number {
  const used = new Set(taken);
  let n = first;
  while (used.has(n)) n++;
  return n;
}

/**
 * The container as it starts: each connected adapter takes the lowest free address of its
 * switch (sequential, like the sources' 172.16.0.2 then 172.16.0.3); a Windows Server
 * container's adapters become vNICs of a fresh host compartment, numbered in the host's
 * interface table, while a Hyper-V container's live in its utility VM's own stack. A range
 * with nothing free leaves the adapter without an address (docs/fidelity-notes.md).
 */
export function connectOnStart(state: HostState, container: Container): Container {
  const used = addressesInUse(state);
  const hyperV = container.runtimeType === 'HyperV';
  const running = state.containers.filter((c) => c.state === 'Running');
  const onHost = running.filter((c) => c.runtimeType === 'Default');
  const hostIndexes = onHost.flatMap((c) => c.networkAdapters.map((a) => a.interfaceIndex));
  const adapters = container.networkAdapters.map((adapter, i) => {
    const sw = state.switches.find((s) => s.name === adapter.switchName);
    const interfaceIndex = hyperV
      ? UTILITY_VM_INTERFACE_INDEX + i
      : lowestFreeNumber(hostIndexes, FIRST_HOST_INTERFACE_INDEX);
    if (!hyperV) hostIndexes.push(interfaceIndex);
    return { ...adapter, interfaceIndex, ipv4Address: sw ? lowestFree(sw, used) : null };
  });
  const compartmentId = hyperV
    ? null
    : lowestFreeNumber(
        onHost.map((c) => c.compartmentId),
        FIRST_CONTAINER_COMPARTMENT,
      );
  return { ...container, networkAdapters: adapters, compartmentId };
}

/** The container as it stops: addresses and interface indexes go back, the compartment closes. */
export function releaseOnStop(container: Container): Container {
  return {
    ...container,
    networkAdapters: container.networkAdapters.map((a) => ({
      ...a,
      ipv4Address: null,
      interfaceIndex: null,
    })),
    compartmentId: null,
  };
}
