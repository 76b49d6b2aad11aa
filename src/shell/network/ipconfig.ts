// ipconfig inside a container, as the TP4 PowerShell quick start prints it (`Invoke-Command
// -ContainerName X {ipconfig}`): a Windows Server container sees its compartment's vNIC
// `vEthernet (<switch>-<ID>-0)`, a Hyper-V container its utility VM's `Ethernet`
// (docs/fidelity-notes.md N8). Field labels are ipconfig's own dotted ones.
import type { AdapterView } from '../../sim/index.js';

/**
 * ipconfig's dotted label: after the label, a dot at every even column up to 32, then
 * `: ` at 34 (`IPv4 Address. . . . . . . . . . . : `, `Subnet Mask . . . . : `).
 */
function dotted(label: string): string {
  let out = label;
  for (let col = label.length; col <= 33; col++) out += col % 2 === 0 ? '.' : ' ';
  return out;
}

function adapterLines(view: AdapterView): string[] {
  const title = `Ethernet adapter ${view.interfaceAlias}:`;
  if (view.status !== 'Up' || view.ipv4Address === null)
    return [
      title,
      '',
      `   ${dotted('Media State')}: Media disconnected`,
      `   ${dotted('Connection-specific DNS Suffix ')}:`,
    ];
  const zone = view.interfaceIndex === null ? '' : `%${view.interfaceIndex}`;
  return [
    title,
    '',
    `   ${dotted('Connection-specific DNS Suffix ')}: ${view.dnsSuffix}`.trimEnd(),
    `   ${dotted('Link-local IPv6 Address')}: ${view.linkLocalIpv6}${zone}`,
    `   ${dotted('IPv4 Address')}: ${view.ipv4Address}`,
    `   ${dotted('Subnet Mask')}: ${view.subnetMask ?? ''}`,
    `   ${dotted('Default Gateway')}: ${view.defaultGateway ?? ''}`,
  ];
}

export function ipconfigLines(views: readonly AdapterView[]): string[] {
  const lines = ['', 'Windows IP Configuration', ''];
  for (const view of views) lines.push('', ...adapterLines(view));
  return lines;
}
