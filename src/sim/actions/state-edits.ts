// Small immutable edits the actions share: replace a container, swap a kernel's process
// list, take processes out. Each returns a new HostState and leaves the old one intact.
// They edit a kernel's roster (who runs) and hand it to withRoster, never its `processes`:
// after a tick that would build every process of the host (deferred-kernel.ts).
import { noteContainerReplaced } from '../container-index.js';
import { currentProcesses, kernelRoster, processInKernel, withRoster } from '../deferred-kernel.js';
import { containerNotFound } from '../errors.js';
import { noteProcessRemoved } from '../container-pids.js';
import { noteRunsAfterRemoval } from '../drift-runs.js';
import { noteIndexAfterRemoval } from '../process-index.js';
import { indexOfPid, removeContainerProcesses } from '../process-table.js';
import { findContainerById } from '../queries.js';
import type { Container, HostState, Kernel, KernelId, SimProcess, SimResult } from '../types.js';

/** The container, or a ContainerNotFound result to return as is. */
export function requireContainer(
  state: HostState,
  containerId: string,
): { ok: true; container: Container } | { ok: false; result: SimResult<never> } {
  const container = findContainerById(state, containerId);
  return container === undefined
    ? { ok: false, result: containerNotFound<never>(containerId) }
    : { ok: true, container };
}

export function replaceContainer(state: HostState, updated: Container): HostState {
  const at = state.containers.findIndex((c) => c.containerId === updated.containerId);
  const before = state.containers[at];
  if (before === undefined) return { ...state, containers: [...state.containers] };
  const containers = [...state.containers];
  containers[at] = updated;
  noteContainerReplaced(containers, state.containers, before, updated);
  return { ...state, containers };
}

export function setKernel(state: HostState, kernel: Kernel): HostState {
  return { ...state, kernels: { ...state.kernels, [kernel.id]: kernel } };
}

export function dropKernel(state: HostState, kernelId: KernelId): HostState {
  const kernels = { ...state.kernels };
  delete kernels[kernelId];
  return { ...state, kernels };
}

/** Removes one process by pid; returns the state unchanged (and no process) if it is gone. */
export function killProcess(
  state: HostState,
  kernelId: KernelId,
  pid: number,
): { state: HostState; killed: SimProcess | null } {
  const kernel = state.kernels[kernelId];
  const roster = kernelRoster(kernel);
  const i = indexOfPid(roster, pid);
  if (kernel === undefined || i < 0) return { state, killed: null };
  const killed = processInKernel(kernel, pid) ?? null;
  const processes = [...roster];
  const [gone] = processes.splice(i, 1);
  if (gone !== undefined) {
    noteProcessRemoved(processes, roster, gone);
    noteIndexAfterRemoval(processes, roster, [i]);
    noteRunsAfterRemoval(processes, roster, [i]);
  }
  return { state: setKernel(state, withRoster(kernel, processes)), killed };
}

/** Removes every process a container owns on the host kernel (its own, or its vmwp). */
export function killContainerHostProcesses(
  state: HostState,
  kernelId: KernelId,
  containerId: string,
): { state: HostState; killed: SimProcess[] } {
  const kernel = state.kernels[kernelId];
  if (kernel === undefined) return { state, killed: [] };
  const { kept, removed } = removeContainerProcesses(kernelRoster(kernel), containerId);
  return {
    state: setKernel(state, withRoster(kernel, kept)),
    killed: currentProcesses(kernel, removed),
  };
}
