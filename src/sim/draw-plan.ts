// What a tick draws for each process of a set (drift.ts): how many draws, where they
// start and the CPU rate, in typed arrays, made once per process set. A set an action made
// from an earlier one carries the earlier plan's stretches (the edit's runs) instead of
// reading every process again: a process's draws are its own for life.
import { composeRuns, eachRun, type Runs } from './drift-runs.js';
import { processSetOf } from './process-set.js';
import type { SimProcess } from './types.js';

/** How many draws a process takes per tick. */
function drawsOf(process: SimProcess): number {
  const base = process.drift;
  if (base === undefined) return 0;
  return (
    (process.cpu !== null ? 1 : 0) +
    (base.handles !== null ? 1 : 0) +
    (base.npmK > 0 ? 1 : 0) +
    2 +
    (base.vmM > 0 ? 1 : 0)
  );
}

export interface DrawPlan {
  /** Draws per process per tick. */
  readonly draws: Uint8Array;
  /** Draws per tick before each process's first: where its draws start. */
  readonly before: Uint32Array;
  /** Each process's CPU seconds per tick; NaN where it draws no CPU. */
  readonly rate: Float64Array;
  readonly total: number;
}

const plans = new WeakMap<object, DrawPlan>();

let plansFromProcesses = 0;

/** How many plans were made by reading every process, not carried (tests count work). */
export function plansReadFromProcesses(): number {
  return plansFromProcesses;
}

/**
 * What a tick draws for a process set (the same for every array of that set), in typed
 * arrays: a tick reads these, not 10,000 process objects. A set an action made from an
 * earlier one (`edited`) gets the earlier plan's stretches copied: each step of `t` is a
 * new set, and reading 10,000 processes again was most of the next tick's work at L.
 */
export function planOf(processes: readonly SimProcess[]): DrawPlan {
  const token = processSetOf(processes);
  let plan = plans.get(token);
  if (plan === undefined) {
    const edit = planEdits.get(token);
    plan =
      edit === undefined
        ? planFromProcesses(processes)
        : planFromEdit(processes, planOf(edit.base), edit.runs);
    planEdits.delete(token);
    plans.set(token, plan);
  }
  return plan;
}

/** A process's CPU seconds per tick (NaN: it draws no CPU). */
function rateOf(process: SimProcess): number {
  const base = process.drift;
  return base !== undefined && process.cpu !== null ? base.cpuPerTick : NaN;
}

/** Where each process's draws start: the draws before it, summed. */
function plannedFrom(draws: Uint8Array, rate: Float64Array): DrawPlan {
  const before = new Uint32Array(draws.length);
  let total = 0;
  for (let i = 0; i < draws.length; i++) {
    before[i] = total;
    total += draws[i] as number;
  }
  return { draws, before, rate, total };
}

/** Reads the draws and CPU rate of `processes[start…end)` from the processes themselves. */
function readInto(
  processes: readonly SimProcess[],
  { draws, rate }: { readonly draws: Uint8Array; readonly rate: Float64Array },
  start: number,
  end: number,
): void {
  for (let i = start; i < end; i++) {
    const process = processes[i] as SimProcess;
    draws[i] = drawsOf(process);
    rate[i] = rateOf(process);
  }
}

function planFromProcesses(processes: readonly SimProcess[]): DrawPlan {
  plansFromProcesses++;
  const columns = {
    draws: new Uint8Array(processes.length),
    rate: new Float64Array(processes.length),
  };
  readInto(processes, columns, 0, processes.length);
  return plannedFrom(columns.draws, columns.rate);
}

/** The plan of `processes`: the stretches kept by the edit copied from `previous`. */
function planFromEdit(processes: readonly SimProcess[], previous: DrawPlan, runs: Runs): DrawPlan {
  const draws = new Uint8Array(processes.length);
  const rate = new Float64Array(processes.length);
  eachRun(runs, (start, length, from) => {
    if (from >= 0) {
      draws.set(previous.draws.subarray(from, from + length), start);
      rate.set(previous.rate.subarray(from, from + length), start);
      return;
    }
    readInto(processes, { draws, rate }, start, start + length);
  });
  return plannedFrom(draws, rate);
}

/**
 * Plans to carry when first asked for: the array an action made, the last earlier array
 * with a plan and where the stretches came from in it. Edits nobody ticked between (a
 * stop is several) compose into one (drift-runs.ts composeRuns), so the plan is copied
 * once, not once per edit.
 */
const planEdits = new WeakMap<
  object,
  { readonly base: readonly SimProcess[]; readonly runs: Runs }
>();

/** `next` was made from `previous` by an action; `runs` says where its stretches came from. */
export function notePlanEdit(
  next: readonly SimProcess[],
  previous: readonly SimProcess[],
  runs: Runs,
): void {
  const token = processSetOf(next);
  const from = processSetOf(previous);
  if (plans.has(token) || token === from) return;
  if (plans.has(from)) return void planEdits.set(token, { base: previous, runs });
  const earlier = planEdits.get(from);
  if (earlier !== undefined)
    planEdits.set(token, { base: earlier.base, runs: composeRuns(runs, earlier.runs) });
}
