// Enter-PSSession / Exit-PSSession (docs/spec.md §3 rule 7). PowerShell Direct starts a powershell
// server process inside the container (docs/reference-windows-containers.md §2.1): for a Default
// container that is a host process in the container's session, so the host sees it too; for a
// Hyper-V container it lives in the utility VM, invisible to the host.
import { sessionPowershell, UTILITY_VM_CONTAINER_SESSION } from '../container-processes.js';
import { spawnProcess } from '../counters.js';
import { fail } from '../errors.js';
import { appendEvent } from '../events.js';
import { kernelRoster, withRoster } from '../deferred-kernel.js';
import { allocatePid } from '../pid-allocator.js';
import { mergeByPid } from '../process-table.js';
import { findContainerById } from '../queries.js';
import { RngCursor } from '../rng.js';
import {
  HOST_KERNEL,
  utilityVmKernelId,
  type EnteredSession,
  type HostState,
  type Kernel,
  type SimProcess,
  type SimResult,
} from '../types.js';
import { killProcess, requireContainer, setKernel } from './state-edits.js';

export function enterSession(state: HostState, containerId: string): SimResult<EnteredSession> {
  const found = requireContainer(state, containerId);
  if (!found.ok) return found.result;
  const container = found.container;
  if (container.state !== 'Running') {
    return fail('NotRunning', `Container '${container.name}' is not running.`, container.name);
  }
  // One interactive session at a time: entering another container leaves the current one.
  const left = leaveSession(state);
  const hyperV = container.runtimeType === 'HyperV';
  const kernelId = hyperV ? utilityVmKernelId(container.containerId) : HOST_KERNEL;
  const kernel = left.state.kernels[kernelId] as Kernel;
  const rng = new RngCursor(left.state.rng);
  const powershell = spawnProcess(sessionPowershell(hyperV), {
    pid: allocatePid(rng, kernelRoster(kernel), new Set()),
    sessionId: hyperV ? UTILITY_VM_CONTAINER_SESSION : (container.hostSessionId ?? 0),
    kernelId,
    containerId: container.containerId,
    now: state.now,
  });
  const entered: EnteredSession = {
    containerId: container.containerId,
    pid: powershell.pid,
    kernelId,
  };
  const where = hyperV
    ? 'inside its utility VM, not visible on the host'
    : `in host session ${powershell.sessionId}, visible on the host`;
  const next = appendEvent(
    {
      ...setKernel(left.state, withRoster(kernel, mergeByPid(kernelRoster(kernel), [powershell]))),
      rng: rng.state,
      entered,
    },
    {
      action: 'enterSession',
      summary: `Entered a session in '${container.name}': powershell ${powershell.pid} started ${where}.`,
      appeared: [powershell],
      vanished: left.exited === null ? [] : [left.exited],
    },
  );
  return { ok: true, value: entered, state: next };
}

export function exitSession(state: HostState): SimResult<null> {
  // Nothing entered: nothing changes, and no event (a no-op would only add noise to the log).
  if (state.entered === null) return { ok: true, value: null, state };
  const name =
    findContainerById(state, state.entered.containerId)?.name ?? state.entered.containerId;
  const left = leaveSession(state);
  const next = appendEvent(left.state, {
    action: 'exitSession',
    summary: `Left the session in '${name}': its powershell exited.`,
    vanished: left.exited === null ? [] : [left.exited],
  });
  return { ok: true, value: null, state: next };
}

/** Ends the entered session, if any: its powershell process exits. */
function leaveSession(state: HostState): { state: HostState; exited: SimProcess | null } {
  if (state.entered === null) return { state, exited: null };
  const { state: after, killed } = killProcess(state, state.entered.kernelId, state.entered.pid);
  return { state: { ...after, entered: null }, exited: killed };
}
