// The container host as it comes up: one host kernel with its boot processes, the two
// TP4 OS images and two virtual switches, no containers. Everything random (the PIDs not
// fixed by the seed) comes from the seed, so a seed names one exact host.
import { spawnProcess } from './counters.js';
import { HOST_BOOT_PROCESSES } from './host-processes.js';
import { allocatePid } from './pid-allocator.js';
import { RngCursor, seedToRngState } from './rng.js';
import { HOST_SWITCHES } from './network/switches.js';
import {
  HOST_KERNEL,
  type ContainerImage,
  type HostState,
  type ImageName,
  type SimProcess,
} from './types.js';

/** The OS images were installed before the host booted (docker images: "2 weeks ago"). */
const INSTALLED_BEFORE_BOOT = -15 * 24 * 3600 * 1000;

function osImage(name: ImageName, dockerFullId: string, createdAt: number): ContainerImage {
  const repository = name.toLowerCase();
  return {
    name,
    publisher: 'CN=Microsoft',
    version: '10.0.10586.0',
    isOSImage: true,
    osImage: name,
    dockerImageId: dockerFullId.slice(0, 12),
    dockerFullId,
    parentImageId: null,
    owner: null,
    // The tags TP4 listed for both images (quick_start/manage_docker.md).
    dockerTags: [`${repository}:10.0.10586.0`, `${repository}:latest`],
    createdAt,
    createdBy: '',
    // docker images shows the OS images' VIRTUAL SIZE as 0 B (quick_start/manage_docker.md).
    sizeBytes: 0,
    installedFeatures: [],
  };
}

/**
 * TP4 images (quick_start/manage_docker.md: ids 8572198a60f1 and 6801d964fda5). The sources
 * print only the short ids; the rest of each full id is the lab's own, fixed. Every `docker
 * images` of the TP4 docs lists windowsservercore above nanoserver, newest first, so Nano
 * Server was installed a minute earlier (docs/fidelity-notes.md I11).
 */
export const HOST_IMAGES: readonly ContainerImage[] = [
  osImage(
    'NanoServer',
    '8572198a60f1' + '3e5b0a67c2d94f81b6e0d5c7a3f29184e6b70c5d2a9f4e83b1c7',
    INSTALLED_BEFORE_BOOT - 60_000,
  ),
  osImage(
    'WindowsServerCore',
    '6801d964fda5' + '4b27c9e0a1f35d86e2c7b94a0d5f13e8c6a29b7d4e0f5a619d02',
    INSTALLED_BEFORE_BOOT,
  ),
];

export { HOST_SWITCHES };

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
