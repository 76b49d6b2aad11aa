// The tick as it was before its processes were built lazily (src/sim/deferred-kernel.ts):
// one pass drawing every counter of every process, in order. The oracle the deferred tick
// must equal exactly (deferred-drift.property.test.ts); every golden transcript hangs on it.
import {
  TICK_MS,
  type HostState,
  type Kernel,
  type KernelId,
  type SimProcess,
} from '../../src/sim/index.js';
import { mulberryStep, mulberryUnit } from '../../src/sim/rng.js';

const jitter = (base: number, fraction: number, unit: number): number =>
  Math.max(0, Math.round(base + base * fraction * (unit * 2 - 1)));

function drawProcess(process: SimProcess, ticks: number, next: () => number): SimProcess {
  const base = process.drift;
  if (base === undefined) return process;
  let cpu = process.cpu;
  if (cpu !== null) cpu += base.cpuPerTick * ticks * (0.5 + next());
  const handles = base.handles === null ? null : jitter(base.handles, 0.03, next());
  let npmK = base.npmK;
  if (npmK > 0) {
    const r = next();
    npmK = r < 0.15 ? npmK - 1 : r > 0.9 ? npmK + 1 : npmK;
  }
  const pmK = jitter(base.pmK, 0.05, next());
  const wsK = jitter(base.wsK, 0.01, next());
  let vmM = base.vmM;
  if (vmM > 0 && next() < 0.05) vmM += 1;
  return { ...process, handles, npmK, pmK, wsK, vmM, cpu };
}

export function eagerTick(state: HostState, count = 1): HostState {
  const ticks = Math.floor(count);
  if (!(ticks >= 1)) return state;
  let s = state.rng;
  const next = () => {
    s = mulberryStep(s);
    return mulberryUnit(s);
  };
  const kernels: Record<KernelId, Kernel> = {};
  for (const [id, kernel] of Object.entries(state.kernels))
    kernels[id] = {
      ...kernel,
      processes: kernel.processes.map((p) => drawProcess(p, ticks, next)),
    };
  return {
    ...state,
    now: state.now + ticks * TICK_MS,
    ticks: state.ticks + ticks,
    rng: s,
    kernels,
  };
}
