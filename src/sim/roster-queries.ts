// Who runs where, read from the kernels' rosters (deferred-kernel.ts): pids, names,
// sessions and user names, with counters possibly a tick old, building no process. For
// views that name processes on every frame across the whole host.
import { pidsByContainer } from './container-pids.js';
import { kernelRoster } from './deferred-kernel.js';
import { findByPid } from './process-table.js';
import { HOST_KERNEL, type HostState, type SimProcess, utilityVmKernelId } from './types.js';

/**
 * Who a Hyper-V container runs as on the host and in its utility VM — its vmwp and the
 * VM's csrss — from the rosters (pids, names, sessions, user names; counters possibly a
 * tick old), building no process. The kernel map asks it of every running Hyper-V
 * container whenever the model changed; read from the built kernels instead, after a tick
 * at XL that built ~1,000 utility VMs' kernels and their vmwps: the bench's `m` took
 * 15 ms of CPU (p50) against 10–11 before (issue 16).
 */
export function hyperVRoster(
  state: HostState,
  containerId: string,
): { readonly vmwp: SimProcess | undefined; readonly vmCsrss: SimProcess | undefined } {
  const host = kernelRoster(state.kernels[HOST_KERNEL]);
  const vmwp = containerPidsOnHost(state, containerId)
    .map((pid) => findByPid(host, pid))
    .find((p) => p?.name === 'vmwp');
  const vmCsrss = kernelRoster(state.kernels[utilityVmKernelId(containerId)]).find(
    (p) => p.name.toLowerCase() === 'csrss',
  );
  return { vmwp, vmCsrss };
}

/** The pids a container owns on the host kernel, ascending (its roster's grouping). */
export function containerPidsOnHost(state: HostState, containerId: string): readonly number[] {
  return pidsByContainer(kernelRoster(state.kernels[HOST_KERNEL])).get(containerId) ?? [];
}
