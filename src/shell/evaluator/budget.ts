// The step and time budget of one command line (docs/terminal-safety.md §6). Steps are
// counted where the evaluator loops (each expression evaluated, each item a pipeline passes
// on), so a runaway line ends at the same place on every run; time is read from the clock the
// Shell is given (the real one in the app, a fake one in tests) every CHECK_EVERY steps.
import type { BinaryOperator } from '../ast.js';
import { LIMITS, LimitExceeded } from '../runtime/limits.js';
import { isArray, type PSValue } from '../runtime/values.js';

/** Reading the clock on every step would cost more than the step. */
const CHECK_EVERY = 256;
/** Copying or passing on an array item costs far less than evaluating an expression. */
const ITEMS_PER_STEP = 16;
/**
 * RE2 scans about 3 characters a microsecond here: at 4 steps a character the step budget
 * lets one match scan at most 250,000 characters (under 100 ms), not a whole 1 Mi string.
 */
const STEPS_PER_REGEX_CHAR = 4;

export class Budget {
  private steps = 0;
  private nextCheck = CHECK_EVERY;
  private readonly deadline: number;

  constructor(
    private readonly now: () => number,
    private readonly maxSteps: number = LIMITS.steps,
    maxMs: number = LIMITS.ms,
  ) {
    this.deadline = now() + maxMs;
  }

  /** Spends `count` steps; throws LimitExceeded when the steps or the time are used up. */
  spend(count = 1): void {
    this.steps += count;
    if (this.steps > this.maxSteps) throw new LimitExceeded('steps');
    if (this.steps < this.nextCheck) return;
    this.nextCheck = this.steps + CHECK_EVERY;
    if (this.now() > this.deadline) throw new LimitExceeded('ms');
  }

  /** Spends the steps for `count` items copied or passed down a pipeline. */
  spendItems(count: number): void {
    this.spend(Math.ceil(count / ITEMS_PER_STEP));
  }

  get used(): number {
    return this.steps;
  }
}

/** A budget that never runs out of time (a Shell given no clock still counts steps). */
export const noClock = (): number => 0;

/**
 * What an operator will cost before it runs: a regular expression scans its text once (RE2
 * is linear), filtering or joining arrays touches every item.
 */
export function operandCost(operator: BinaryOperator, left: PSValue, right: PSValue): number {
  const items = (isArray(left) ? left.length : 0) + (isArray(right) ? right.length : 0);
  const cost = Math.ceil(items / ITEMS_PER_STEP);
  if (!operator.endsWith('match')) return cost;
  return cost + STEPS_PER_REGEX_CHAR * textLength(left);
}

function textLength(value: PSValue): number {
  if (typeof value === 'string') return value.length;
  if (!isArray(value)) return 0;
  let total = 0;
  for (const item of value) if (typeof item === 'string') total += item.length;
  return total;
}
