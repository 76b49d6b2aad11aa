// Kernels whose processes a tick has not built yet. A tick moves every counter, but on a
// big host nobody reads most of them (the dashboard shows 40 rows, often without a
// counter column): the tick keeps the CPU column per kernel (drift.ts `advance`) and the
// kernel's `processes` is built on first read, then kept. Every reader — a query, a spread
// in an action, JSON, a test's toEqual — reads the property and so gets exactly what an
// eager tick would have made (test/sim/deferred-drift.property.test.ts).
import {
  advance,
  advanceEach,
  drawsPerTick,
  edited,
  materialise,
  processAt,
  skipDraws,
  type Drifted,
} from './drift.js';
import { findByPid, indexOfPid } from './process-table.js';
import type { RngCursor } from './rng.js';
import type { Kernel, KernelId, SimProcess } from './types.js';

/**
 * A kernel a tick has drifted: its processes are built when `processes` is first read.
 * A class, not an object literal with a getter: a literal with an accessor is made by the
 * runtime's slow path, with a closure and a WeakMap entry per kernel, and a tick at L makes
 * ~500 of them every second — most of an idle dashboard's CPU (issue 16). Here the getter
 * is one function for all, and the drift a private field. `processes` is still an own
 * enumerable property, as in every other kernel, so spreads, JSON and toEqual read it; the
 * private field is in none of them.
 */
class DriftedKernel implements Kernel {
  readonly id: KernelId;
  readonly kind: Kernel['kind'];
  readonly containerId: string | null;
  declare readonly processes: SimProcess[];
  readonly #drifted: Drifted;

  constructor(kernel: Kernel, drifted: Drifted) {
    this.id = kernel.id;
    this.kind = kernel.kind;
    this.containerId = kernel.containerId;
    this.#drifted = drifted;
    Object.defineProperty(this, 'processes', PROCESSES);
  }

  /** The drift a tick left in `kernel`, or null for a kernel whose processes are built. */
  static driftOf(kernel: Kernel): Drifted | null {
    return kernel instanceof DriftedKernel ? kernel.#drifted : null;
  }

  static materialise(kernel: DriftedKernel): SimProcess[] {
    return materialise(kernel.#drifted);
  }
}

const PROCESSES: PropertyDescriptor = {
  enumerable: true,
  get(this: DriftedKernel) {
    return DriftedKernel.materialise(this);
  },
};

/**
 * What a tick reads of each kernel — its drift so far and who runs in it — looked up once
 * (a tick at L drifts ~500 kernels), and the CPU column all of them share.
 */
function driftInputs(kernels: Readonly<Record<KernelId, Kernel>>) {
  const ids = Object.keys(kernels);
  const befores = ids.map((id) => DriftedKernel.driftOf(kernels[id] as Kernel));
  const sources = ids.map((id, k) => befores[k]?.source ?? (kernels[id] as Kernel).processes);
  let size = 0;
  for (const source of sources) size += source.length;
  return { ids, befores, sources, cpu: new Float64Array(size) };
}

/**
 * Every kernel after `ticks` ticks, in order, their processes built when first read. The
 * CPU columns of all kernels share one array (one allocation a tick, not one per kernel).
 */
export function driftKernels(
  kernels: Readonly<Record<KernelId, Kernel>>,
  ticks: number,
  rng: RngCursor,
): Record<KernelId, Kernel> {
  const { ids, befores, sources, cpu } = driftInputs(kernels);
  const out: Record<KernelId, Kernel> = {};
  let at = 0;
  ids.forEach((id, k) => {
    const source = sources[k] as readonly SimProcess[];
    const step = advance(source, befores[k] ?? null, ticks, rng.state, { cpu, at });
    rng.state = step.rng;
    out[id] = new DriftedKernel(kernels[id] as Kernel, step.drifted);
    at += source.length;
  });
  return out;
}

/**
 * Every kernel after `ticks` ticks of one each — exactly what `driftKernels(…, 1, rng)`
 * called `ticks` times gives, kernels, counters and generator alike — in one pass over the
 * processes. A tick's draws go kernel by kernel, so kernel k starts tick j at the state
 * `j` ticks' draws and the earlier kernels' draws after the first tick's start.
 */
export function driftKernelsEach(
  kernels: Readonly<Record<KernelId, Kernel>>,
  ticks: number,
  rng: RngCursor,
): Record<KernelId, Kernel> {
  const { ids, befores, sources, cpu } = driftInputs(kernels);
  const totals = sources.map(drawsPerTick);
  const perTick = totals.reduce((sum, total) => sum + total, 0);
  const out: Record<KernelId, Kernel> = {};
  let at = 0;
  let kernelStart = rng.state;
  ids.forEach((id, k) => {
    const starts = new Array<number>(ticks);
    for (let j = 0, s = kernelStart; j < ticks; j++, s = skipDraws(s, perTick)) starts[j] = s;
    const source = sources[k] as readonly SimProcess[];
    const drifted = advanceEach(source, befores[k] ?? null, starts, { cpu, at });
    out[id] = new DriftedKernel(kernels[id] as Kernel, drifted);
    at += source.length;
    kernelStart = skipDraws(kernelStart, totals[k] as number);
  });
  for (let j = 0; j < ticks; j++) rng.state = skipDraws(rng.state, perTick);
  return out;
}

/**
 * `kernel` with `roster` running in it: who runs after an action, in pid order, worked out
 * from `kernelRoster(kernel)` (the processes it keeps are the same objects). A kernel a tick
 * left unbuilt stays unbuilt — the processes kept read as they did, the new ones as they
 * are — so an action on a big host builds none of its processes (issue 16).
 */
export function withRoster(kernel: Kernel, roster: SimProcess[]): Kernel {
  const drifted = DriftedKernel.driftOf(kernel);
  if (drifted === null) return { ...kernel, processes: roster };
  return new DriftedKernel(kernel, edited(drifted, roster));
}

/**
 * The processes of `kernel` that `fromRoster` (taken from its roster) stands for, with
 * their counters as the kernel has them now: what an action that removes them reports.
 */
export function currentProcesses(kernel: Kernel, fromRoster: readonly SimProcess[]): SimProcess[] {
  if (DriftedKernel.driftOf(kernel) === null) return [...fromRoster];
  return fromRoster.map((p) => processInKernel(kernel, p.pid) ?? p);
}

/** Who runs in a kernel: its drift's source, or its processes when none is pending. */
const rosterOf = (kernel: Kernel): readonly SimProcess[] =>
  DriftedKernel.driftOf(kernel)?.source ?? kernel.processes;

/**
 * Who runs in a kernel (nobody if it is not there) — pids, names, sessions, owners, in
 * pid order — without building processes a tick has left unbuilt. Their counters may be
 * older than the kernel's: read those from `kernel.processes`.
 */
export function kernelRoster(kernel: Kernel | undefined): readonly SimProcess[] {
  if (kernel === undefined) return NO_PROCESSES;
  return rosterOf(kernel);
}

/** A kernel that is not there (a stopped utility VM) runs nobody. */
const NO_PROCESSES: readonly SimProcess[] = [];

/**
 * The process with `pid` in a kernel, built alone if a tick left the kernel unbuilt (the
 * same object the whole array will hold): a pane's 40 rows at 10,000 processes.
 */
export function processInKernel(kernel: Kernel, pid: number): SimProcess | undefined {
  const drifted = DriftedKernel.driftOf(kernel);
  if (drifted === null) return findByPid(kernel.processes, pid);
  return processAt(drifted, indexOfPid(drifted.source, pid));
}
