// IPv4 arithmetic for the model's address plans: dotted quads to numbers and back, CIDR
// prefixes, masks. Addresses are stored as text in the state (readable in a dump) and
// turned into numbers only to compare or count.

/** `172.16.0.2` → 2886729730. NaN for anything that is not four octets 0–255. */
export function ipv4ToNumber(address: string): number {
  const parts = address.split('.');
  if (parts.length !== 4) return NaN;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return NaN;
    const octet = Number(part);
    if (octet > 255) return NaN;
    value = value * 256 + octet;
  }
  return value;
}

export function numberToIpv4(value: number): string {
  const n = value >>> 0;
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export interface Cidr {
  /** The network address as a number. */
  readonly network: number;
  readonly prefixLength: number;
}

/** `172.16.0.0/12` → its network number and prefix length; undefined when malformed. */
export function parseCidr(text: string): Cidr | undefined {
  const [address = '', length = ''] = text.split('/');
  const prefixLength = Number(length);
  const base = ipv4ToNumber(address);
  if (!/^\d{1,2}$/.test(length) || prefixLength > 32 || Number.isNaN(base)) return undefined;
  return { network: (base & maskNumber(prefixLength)) >>> 0, prefixLength };
}

function maskNumber(prefixLength: number): number {
  return prefixLength === 0 ? 0 : (0xffffffff << (32 - prefixLength)) >>> 0;
}

/** `12` → `255.240.0.0`, as ipconfig prints a subnet mask. */
export function prefixToMask(prefixLength: number): string {
  return numberToIpv4(maskNumber(prefixLength));
}

/** Whether the address lies inside the CIDR block (`172.16.0.2` in `172.16.0.0/12`). */
export function inSubnet(address: string, cidr: string): boolean {
  const block = parseCidr(cidr);
  const value = ipv4ToNumber(address);
  if (block === undefined || Number.isNaN(value)) return false;
  return (value & maskNumber(block.prefixLength)) >>> 0 === block.network;
}
