// Big hosts on demand (`--scenario stress`, `--processes N --containers M`): many running
// containers of both runtimes, and extra host workloads up to N host processes, to see how
// Hyper-V isolation changes what the host sees at scale. Containers are made and started by
// the same actions a user would type; the extra workloads are ordinary host processes.
import { newContainer } from './actions/new-container.js';
import { startContainer } from './actions/start-container.js';
import { bootHost } from './boot.js';
import { spawnProcess, type ProcessTemplate } from './counters.js';
import { allocatePid } from './pid-allocator.js';
import { mergeByPid } from './process-table.js';
import { RngCursor } from './rng.js';
import { HOST_KERNEL, type HostState, type RuntimeType, type SimProcess } from './types.js';
import { ADMINISTRATOR, LOCAL_SERVICE, NETWORK_SERVICE, SYSTEM } from './user-names.js';

export interface ScaleOptions {
  readonly seed: number;
  /** Host processes wanted in all (the boot set and containers' included). */
  readonly hostProcesses: number;
  /** Running containers: every third a Hyper-V one, the rest Windows Server containers. */
  readonly containers: number;
}

/** The `stress` starting state: 2,000 host processes and 100 containers. */
export const STRESS: Omit<ScaleOptions, 'seed'> = { hostProcesses: 2000, containers: 100 };

const WORKLOADS: readonly ProcessTemplate[] = [
  {
    name: 'svchost',
    session: 0,
    userName: SYSTEM,
    counters: [412, 18, 5120, 12880, 2101398, 0.9],
    cpuPerTick: 0.0004,
  },
  {
    name: 'w3wp',
    session: 0,
    userName: NETWORK_SERVICE,
    counters: [655, 31, 41200, 52400, 2101436, 3.2],
    cpuPerTick: 0.003,
  },
  {
    name: 'sqlservr',
    session: 0,
    userName: NETWORK_SERVICE,
    counters: [1204, 62, 182400, 161200, 2101610, 12.5],
    cpuPerTick: 0.01,
  },
  {
    name: 'conhost',
    session: 1,
    userName: ADMINISTRATOR,
    counters: [74, 6, 1120, 5300, 2101380, 0.02],
    cpuPerTick: 0.00005,
  },
  {
    name: 'WmiPrvSE',
    session: 0,
    userName: LOCAL_SERVICE,
    counters: [233, 12, 4040, 9600, 2101390, 0.3],
    cpuPerTick: 0.0002,
  },
  {
    name: 'node',
    session: 1,
    userName: ADMINISTRATOR,
    counters: [301, 24, 48100, 61200, 2101460, 4.4],
    cpuPerTick: 0.004,
  },
];

function expectOk<T extends { ok: boolean }>(result: T, what: string): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`scale state: ${what} failed`);
  return result as Extract<T, { ok: true }>;
}

export function createScaledState(options: ScaleOptions): HostState {
  let state = bootHost(options.seed);
  for (let i = 0; i < options.containers; i++) {
    const runtimeType: RuntimeType = i % 3 === 2 ? 'HyperV' : 'Default';
    const image = runtimeType === 'HyperV' || i % 2 === 0 ? 'NanoServer' : 'WindowsServerCore';
    const created = expectOk(
      newContainer(state, {
        name: `C${String(i + 1).padStart(4, '0')}`,
        image,
        runtimeType,
        switchName: 'NAT',
      }),
      'New-Container',
    );
    state = expectOk(
      startContainer(created.state, created.value.containerId),
      'Start-Container',
    ).state;
  }
  const host = state.kernels[HOST_KERNEL];
  if (!host) return state;
  const missing = options.hostProcesses - host.processes.length;
  if (missing <= 0) return state;
  const rng = new RngCursor(state.rng);
  const taken = new Set<number>();
  const range = { min: 200, max: Math.max(8188, (host.processes.length + missing) * 16) };
  const extra: SimProcess[] = [];
  for (let i = 0; i < missing; i++) {
    const template = WORKLOADS[i % WORKLOADS.length] as ProcessTemplate;
    const pid = allocatePid(rng, host.processes, taken, range);
    extra.push(
      spawnProcess(template, {
        pid,
        sessionId: template.session === 'own' ? 0 : template.session,
        kernelId: HOST_KERNEL,
        containerId: null,
        now: state.now,
      }),
    );
  }
  extra.sort((a, b) => a.pid - b.pid);
  return {
    ...state,
    rng: rng.state,
    kernels: {
      ...state.kernels,
      [HOST_KERNEL]: { ...host, processes: mergeByPid(host.processes, extra) },
    },
  };
}
