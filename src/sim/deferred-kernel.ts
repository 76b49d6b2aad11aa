// Kernels whose processes a tick has not built yet. A tick moves every counter, but on a
// big host nobody reads most of them (the dashboard shows 40 rows, often without a
// counter column): the tick keeps the CPU column per kernel (drift.ts `advance`) and the
// kernel's `processes` is built on first read, then kept. Every reader — a query, a spread
// in an action, JSON, a test's toEqual — reads the property and so gets exactly what an
// eager tick would have made (test/sim/deferred-drift.property.test.ts).
import { advance, materialise, processAt, type Drifted } from './drift.js';
import { findByPid, indexOfPid } from './process-table.js';
import type { RngCursor } from './rng.js';
import type { Kernel, KernelId, SimProcess } from './types.js';

const pending = new WeakMap<Kernel, Drifted>();

/**
 * Every kernel after `ticks` ticks, in order, their processes built when first read. The
 * CPU columns of all kernels share one array (one allocation a tick, not one per kernel).
 */
export function driftKernels(
  kernels: Readonly<Record<KernelId, Kernel>>,
  ticks: number,
  rng: RngCursor,
): Record<KernelId, Kernel> {
  // One lookup of each kernel's drift a tick (a tick at L drifts ~500 kernels).
  const all = Object.entries(kernels).map(([id, kernel]) => {
    const before = pending.get(kernel) ?? null;
    return { id, kernel, before, source: before?.source ?? kernel.processes };
  });
  let size = 0;
  for (const { source } of all) size += source.length;
  const cpu = new Float64Array(size);
  const out: Record<KernelId, Kernel> = {};
  let at = 0;
  for (const { id, kernel, before, source } of all) {
    out[id] = driftKernel(kernel, before, source, ticks, rng, { cpu, at });
    at += source.length;
  }
  return out;
}

function driftKernel(
  kernel: Kernel,
  before: Drifted | null,
  source: readonly SimProcess[],
  ticks: number,
  rng: RngCursor,
  into: { readonly cpu: Float64Array; readonly at: number },
): Kernel {
  const step = advance(source, before, ticks, rng.state, into);
  rng.state = step.rng;
  // A literal, not defineProperty: V8 builds these fast, and `processes` is an own
  // enumerable property as in every other kernel, so spreads, JSON and toEqual read it.
  const made: Kernel = {
    id: kernel.id,
    kind: kernel.kind,
    containerId: kernel.containerId,
    get processes(): SimProcess[] {
      return materialise(step.drifted);
    },
  };
  pending.set(made, step.drifted);
  return made;
}

/**
 * Who runs in a kernel (nobody if it is not there) — pids, names, sessions, owners, in
 * pid order — without building processes a tick has left unbuilt. Their counters may be
 * older than the kernel's: read those from `kernel.processes`.
 */
export function kernelRoster(kernel: Kernel | undefined): readonly SimProcess[] {
  if (kernel === undefined) return NO_PROCESSES;
  return pending.get(kernel)?.source ?? kernel.processes;
}

/** A kernel that is not there (a stopped utility VM) runs nobody. */
const NO_PROCESSES: readonly SimProcess[] = [];

/**
 * The process with `pid` in a kernel, built alone if a tick left the kernel unbuilt (the
 * same object the whole array will hold): a pane's 40 rows at 10,000 processes.
 */
export function processInKernel(kernel: Kernel, pid: number): SimProcess | undefined {
  const drifted = pending.get(kernel);
  if (drifted === undefined) return findByPid(kernel.processes, pid);
  return processAt(drifted, indexOfPid(drifted.source, pid));
}
