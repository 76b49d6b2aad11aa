// Windows hands out PIDs (really handle-table indices) as multiples of 4, reusing freed
// ones, so a live process list looks scattered (the seed's container csrss is 1228, the
// TP4 sample's container processes range from 628 to 6124). We imitate that: draw a random
// multiple of 4 and retry on a collision. Each try is a binary search over the
// pid-sorted process array, not a scan, and the range widens with the number of live
// processes so collisions stay rare even at 10,000 processes.
import { indexOfPid } from './process-table.js';
import type { RngCursor } from './rng.js';
import type { SimProcess } from './types.js';

export interface PidRange {
  readonly min: number;
  readonly max: number;
}

// Windows gives the first user-mode process (smss) a PID in the low hundreds; nothing but
// System lives below that.
const DEFAULT_MIN_PID = 200;
const DEFAULT_MAX_PID = 8188;
/** Keep live processes to at most 1/4 of the range: a draw then hits a free pid 3 times in 4. */
const SPREAD = 16;
const TRIES = 32;

export function defaultPidRange(liveCount: number): PidRange {
  return { min: DEFAULT_MIN_PID, max: Math.max(DEFAULT_MAX_PID, roundUpTo4(liveCount * SPREAD)) };
}

/**
 * A pid that is neither live in `processes` (pid-sorted) nor in `taken` (pids handed out
 * earlier in the same action, not merged yet). Adds the result to `taken`.
 */
export function allocatePid(
  rng: RngCursor,
  processes: readonly SimProcess[],
  taken: Set<number>,
  range: PidRange = defaultPidRange(processes.length + taken.size),
): number {
  const lo = Math.ceil(range.min / 4);
  const hi = Math.floor(range.max / 4);
  const isFree = (pid: number) => !taken.has(pid) && indexOfPid(processes, pid) < 0;
  for (let i = 0; i < TRIES; i++) {
    const pid = rng.int(lo, hi) * 4;
    if (isFree(pid)) return take(taken, pid);
  }
  // A crowded range (only possible with a narrow explicit one): walk upwards from a random
  // start; past the range's end keep going, so this always terminates.
  for (let pid = rng.int(lo, hi) * 4; ; pid += 4) {
    if (isFree(pid)) return take(taken, pid);
  }
}

function take(taken: Set<number>, pid: number): number {
  taken.add(pid);
  return pid;
}

function roundUpTo4(n: number): number {
  return Math.ceil(n / 4) * 4;
}
