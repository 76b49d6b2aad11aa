// Networking cmdlets (docs/fidelity-notes.md N1–N12, Q8): Get-VMSwitch and
// Get-ContainerNetworkAdapter on the host; Get-NetAdapter and Get-NetIPAddress where the
// console is — inside a container they show its own NIC (a Hyper-V container's utility-VM
// `Ethernet`, a Windows Server container's compartment vNIC); on the host, the vNICs the
// host's stack holds for running Windows Server containers (none for Hyper-V ones).
import {
  containerAdapters,
  containerNicsOnHost,
  type AdapterView,
  type Container,
  type HostState,
} from '../../sim/index.js';
import { toText } from '../runtime/conversions.js';
import { isPSObject, makeObject, type PSObject, type PSValue } from '../runtime/values.js';
import { wildcardMatch } from '../runtime/wildcard.js';
import {
  containerObjectParameter,
  isContainerObject,
  sortedModuleContainers,
} from './container-targets.js';
import { cmdletClass, MODULE, remoteParams, str } from './containers-module.js';
import type { CmdletDefinition, CmdletInvocation } from './definition.js';

export const NET_TYPE = {
  vmSwitch: 'Microsoft.HyperV.PowerShell.VMSwitch',
  containerAdapter: 'Microsoft.Containers.PowerShell.Objects.ContainerNetworkAdapter',
  netAdapter: 'Microsoft.Management.Infrastructure.CimInstance#ROOT/StandardCimv2/MSFT_NetAdapter',
  netIpAddress:
    'Microsoft.Management.Infrastructure.CimInstance#ROOT/StandardCimv2/MSFT_NetIPAddress',
} as const;

const nameFilter = (invocation: CmdletInvocation, key = 'Name') => {
  const arg = invocation.bound.get(key);
  const patterns = arg
    ? (Array.isArray(arg.value) ? (arg.value as PSValue[]) : [arg.value]).map((v) => toText(v))
    : null;
  return (name: string) => patterns === null || patterns.some((p) => wildcardMatch(p, name));
};

export const getVMSwitch: CmdletDefinition = {
  name: 'Get-VMSwitch',
  className: 'Microsoft.HyperV.PowerShell.Commands.GetVMSwitchCommand',
  module: 'Hyper-V',
  hostOnly: true,
  synopsis: 'Lists the host\u2019s virtual switches: "Virtual Switch" (External) and NAT.',
  parameters: [
    { name: 'Name', type: 'string[]', typeName: 'System.String[]', position: 0 },
    str('SwitchType'),
    ...remoteParams,
  ],
  invoke(invocation) {
    const keep = nameFilter(invocation);
    const type = invocation.bound.get('SwitchType');
    return invocation.context.sim
      .getState()
      .switches.filter((s) => keep(s.name))
      .filter((s) => !type || s.type.toLowerCase() === toText(type.value).toLowerCase())
      .map((s) =>
        makeObject([NET_TYPE.vmSwitch, 'System.Object'], {
          Name: s.name,
          SwitchType: s.type,
          NetAdapterInterfaceDescription: s.netAdapterInterfaceDescription,
          Subnet: s.subnet,
          Gateway: s.gateway,
        }),
      );
  },
};

const listOf = (value: PSValue): readonly PSValue[] =>
  Array.isArray(value) ? (value as readonly PSValue[]) : [value];

/**
 * Which containers' adapters to list: those given by -ContainerName (wildcards), by
 * -Container or piped in (Container objects or names); every container when none are given.
 */
function containerFilter(invocation: CmdletInvocation): (c: Container) => boolean {
  const { bound, input, hasPipelineInput } = invocation;
  const given = [
    ...['ContainerName', 'Container'].flatMap((key) => {
      const arg = bound.get(key);
      return arg ? listOf(arg.value) : [];
    }),
  ];
  if (!bound.has('ContainerName') && !bound.has('Container') && hasPipelineInput)
    given.push(...input);
  if (given.length === 0 && !hasPipelineInput) return () => true;
  const ids = new Set(given.flatMap((v) => (isContainerRef(v) ? [v.ref.containerId] : [])));
  const names = given.filter((v) => !isContainerRef(v)).map((v) => toText(v));
  return (c) => ids.has(c.containerId) || names.some((p) => wildcardMatch(p, c.name));
}

const isContainerRef = (
  v: PSValue,
): v is PSObject & { ref: { kind: 'container'; containerId: string } } =>
  isPSObject(v) && v.ref?.kind === 'container';

export const getContainerNetworkAdapter: CmdletDefinition = {
  name: 'Get-ContainerNetworkAdapter',
  className: cmdletClass('Get-ContainerNetworkAdapter'),
  module: MODULE,
  hostOnly: true,
  synopsis: 'Lists containers\u2019 network adapters and the switch each is connected to.',
  // As REF's syntax: names or Container objects at position 0, bound or piped, the adapter
  // name at 1 (docs/fidelity-notes.md Q8). Only -Container is marked as taking pipeline input
  // (the binder picks a set by it); piped names are read in invoke, as REF's ByValue does.
  parameters: [
    {
      name: 'ContainerName',
      type: 'string[]',
      typeName: 'System.String[]',
      position: 0,
      sets: ['ContainerName'],
      accepts: (v) => !isContainerObject(v),
    },
    containerObjectParameter,
    { name: 'Name', type: 'string', typeName: 'System.String', position: 1 },
    ...remoteParams,
  ],
  invoke(invocation) {
    const state = invocation.context.sim.getState();
    const keepAdapter = nameFilter(invocation, 'Name');
    return sortedModuleContainers(state)
      .filter(containerFilter(invocation))
      .flatMap((c) => containerAdapters(state, c.containerId))
      .filter((v) => keepAdapter(v.adapter.name))
      .map((v) =>
        makeObject([NET_TYPE.containerAdapter, 'System.Object'], {
          Name: v.adapter.name,
          ContainerName: v.container.name,
          SwitchName: v.adapter.switchName ?? '',
          MacAddress: v.adapter.macAddress,
          Status: v.status === 'Up' ? 'Ok' : '',
          IPAddresses: v.ipv4Address === null ? [] : [v.ipv4Address, v.linkLocalIpv6],
        }),
      );
  },
};

/** The NICs the console's network stack sees: the container's own, or the host's. */
export function visibleAdapters(state: HostState, containerId: string | null): AdapterView[] {
  return containerId === null ? containerNicsOnHost(state) : containerAdapters(state, containerId);
}

function netAdapterObject(v: AdapterView): PSObject {
  return makeObject([NET_TYPE.netAdapter, 'System.Object'], {
    Name: v.interfaceAlias,
    InterfaceDescription: v.interfaceDescription,
    ifIndex: v.interfaceIndex,
    Status: v.status,
    MacAddress: v.macAddress,
    LinkSpeed: v.linkSpeed,
  });
}

export const getNetAdapter: CmdletDefinition = {
  name: 'Get-NetAdapter',
  className: 'Microsoft.Management.Infrastructure.CimCmdlets.Get-NetAdapter',
  module: 'NetAdapter',
  synopsis: 'Lists the network adapters of the stack the console is in.',
  parameters: [{ name: 'Name', type: 'string[]', typeName: 'System.String[]', position: 0 }],
  invoke(invocation) {
    const keep = nameFilter(invocation);
    const { context } = invocation;
    return visibleAdapters(context.sim.getState(), context.currentContainerId())
      .filter((v) => keep(v.interfaceAlias))
      .map(netAdapterObject);
  },
};

function ipAddressObjects(v: AdapterView): PSObject[] {
  const common = (address: string, family: string, prefix: number, origin: string) => ({
    IPAddress: address,
    InterfaceIndex: v.interfaceIndex,
    InterfaceAlias: v.interfaceAlias,
    AddressFamily: family,
    Type: 'Unicast',
    PrefixLength: prefix,
    PrefixOrigin: origin,
    SuffixOrigin: origin === 'WellKnown' ? 'Link' : origin,
    AddressState: 'Preferred',
    ValidLifetime: 'Infinite ([TimeSpan]::MaxValue)',
    PreferredLifetime: 'Infinite ([TimeSpan]::MaxValue)',
    SkipAsSource: false,
    PolicyStore: 'ActiveStore',
  });
  const type = [NET_TYPE.netIpAddress, 'System.Object'];
  if (v.status !== 'Up') return [];
  const rows = [
    makeObject(
      type,
      common(`${v.linkLocalIpv6}%${v.interfaceIndex ?? ''}`, 'IPv6', 64, 'WellKnown'),
    ),
  ];
  if (v.ipv4Address !== null)
    rows.push(makeObject(type, common(v.ipv4Address, 'IPv4', v.prefixLength ?? 0, 'Dhcp')));
  return rows;
}

export const getNetIPAddress: CmdletDefinition = {
  name: 'Get-NetIPAddress',
  className: 'Microsoft.Management.Infrastructure.CimCmdlets.Get-NetIPAddress',
  module: 'NetTCPIP',
  synopsis: 'Lists the IP addresses of the stack the console is in.',
  parameters: [
    { name: 'IPAddress', type: 'string[]', typeName: 'System.String[]', position: 0 },
    str('AddressFamily'),
    str('InterfaceAlias'),
  ],
  invoke(invocation) {
    const { context, bound } = invocation;
    const family = bound.get('AddressFamily');
    const keepAlias = nameFilter(invocation, 'InterfaceAlias');
    const keepAddress = nameFilter(invocation, 'IPAddress');
    return visibleAdapters(context.sim.getState(), context.currentContainerId())
      .filter((v) => keepAlias(v.interfaceAlias))
      .flatMap(ipAddressObjects)
      .filter((o) => keepAddress(toText(o.properties[0]?.value ?? null)))
      .filter(
        (o) =>
          !family ||
          toText(o.properties[3]?.value ?? null).toLowerCase() ===
            toText(family.value).toLowerCase(),
      );
  },
};

export const networkCmdlets = [
  getVMSwitch,
  getContainerNetworkAdapter,
  getNetAdapter,
  getNetIPAddress,
];
