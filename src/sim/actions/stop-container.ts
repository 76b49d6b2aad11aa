// Stop-Container (docs/spec.md §3 rule 5): the container's processes go (or its vmwp and the whole
// utility VM), its host session is free again, and a session entered into it ends.
import { fail } from '../errors.js';
import { appendEvent } from '../events.js';
import { releaseOnStop } from '../network/adapters.js';
import {
  HOST_KERNEL,
  utilityVmKernelId,
  type Container,
  type HostState,
  type SimProcess,
  type SimResult,
} from '../types.js';
import {
  dropKernel,
  killContainerHostProcesses,
  replaceContainer,
  requireContainer,
} from './state-edits.js';

export function stopContainer(state: HostState, containerId: string): SimResult<Container> {
  const found = requireContainer(state, containerId);
  if (!found.ok) return found.result;
  const container = found.container;
  if (container.state !== 'Running') {
    return fail('NotRunning', `Container '${container.name}' is not running.`, container.name);
  }
  const id = container.containerId;
  // On the host: a Default container's own processes, or a Hyper-V container's vmwp.
  const host = killContainerHostProcesses(state, HOST_KERNEL, id);
  const uvmId = utilityVmKernelId(id);
  const inside: readonly SimProcess[] = state.kernels[uvmId]?.processes ?? [];
  const stopped: Container = {
    ...releaseOnStop(container),
    state: 'Off',
    startedAt: null,
    stoppedAt: state.now,
    hostSessionId: null,
  };
  const sessionEnded = state.entered?.containerId === id;
  const next = appendEvent(
    {
      ...replaceContainer(dropKernel(host.state, uvmId), stopped),
      entered: sessionEnded ? null : state.entered,
    },
    {
      action: 'stopContainer',
      summary:
        `Stopped container '${container.name}': ${describeRemoval(container, host.killed.length, inside.length)}` +
        (sessionEnded ? '; its session ended.' : '.'),
      vanished: [...host.killed, ...inside],
    },
  );
  return { ok: true, value: stopped, state: next };
}

function describeRemoval(container: Container, onHost: number, inside: number): string {
  return container.runtimeType === 'HyperV'
    ? `vmwp exited and its utility VM (${inside} processes) shut down`
    : `${onHost} processes left the host, session ${container.hostSessionId ?? '?'} is free`;
}
