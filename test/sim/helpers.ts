// Shared test helpers for the model: unwrap results, and the invariants every reachable
// state must satisfy (used after every step of the property test and by unit tests).
import {
  EVENT_LOG_LIMIT,
  HOST_KERNEL,
  bootHost,
  newContainer,
  startContainer,
  utilityVmKernelId,
  type Container,
  type HostState,
  type NewContainerOptions,
  type SimProcess,
  type ModelResult,
  type SimResult,
} from '../../src/sim/index.js';
import { pidsByContainer } from '../../src/sim/container-pids.js';
import { processIndex } from '../../src/sim/process-index.js';
import { checkImageInvariants, checkNetworkInvariants } from './network-invariants.js';

export function unwrap<T>(result: SimResult<T> | ModelResult<T>): { value: T; state: HostState } {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return { value: result.value, state: result.state };
}

/** A fresh host with one container created (and optionally started). */
export function hostWith(
  options: NewContainerOptions,
  start = false,
  seed = 1,
): { state: HostState; container: Container } {
  const created = unwrap(newContainer(bootHost(seed), options));
  if (!start) return { state: created.state, container: created.value };
  const started = unwrap(startContainer(created.state, created.value.containerId));
  return { state: started.state, container: started.value };
}

function assert(condition: boolean, message: string): asserts condition {
  // Plain throws, not expect(): the property test calls this after every step of 1000+ runs.
  if (!condition) throw new Error(`invariant broken: ${message}`);
}

/**
 * Every invariant of docs/spec.md §3 that holds in any reachable state. Throws on the first
 * breach.
 */
/**
 * The grouping of pids by container that actions carry from one state to the next
 * (src/sim/container-pids.ts) is the grouping built from the processes themselves.
 */
function checkContainerPids(processes: readonly SimProcess[], kernelId: string): void {
  const built = new Map<string, number[]>();
  for (const p of processes)
    if (p.containerId !== null)
      built.set(p.containerId, [...(built.get(p.containerId) ?? []), p.pid]);
  const carried = pidsByContainer(processes);
  assert(carried.size === built.size, `${kernelId}: ${carried.size} containers grouped`);
  for (const [id, pids] of built)
    assert(
      JSON.stringify(carried.get(id)) === JSON.stringify(pids),
      `${kernelId}: ${id}'s pids ${JSON.stringify(carried.get(id))} vs ${JSON.stringify(pids)}`,
    );
}

/**
 * The index by name (process-index.ts) — carried from the last state's by the action that
 * made this array, or built — lists every process at its position. Asking for it here also
 * gives the next action an index to carry, so a property run checks each derivation.
 */
function checkProcessIndex(processes: readonly SimProcess[], kernelId: string): void {
  const built = new Map<string, number[]>();
  processes.forEach((p, i) => built.set(p.name, [...(built.get(p.name) ?? []), i]));
  const carried = processIndex(processes).byName;
  assert(carried.size === built.size, `${kernelId}: ${carried.size} names indexed`);
  for (const [name, positions] of built)
    assert(
      JSON.stringify(carried.get(name)) === JSON.stringify(positions),
      `${kernelId}: ${name} at ${JSON.stringify(carried.get(name))}, not ${JSON.stringify(positions)}`,
    );
}

export function checkInvariants(state: HostState): void {
  for (const kernel of Object.values(state.kernels)) {
    let last = -1;
    for (const p of kernel.processes) {
      // Strictly ascending ⇒ unique within the kernel.
      assert(p.pid > last, `${kernel.id}: pid ${p.pid} sorted and unique`);
      assert(p.pid % 4 === 0, `${kernel.id}: pid ${p.pid} is a multiple of 4`);
      assert(p.kernelId === kernel.id, `${p.pid} knows its kernel`);
      last = p.pid;
    }
    checkContainerPids(kernel.processes, kernel.id);
    checkProcessIndex(kernel.processes, kernel.id);
  }
  const host = state.kernels[HOST_KERNEL];
  assert(host !== undefined, 'host kernel exists');
  const byContainer = new Map<string, SimProcess[]>();
  for (const p of host.processes) {
    if (p.containerId === null) continue;
    byContainer.set(p.containerId, [...(byContainer.get(p.containerId) ?? []), p]);
  }
  const containerIds = new Set(state.containers.map((c) => c.containerId));
  const sessions = new Set<number>();
  let runningHyperV = 0;
  for (const c of state.containers) {
    const onHost = byContainer.get(c.containerId) ?? [];
    const uvm = state.kernels[utilityVmKernelId(c.containerId)];
    if (c.state === 'Off') {
      assert(onHost.length === 0, `${c.name} Off owns no host process`);
      assert(uvm === undefined, `${c.name} Off has no utility VM`);
      assert(c.hostSessionId === null && c.startedAt === null, `${c.name} Off holds no session`);
    } else if (c.runtimeType === 'Default') {
      const session = c.hostSessionId;
      assert(session !== null && session >= 3, `${c.name} has a container session`);
      assert(!sessions.has(session), `session ${session} not shared`);
      sessions.add(session);
      assert(uvm === undefined, `${c.name} Default has no utility VM`);
      const csrss = onHost.filter((p) => p.name === 'csrss');
      assert(
        csrss.length === 1 && csrss[0]!.sessionId === session,
        `${c.name}: one csrss in its session`,
      );
      // Everything in its own session, except its smss, which sits in session 0.
      for (const p of onHost) {
        const expected = p.name === 'smss' ? 0 : session;
        assert(
          p.sessionId === expected,
          `${c.name}: ${p.name} ${p.pid} SI ${p.sessionId}, expected ${expected}`,
        );
      }
    } else {
      runningHyperV++;
      assert(c.hostSessionId === null, `${c.name} HyperV holds no host session`);
      const [vmwp, ...rest] = onHost;
      assert(vmwp !== undefined && rest.length === 0, `${c.name}: exactly one host process`);
      assert(vmwp.name === 'vmwp' && vmwp.sessionId === 0, `${c.name}: it is vmwp in session 0`);
      assert(
        vmwp.userName === c.containerId.toUpperCase(),
        `${c.name}: vmwp runs as the upper-case id`,
      );
      assert(
        uvm?.kind === 'utility-vm' && uvm.containerId === c.containerId,
        `${c.name}: utility VM kernel`,
      );
      assert(
        uvm.processes.every((p) => p.containerId === c.containerId),
        `${c.name}: VM processes are its own`,
      );
      const csrss = uvm.processes.filter((p) => p.name === 'csrss');
      assert(
        csrss.length === 1 && csrss[0]!.pid === 956 && csrss[0]!.sessionId === 1,
        `${c.name}: csrss 956 SI 1`,
      );
    }
  }
  for (const kernel of Object.values(state.kernels)) {
    if (kernel.kind === 'utility-vm')
      assert(containerIds.has(kernel.containerId ?? ''), `${kernel.id} has a container`);
  }
  for (const id of byContainer.keys())
    assert(containerIds.has(id), `host processes of a removed container ${id}`);
  const vmwps = host.processes.filter((p) => p.name === 'vmwp').length;
  assert(
    vmwps === runningHyperV,
    `one vmwp per running Hyper-V container (${vmwps} vs ${runningHyperV})`,
  );
  // At most one entered session, so at most one PowerShell Direct process in any container.
  let sessionShells = 0;
  for (const kernel of Object.values(state.kernels)) {
    for (const p of kernel.processes)
      if (p.containerId !== null && p.name === 'powershell') sessionShells++;
  }
  assert(
    sessionShells === (state.entered === null ? 0 : 1),
    `${sessionShells} session powershell processes`,
  );
  if (state.entered !== null) {
    const { containerId, kernelId, pid } = state.entered;
    const c = state.containers.find((x) => x.containerId === containerId);
    assert(c?.state === 'Running', 'entered container runs');
    const ps = state.kernels[kernelId]?.processes.find((p) => p.pid === pid);
    assert(
      ps?.name === 'powershell' && ps.containerId === containerId,
      'entered powershell exists inside',
    );
  }
  checkNetworkInvariants(state);
  checkImageInvariants(state);
  assert(state.events.length <= EVENT_LOG_LIMIT, 'event log bounded');
  for (let i = 1; i < state.events.length; i++) {
    assert(state.events[i]!.seq === state.events[i - 1]!.seq + 1, 'event seq monotonic');
  }
  if (state.events.length > 0)
    assert(state.events.at(-1)!.seq === state.nextEventSeq - 1, 'nextEventSeq follows');
}
