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

/** Every MAC address the host's containers hold, to keep a new one unique. */
export function macsInUse(state: HostState): Set<string> {
  const macs = new Set<string>();
  for (const c of state.containers) for (const a of c.networkAdapters) macs.add(a.macAddress);
  return macs;
}

/**
 * A new, unconnected-or-connected adapter. Its MAC is unique on the host (Hyper-V hands out
 * dynamic MACs from a pool), drawn again from the adapter's own stream on a clash.
 */
export function newAdapter(
  containerId: string,
  position: number,
  switchName: string | null,
  macsTaken: ReadonlySet<string>,
): ContainerNetworkAdapter {
  const rng = new RngCursor(hash32(`${containerId}#${position}`));
  const group = () => rng.int(0, 0xffff).toString(16);
  let macAddress = (HYPER_V_MAC_PREFIX + rng.hex(6)).toUpperCase();
  while (macsTaken.has(macAddress)) macAddress = (HYPER_V_MAC_PREFIX + rng.hex(6)).toUpperCase();
  return {
    name: ADAPTER_NAME,
    switchName,
    macAddress,
    linkLocalSuffix: [group(), group(), group(), group()].join(':'),
    ipv4Address: null,
    interfaceIndex: null,
  };
}

/** An address the model stored itself (always well formed): no validation, so it is cheap. */
function storedToNumber(address: string): number {
  const [a = 0, b = 0, c = 0, d = 0] = address.split('.').map(Number);
  return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
}

const addressNumbers = new WeakMap<ContainerNetworkAdapter, number>();

/**
 * The adapter's address as a number, parsed once per adapter (adapters are immutable and
 * shared by every later state): each start reads every running container's address.
 */
function addressNumber(adapter: ContainerNetworkAdapter, address: string): number {
  let n = addressNumbers.get(adapter);
  if (n === undefined) {
    n = storedToNumber(address);
    addressNumbers.set(adapter, n);
  }
  return n;
}

/** What running containers hold: addresses, host interface indexes, host compartments. */
interface Taken {
  readonly addresses: Set<number>;
  readonly hostIndexes: Set<number | null>;
  readonly compartments: Set<number | null>;
}

/** One pass over the containers: a start on a host of thousands stays linear. */
function takenByRunning(state: HostState): Taken {
  const taken: Taken = { addresses: new Set(), hostIndexes: new Set(), compartments: new Set() };
  for (const c of state.containers) {
    if (c.state !== 'Running') continue;
    if (c.runtimeType === 'Default') taken.compartments.add(c.compartmentId);
    for (const a of c.networkAdapters) {
      if (a.ipv4Address !== null) taken.addresses.add(addressNumber(a, a.ipv4Address));
      if (c.runtimeType === 'Default') taken.hostIndexes.add(a.interfaceIndex);
    }
  }
  return taken;
}

/** The lowest free address of the switch's range (marked taken); null when none is free. */
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

/** The lowest number from `first` up that is not in `used` (marked taken). */
function lowestFreeNumber(used: Set<number | null>, first: number): number {
  let n = first;
  while (used.has(n)) n++;
  used.add(n);
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
  const taken = takenByRunning(state);
  const hyperV = container.runtimeType === 'HyperV';
  const adapters = container.networkAdapters.map((adapter, i) => {
    const sw = state.switches.find((s) => s.name === adapter.switchName);
    const interfaceIndex = hyperV
      ? UTILITY_VM_INTERFACE_INDEX + i
      : lowestFreeNumber(taken.hostIndexes, FIRST_HOST_INTERFACE_INDEX);
    return { ...adapter, interfaceIndex, ipv4Address: sw ? lowestFree(sw, taken.addresses) : null };
  });
  const compartmentId = hyperV
    ? null
    : lowestFreeNumber(taken.compartments, FIRST_CONTAINER_COMPARTMENT);
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
