// Start-Container: the heart of the lab (docs/spec.md §3 rules 2 and 4).
// Default: the container's processes become host processes in a fresh host session.
// HyperV: a utility VM kernel with its own PID space boots; the host gains one vmwp.
import {
  dockerCommandProcess,
  DEFAULT_CONTAINER_PROCESSES,
  UTILITY_VM_CONTAINER_SESSION,
  UTILITY_VM_PROCESSES,
  VMWP,
} from '../container-processes.js';
import { spawnProcess, type ProcessTemplate } from '../counters.js';
import { fail } from '../errors.js';
import { appendEvent } from '../events.js';
import { allocatePid } from '../pid-allocator.js';
import { connectOnStart } from '../network/adapters.js';
import { mergeByPid } from '../process-table.js';
import { kernelRoster, withRoster } from '../deferred-kernel.js';
import { RngCursor } from '../rng.js';
import {
  HOST_KERNEL,
  utilityVmKernelId,
  type Container,
  type HostState,
  type Kernel,
  type SimProcess,
  type SimResult,
} from '../types.js';
import { replaceContainer, requireContainer, setKernel } from './state-edits.js';

/** Sessions 0 (services), 1 (console) and 2 (RDP) belong to the host. */
export const FIRST_CONTAINER_SESSION = 3;

export function startContainer(state: HostState, containerId: string): SimResult<Container> {
  const found = requireContainer(state, containerId);
  if (!found.ok) return found.result;
  const container = found.container;
  if (container.state === 'Running') {
    return fail(
      'AlreadyRunning',
      `Container '${container.name}' is already running.`,
      container.name,
    );
  }
  const rng = new RngCursor(state.rng);
  const started =
    container.runtimeType === 'HyperV'
      ? bootUtilityVm(state, container, rng)
      : spawnOnHost(state, container, rng);
  // Its adapters get their addresses now, and lose them when it stops (network/adapters.ts).
  const connected = connectOnStart(state, started.container);
  const next = appendEvent(replaceContainer({ ...started.state, rng: rng.state }, connected), {
    action: 'startContainer',
    summary: started.summary,
    appeared: started.appeared,
  });
  return { ok: true, value: connected, state: next };
}

interface Started {
  readonly state: HostState;
  readonly container: Container;
  readonly appeared: readonly SimProcess[];
  readonly summary: string;
}

function templatesFor(container: Container, inUtilityVm: boolean): readonly ProcessTemplate[] {
  const base = inUtilityVm ? UTILITY_VM_PROCESSES : DEFAULT_CONTAINER_PROCESSES;
  // A docker-made container also runs its command (cmd by default), like any docker container.
  return container.owner === 'docker'
    ? [...base, dockerCommandProcess(container.dockerCommand, inUtilityVm)]
    : base;
}

function spawnOnHost(state: HostState, container: Container, rng: RngCursor): Started {
  const sessionId = lowestFreeSession(state);
  const host = state.kernels[HOST_KERNEL] as Kernel;
  const live = kernelRoster(host);
  const taken = new Set<number>();
  const spawned = templatesFor(container, false).map((t) =>
    spawnProcess(t, {
      pid: allocatePid(rng, live, taken),
      sessionId: t.session === 'own' ? sessionId : t.session,
      kernelId: HOST_KERNEL,
      containerId: container.containerId,
      now: state.now,
    }),
  );
  return {
    state: setKernel(state, withRoster(host, mergeByPid(live, spawned))),
    container: { ...container, state: 'Running', startedAt: state.now, hostSessionId: sessionId },
    appeared: spawned,
    summary: `Started Windows Server container '${container.name}' in host session ${sessionId}: ${spawned.length} processes on the shared host kernel.`,
  };
}

function bootUtilityVm(state: HostState, container: Container, rng: RngCursor): Started {
  const kernelId = utilityVmKernelId(container.containerId);
  const inside: SimProcess[] = [];
  const taken = new Set<number>();
  for (const t of templatesFor(container, true)) if (t.pid !== undefined) taken.add(t.pid);
  for (const t of templatesFor(container, true)) {
    inside.push(
      spawnProcess(t, {
        pid: t.pid ?? allocatePid(rng, [], taken),
        sessionId: t.session === 'own' ? UTILITY_VM_CONTAINER_SESSION : t.session,
        kernelId,
        containerId: container.containerId,
        now: state.now,
      }),
    );
  }
  const host = state.kernels[HOST_KERNEL] as Kernel;
  const vmwp = spawnProcess(VMWP, {
    pid: allocatePid(rng, kernelRoster(host), new Set()),
    sessionId: 0,
    kernelId: HOST_KERNEL,
    containerId: container.containerId,
    now: state.now,
    // Task Manager in TP4 shows each vmwp's user name as the container id in upper case.
    userName: container.containerId.toUpperCase(),
  });
  const uvm: Kernel = {
    id: kernelId,
    kind: 'utility-vm',
    containerId: container.containerId,
    processes: inside.sort((a, b) => a.pid - b.pid),
  };
  return {
    state: setKernel(
      setKernel(state, withRoster(host, mergeByPid(kernelRoster(host), [vmwp]))),
      uvm,
    ),
    container: { ...container, state: 'Running', startedAt: state.now, hostSessionId: null },
    appeared: [vmwp, ...inside],
    summary: `Started Hyper-V container '${container.name}' in its own utility VM (${inside.length} processes inside); the host gained only vmwp ${vmwp.pid}.`,
  };
}

/** Lowest host session not held by a running Default container: 3, 4, … (reused once freed). */
export function lowestFreeSession(state: HostState): number {
  const used = new Set<number>();
  for (const c of state.containers) if (c.hostSessionId !== null) used.add(c.hostSessionId);
  let session = FIRST_CONTAINER_SESSION;
  while (used.has(session)) session++;
  return session;
}
