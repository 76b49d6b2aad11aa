// Kernels whose processes a tick has not built yet. A tick moves every counter, but on a
// big host nobody reads most of them (the dashboard shows 40 rows, often without a
// counter column): the tick keeps the CPU column per kernel (drift.ts `advance`) and the
// kernel's `processes` is built on first read, then kept. Every reader — a query, a spread
// in an action, JSON, a test's toEqual — reads the property and so gets exactly what an
// eager tick would have made (test/sim/deferred-drift.property.test.ts).
import { advance, materialise, processAt, type Drifted } from './drift.js';
import { findByPid, indexOfPid } from './process-table.js';
import type { RngCursor } from './rng.js';
import type { Kernel, SimProcess } from './types.js';

const pending = new WeakMap<Kernel, Drifted>();

/** `kernel` after `ticks` ticks, its processes built when first read. */
export function driftKernel(kernel: Kernel, ticks: number, rng: RngCursor): Kernel {
  const before = pending.get(kernel);
  const source = before?.source ?? kernel.processes;
  const step = advance(source, before?.cpu ?? null, ticks, rng.state);
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
 * Who runs in a kernel — pids, names, sessions, owners, in pid order — without building
 * processes a tick has left unbuilt. Their counters may be older than the kernel's: read
 * those from `kernel.processes`.
 */
export function kernelRoster(kernel: Kernel): readonly SimProcess[] {
  return pending.get(kernel)?.source ?? kernel.processes;
}

/**
 * The process with `pid` in a kernel, built alone if a tick left the kernel unbuilt (the
 * same object the whole array will hold): a pane's 40 rows at 10,000 processes.
 */
export function processInKernel(kernel: Kernel, pid: number): SimProcess | undefined {
  const drifted = pending.get(kernel);
  if (drifted === undefined) return findByPid(kernel.processes, pid);
  return processAt(drifted, indexOfPid(drifted.source, pid));
}
