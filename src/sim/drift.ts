// A tick's counters in two halves (docs/spec.md §3 rule 9). CPU accumulates, so every
// tick's CPU draw matters; the other counters are re-drawn near their baseline, so only
// the last tick's draws do. A tick therefore keeps CPU in a Float64Array (`advance`: one
// draw per process, no objects) and builds the processes only when someone reads them
// (`materialise`, the last tick's other draws). The generator is mulberry32, whose step is
// additive (rng.ts): knowing how many draws each process takes per tick — fixed for its
// life — gives the state at any process's draws without drawing the ones before.
// Draws per process, in order: CPU, handles, NPM, PM, WS, VM (each only where it has a
// value), exactly as one pass over the processes would take them.
import { DriftedProcess, jitter } from './counters.js';
import { composeRuns, eachRun, fromOf, runsOf, type Runs } from './drift-runs.js';
import { notePlanEdit, planOf } from './draw-plan.js';
import { noteSameProcessSet } from './process-set.js';
import { mulberryStep, mulberryUnit } from './rng.js';
import type { SimProcess } from './types.js';

/** mulberry32's increment: n steps from state s are (s + n·STEP) mod 2³². */
const STEP = 0x6d2b79f5;
const skip = (state: number, draws: number): number => (state + draws * STEP) >>> 0;

/** A kernel's processes after ticks whose processes nobody has built yet. */
export interface Drifted {
  /** Built processes of the same set: who they are, their baselines, whether CPU is null. */
  readonly source: readonly SimProcess[];
  /**
   * Each process's CPU(s) after the ticks, from `at` on (ignored where the process has
   * none): one array a tick shares between all its kernels.
   */
  readonly cpu: Float64Array;
  readonly at: number;
  /** The generator's state before this kernel's draws in the last tick. */
  readonly rng: number;
  /** Processes built one at a time (processAt), reused when the whole array is built. */
  built: Map<number, SimProcess> | null;
  /** The whole array, once built. */
  all: SimProcess[] | null;
  /**
   * Set when actions changed who runs since the tick (`edited`): the processes they kept
   * are built from the tick's own drift (`base`, where `runs` says they were), the ones
   * they put in are `source`'s own. `cpu`, `at` and `rng` are then the base's. Null for a
   * tick's own drift, whose processes `rng` draws.
   */
  readonly origin: { readonly base: Drifted; readonly runs: Runs } | null;
}

/**
 * `ticks` more ticks: each process's CPU after them, from `before`'s (null: the source's
 * own), written into `cpu` from `at`. Returns the drift and the generator's state after
 * every draw of this kernel.
 */
export function advance(
  source: readonly SimProcess[],
  before: Drifted | null,
  ticks: number,
  rng: number,
  into: { readonly cpu: Float64Array; readonly at: number },
): { drifted: Drifted; rng: number } {
  const { draws, rate, total } = planOf(source);
  const { cpu, at } = into;
  startCpu(source, before, cpu, at);
  let s = rng;
  for (let i = 0; i < source.length; i++) {
    const perTick = rate[i] as number;
    const count = draws[i] as number;
    if (perTick === perTick) {
      s = mulberryStep(s);
      cpu[at + i] = (cpu[at + i] as number) + perTick * ticks * (0.5 + mulberryUnit(s));
      s = skip(s, count - 1);
    } else s = skip(s, count);
  }
  const drifted: Drifted = { source, cpu, at, rng, built: null, all: null, origin: null };
  return { drifted, rng: skip(rng, total) };
}

/**
 * `ticks` ticks, each exactly as `advance` with one tick (the same draws, the same additions
 * in the same order, so the same doubles), in one pass over the processes instead of one a
 * tick: `starts[j]` is the generator's state before this kernel's draws in tick j. What a
 * dashboard that waited for the clock to be read does when it is (ui/actions/clock-actions.ts).
 */
export function advanceEach(
  source: readonly SimProcess[],
  before: Drifted | null,
  starts: readonly number[],
  into: { readonly cpu: Float64Array; readonly at: number },
): Drifted {
  const { before: first, rate } = planOf(source);
  const { cpu, at } = into;
  startCpu(source, before, cpu, at);
  for (let i = 0; i < source.length; i++) {
    const perTick = rate[i] as number;
    if (perTick !== perTick) continue;
    // advance's state at this process's CPU draw, skip(start, first + 1), as one imul.
    const offset = Math.imul((first[i] as number) + 1, STEP);
    let value = cpu[at + i] as number;
    for (let j = 0; j < starts.length; j++)
      value = value + perTick * (0.5 + mulberryUnit(((starts[j] as number) + offset) >>> 0));
    cpu[at + i] = value;
  }
  const rng = starts[starts.length - 1] as number;
  return { source, cpu, at, rng, built: null, all: null, origin: null };
}

/** The CPU column before a tick's draws, from `before`'s drift (null: the source's own). */
function startCpu(
  source: readonly SimProcess[],
  before: Drifted | null,
  cpu: Float64Array,
  at: number,
): void {
  // The CPU so far: the last tick's column copied natively, or read from built processes.
  if (before?.origin) copyEditedCpu(source, before.origin, cpu, at);
  else if (before !== null) cpu.set(before.cpu.subarray(before.at, before.at + source.length), at);
  else for (let i = 0; i < source.length; i++) cpu[at + i] = source[i]?.cpu ?? 0;
}

/** How many draws one tick takes from the processes of `source`. */
export const drawsPerTick = (source: readonly SimProcess[]): number => planOf(source).total;

/** The generator's state `draws` draws after `state`. */
export const skipDraws = skip;

/** An edited drift's CPU so far: the base's column for the processes kept, in stretches. */
function copyEditedCpu(
  source: readonly SimProcess[],
  { base, runs }: NonNullable<Drifted['origin']>,
  cpu: Float64Array,
  at: number,
): void {
  eachRun(runs, (start, length, from) => {
    if (from >= 0) cpu.set(base.cpu.subarray(base.at + from, base.at + from + length), at + start);
    else for (let i = start; i < start + length; i++) cpu[at + i] = source[i]?.cpu ?? 0;
  });
}

/**
 * The drift of `roster` — `drifted`'s processes after an action took some out or put new
 * ones in (pid order, the kept ones the same objects as in `drifted.source`) — without
 * building any: at 50,000 processes a start built all 50,000 to add one (issue 16). Each
 * kept process reads exactly as it did before the action; later edits map to the same
 * tick's drift, so a chain of them is never more than one step deep.
 */
export function edited(drifted: Drifted, roster: readonly SimProcess[]): Drifted {
  const runs = runsOf(drifted.source, roster);
  notePlanEdit(roster, drifted.source, runs);
  const { base, runs: toBase } =
    drifted.origin === null
      ? { base: drifted, runs }
      : { base: drifted.origin.base, runs: composeRuns(runs, drifted.origin.runs) };
  return {
    source: roster,
    cpu: base.cpu,
    at: base.at,
    rng: base.rng,
    built: null,
    all: null,
    origin: { base, runs: toBase },
  };
}

/** The processes a drift stands for, every one built (or taken from those built already). */
export function materialise(drifted: Drifted): SimProcess[] {
  if (drifted.all !== null) return drifted.all;
  if (drifted.origin !== null) return materialiseEdited(drifted, drifted.origin);
  const { source, built } = drifted;
  const out = new Array<SimProcess>(source.length);
  let s = drifted.rng;
  const draws = planOf(source).draws;
  for (let i = 0; i < source.length; i++) {
    out[i] = built?.get(i) ?? build(drifted, i, s);
    s = skip(s, draws[i] as number);
  }
  noteSameProcessSet(out, source);
  drifted.all = out;
  drifted.built = null;
  return out;
}

/** An edited drift's processes: the base's, built once, where kept; the action's own. */
function materialiseEdited(drifted: Drifted, origin: NonNullable<Drifted['origin']>): SimProcess[] {
  const { source } = drifted;
  const base = materialise(origin.base);
  const out = new Array<SimProcess>(source.length);
  eachRun(origin.runs, (start, length, from) => {
    for (let i = start; i < start + length; i++)
      out[i] = (from >= 0 ? base[from + i - start] : source[i]) as SimProcess;
  });
  noteSameProcessSet(out, source);
  drifted.all = out;
  return out;
}

/** The process at `index` alone: its draws start at a known count (mulberry32's step). */
export function processAt(drifted: Drifted, index: number): SimProcess | undefined {
  if (index < 0 || index >= drifted.source.length) return undefined;
  if (drifted.all !== null) return drifted.all[index];
  if (drifted.origin !== null) {
    const from = fromOf(drifted.origin.runs, index);
    return from < 0 ? drifted.source[index] : processAt(drifted.origin.base, from);
  }
  // A reader going through many (a sort by CPU): build them all in one pass instead.
  const built = (drifted.built ??= new Map());
  if (built.size >= Math.max(64, drifted.source.length / 16)) return materialise(drifted)[index];
  let process = built.get(index);
  if (process === undefined) {
    const start = skip(drifted.rng, planOf(drifted.source).before[index] as number);
    process = build(drifted, index, start);
    built.set(index, process);
  }
  return process;
}

let builds = 0;

/** How many processes ticks' drifts have built so far (tests count work, never time it). */
export function processesBuilt(): number {
  return builds;
}

/** One process after the ticks, its draws starting from generator state `s`. */
function build({ source, cpu, at }: Drifted, i: number, start: number): SimProcess {
  const process = source[i] as SimProcess;
  const base = process.drift;
  if (base === undefined) return process;
  builds++;
  let s = start;
  if (process.cpu !== null) s = mulberryStep(s);
  let handles: number | null = null;
  if (base.handles !== null) {
    s = mulberryStep(s);
    handles = jitter(base.handles, 0.03, mulberryUnit(s));
  }
  // Small pools move by at most one KB (NPM 12 → 11 in the seed).
  let npmK = base.npmK;
  if (npmK > 0) {
    s = mulberryStep(s);
    const r = mulberryUnit(s);
    npmK = r < 0.15 ? npmK - 1 : r > 0.9 ? npmK + 1 : npmK;
  }
  s = mulberryStep(s);
  const pmK = jitter(base.pmK, 0.05, mulberryUnit(s));
  s = mulberryStep(s);
  const wsK = jitter(base.wsK, 0.01, mulberryUnit(s));
  // VM size barely moves: the seed shows one ...17 → ...18 across four listings.
  let vmM = base.vmM;
  if (vmM > 0) {
    s = mulberryStep(s);
    if (mulberryUnit(s) < 0.05) vmM += 1;
  }
  const cpuNow = process.cpu === null ? null : (cpu[at + i] as number);
  return new DriftedProcess(process, base, handles, npmK, pmK, wsK, vmM, cpuNow);
}
