// The container host's two virtual switches and their address plans. Why these values:
// docs/fidelity-notes.md, "Networking". In short: the seed names `Virtual Switch` and `NAT`;
// TP4 allows one NAT network per host, so one of them is External (manage_containers.md
// lists exactly that pair: an External switch and a NAT switch); the NAT switch is the one
// container_networking.md creates, 172.16.0.0/12 with the host at 172.16.0.1.
import type { VirtualSwitch } from '../types.js';

/** The LAN the External switch bridges to: a home/office network with a DHCP router. */
const LAN_ROUTER = '192.168.1.1';
const DNS_SUFFIX = 'contoso.com';

export const HOST_SWITCHES: readonly VirtualSwitch[] = [
  {
    name: 'Virtual Switch',
    type: 'External',
    netAdapterInterfaceDescription: 'Microsoft Hyper-V Network Adapter',
    subnet: '192.168.1.0/24',
    gateway: LAN_ROUTER,
    firstAddress: '192.168.1.100',
    lastAddress: '192.168.1.254',
    dnsServers: [LAN_ROUTER],
    dnsSuffix: DNS_SUFFIX,
  },
  {
    name: 'NAT',
    type: 'NAT',
    netAdapterInterfaceDescription: '',
    subnet: '172.16.0.0/12',
    gateway: '172.16.0.1',
    firstAddress: '172.16.0.2',
    lastAddress: '172.31.255.254',
    // A NAT network hands its containers the host's own DNS settings (TP5 container_networking.md).
    dnsServers: [LAN_ROUTER],
    dnsSuffix: DNS_SUFFIX,
  },
];

/**
 * The switch docker's containers join: the daemon is started with `-b` naming the host's
 * NAT switch (TP4 container_networking.md, "Docker Configuration").
 */
export function dockerBridge(switches: readonly VirtualSwitch[]): VirtualSwitch | undefined {
  return switches.find((s) => s.type === 'NAT');
}

export function findSwitch(
  switches: readonly VirtualSwitch[],
  name: string,
): VirtualSwitch | undefined {
  const wanted = name.toLowerCase();
  return switches.find((s) => s.name.toLowerCase() === wanted);
}
