// Where an edited roster's processes come from (drift.ts `edited`): an action takes a few
// processes out of a kernel or puts a few in, so the roster after it is a handful of
// stretches of the one before. Kept as [start, length, from] triples — `from` the position
// of the stretch's first process in the earlier list, or -1 for processes the action put in
// — instead of one number per process: at 50,000 processes a per-process column was two
// fresh arrays per action, and allocating them cost more than the walk (issue 16).
import type { SimProcess } from './types.js';

/** [start, length, from] triples in roster order, covering the whole roster. */
export type Runs = readonly number[];

const NEW = -1;

function push(runs: number[], start: number, length: number, from: number): void {
  const last = runs.length - 3;
  // Joined to the stretch before when it continues it (in both lists, or both new).
  if (
    last >= 0 &&
    (runs[last + 2] === NEW
      ? from === NEW
      : from !== NEW && (runs[last + 2] as number) + (runs[last + 1] as number) === from)
  ) {
    runs[last + 1] = (runs[last + 1] as number) + length;
    return;
  }
  runs.push(start, length, from);
}

/**
 * The stretches of `after` in `before`: both in pid order, a process kept by the action the
 * same object in both. A walk comparing identities, reading pids only where they differ.
 */
export function runsBetween(before: readonly SimProcess[], after: readonly SimProcess[]): number[] {
  const runs: number[] = [];
  let i = 0;
  let j = 0;
  while (i < after.length) {
    const process = after[i] as SimProcess;
    while (
      j < before.length &&
      before[j] !== process &&
      (before[j] as SimProcess).pid < process.pid
    )
      j++; // taken out by the action
    if (before[j] !== process) {
      push(runs, i++, 1, NEW); // put in by the action
      continue;
    }
    // A stretch kept as it was: one tight loop of identity tests, one triple.
    const start = i;
    const from = j;
    while (i < after.length && after[i] === before[j]) {
      i++;
      j++;
    }
    push(runs, start, i - start, from);
  }
  return runs;
}

// ---- Runs an edit leaves: an edit that adds or takes out whole processes (mergeByPid,
// removeContainerProcesses, killProcess) knows where, so it notes the runs of the array it
// made instead of `edited` walking both arrays again (10,000 identity tests per edit of
// the host at L, most of what `t`'s steps spent in the drift). Kept per earlier array,
// then per later one, both weakly: a later array never holds an earlier one alive.
const noted = new WeakMap<readonly SimProcess[], WeakMap<readonly SimProcess[], number[]>>();

function note(after: readonly SimProcess[], before: readonly SimProcess[], runs: number[]): void {
  let byAfter = noted.get(before);
  if (byAfter === undefined) {
    byAfter = new WeakMap();
    noted.set(before, byAfter);
  }
  byAfter.set(after, runs);
}

/**
 * `after` is `before` with new processes inserted, the j-th before `before`'s position
 * `at[j]` (ascending; several at one place in the order they were given).
 */
export function noteRunsAfterInsert(
  after: readonly SimProcess[],
  before: readonly SimProcess[],
  at: readonly number[],
): void {
  const runs: number[] = [];
  let start = 0;
  let from = 0;
  for (const to of at) {
    if (to > from) push(runs, start, to - from, from);
    start += to - from + 1;
    push(runs, start - 1, 1, NEW);
    from = to;
  }
  if (from < before.length) push(runs, start, before.length - from, from);
  note(after, before, runs);
}

/** `after` is `before` without the processes at `removed` (ascending positions). */
export function noteRunsAfterRemoval(
  after: readonly SimProcess[],
  before: readonly SimProcess[],
  removed: readonly number[],
): void {
  const runs: number[] = [];
  let start = 0;
  let from = 0;
  for (const gone of removed) {
    if (gone > from) push(runs, start, gone - from, from);
    start += gone - from;
    from = gone + 1;
  }
  if (from < before.length) push(runs, start, before.length - from, from);
  note(after, before, runs);
}

/** runsBetween(before, after), as the edit that made `after` noted it when one did. */
export function runsOf(before: readonly SimProcess[], after: readonly SimProcess[]): Runs {
  return noted.get(before)?.get(after) ?? runsBetween(before, after);
}

/** The run holding position `index` (the offset of its triple). */
function runOf(runs: Runs, index: number): number {
  let lo = 0;
  let hi = runs.length / 3 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((runs[mid * 3] as number) <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo * 3;
}

/** Where position `index` came from: its position in the earlier list, or -1 if new. */
export function fromOf(runs: Runs, index: number): number {
  const r = runOf(runs, index);
  const from = runs[r + 2] as number;
  return from === NEW ? NEW : from + index - (runs[r] as number);
}

/**
 * Two edits as one: `outer` maps the latest roster into the one before, `inner` that one
 * into the list before both. A stretch new to the one before is new to the first list too.
 */
export function composeRuns(outer: Runs, inner: Runs): number[] {
  const runs: number[] = [];
  for (let o = 0; o < outer.length; o += 3) {
    let start = outer[o] as number;
    let length = outer[o + 1] as number;
    let from = outer[o + 2] as number;
    if (from === NEW) {
      push(runs, start, length, NEW);
      continue;
    }
    while (length > 0) {
      const r = runOf(inner, from);
      const innerEnd = (inner[r] as number) + (inner[r + 1] as number);
      const take = Math.min(length, innerEnd - from);
      const innerFrom = inner[r + 2] as number;
      push(runs, start, take, innerFrom === NEW ? NEW : innerFrom + from - (inner[r] as number));
      start += take;
      from += take;
      length -= take;
    }
  }
  return runs;
}

/** Calls `each(start, length, from)` for every stretch, in roster order. */
export function eachRun(
  runs: Runs,
  each: (start: number, length: number, from: number) => void,
): void {
  for (let r = 0; r < runs.length; r += 3)
    each(runs[r] as number, runs[r + 1] as number, runs[r + 2] as number);
}
