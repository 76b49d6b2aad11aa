// The container host as it comes up: one host kernel with its boot processes, the two
// TP4 OS images and two virtual switches, no containers. Everything random (the PIDs not
// fixed by the seed) comes from the seed, so a seed names one exact host.
import { spawnProcess } from './counters.js';
import { HOST_BOOT_PROCESSES } from './host-processes.js';
import { allocatePid } from './pid-allocator.js';
import { RngCursor, seedToRngState } from './rng.js';
import {
  HOST_KERNEL,
  type ContainerImage,
  type HostState,
  type SimProcess,
  type VirtualSwitch,
} from './types.js';

/** TP4 images (quick_start/manage_docker.md: ids 8572198a60f1 and 6801d964fda5). */
export const HOST_IMAGES: readonly ContainerImage[] = [
  {
    name: 'NanoServer',
    publisher: 'CN=Microsoft',
    version: '10.0.10586.0',
    isOSImage: true,
    dockerImageId: '8572198a60f1',
  },
  {
    name: 'WindowsServerCore',
    publisher: 'CN=Microsoft',
    version: '10.0.10586.0',
    isOSImage: true,
    dockerImageId: '6801d964fda5',
  },
];

export const HOST_SWITCHES: readonly VirtualSwitch[] = [
  { name: 'Virtual Switch', type: 'External' },
  { name: 'NAT', type: 'NAT' },
];

export function bootHost(seed: number): HostState {
  const rng = new RngCursor(seedToRngState(seed));
  // Fixed PIDs first, so the allocator can never hand one of them out.
  const fixed = new Set<number>();
  for (const t of HOST_BOOT_PROCESSES) if (t.pid !== undefined) fixed.add(t.pid);
  const processes: SimProcess[] = HOST_BOOT_PROCESSES.map((template) =>
    spawnProcess(template, {
      pid: template.pid ?? allocatePid(rng, [], fixed, template.pidRange),
      sessionId: template.session === 'own' ? 0 : template.session,
      kernelId: HOST_KERNEL,
      containerId: null,
      now: 0,
    }),
  ).sort((a, b) => a.pid - b.pid);
  return {
    now: 0,
    ticks: 0,
    rng: rng.state,
    kernels: { [HOST_KERNEL]: { id: HOST_KERNEL, kind: 'host', containerId: null, processes } },
    containers: [],
    images: HOST_IMAGES,
    switches: HOST_SWITCHES,
    entered: null,
    events: [],
    nextEventSeq: 1,
  };
}
