// `docker run -p`: docker's nat.ParsePortSpecs forms the quick starts use — `H:C`, `IP:H:C`,
// each optionally `/tcp` or `/udp` (docs/fidelity-notes.md N11) — and PORTS as docker ps
// prints it (`0.0.0.0:80->80/tcp`).
import type { Container, HostState, PortMapping } from '../../sim/index.js';
import { hostPortHolder } from '../../sim/index.js';

export type PortParse =
  | { readonly ok: true; readonly mapping: PortMapping }
  | { readonly ok: false; readonly error: string };

const PORT = /^\d{1,5}$/;

export function parsePortSpec(spec: string): PortParse {
  const [body = '', protocol = 'tcp', ...extra] = spec.split('/');
  const parts = body.split(':');
  const [hostIp, hostPort, containerPort] =
    parts.length === 3 ? parts : parts.length === 2 ? ['0.0.0.0', ...parts] : [];
  const valid =
    extra.length === 0 &&
    (protocol === 'tcp' || protocol === 'udp') &&
    hostPort !== undefined &&
    containerPort !== undefined &&
    PORT.test(hostPort) &&
    PORT.test(containerPort) &&
    Number(hostPort) <= 65535 &&
    Number(containerPort) <= 65535 &&
    Number(containerPort) > 0;
  if (!valid) return { ok: false, error: `Invalid hostPort: ${spec}` };
  return {
    ok: true,
    mapping: {
      hostIp: hostIp === '' || hostIp === undefined ? '0.0.0.0' : hostIp,
      hostPort: Number(hostPort),
      containerPort: Number(containerPort),
      protocol,
    },
  };
}

/** The running container already holding a mapping's host port (docker refuses a second). */
export function portConflict(
  state: HostState,
  mappings: readonly PortMapping[],
): { readonly mapping: PortMapping; readonly holder: Container } | null {
  for (const mapping of mappings) {
    const holder = hostPortHolder(state, mapping.hostPort, mapping.protocol);
    if (holder) return { mapping, holder };
  }
  return null;
}

/** docker ps PORTS: `0.0.0.0:80->80/tcp`, joined by `, `. */
export function portsColumn(container: Container): string {
  return container.portMappings
    .map((p) => `${p.hostIp}:${p.hostPort}->${p.containerPort}/${p.protocol}`)
    .join(', ');
}
