// The budgets every command line runs under (docs/terminal-safety.md §6): whatever is typed
// or loaded, one line ends in bounded steps, time and memory, with an error record naming the
// limit it met, and the event loop is never blocked for long (Ctrl+C and signals still act).

export const LIMITS = {
  /** Evaluation steps per command line: expressions evaluated and pipeline items passed on. */
  steps: 1_000_000,
  /** Wall time per command line, in ms, measured by the clock the Shell is given. */
  ms: 100,
  /** Characters in one string value. */
  stringChars: 1_048_576,
  /** Elements in one array value. */
  arrayElements: 1_048_576,
  /** Lines one command line may print. */
  outputLines: 10_000,
} as const;

export type LimitName = keyof typeof LIMITS;

/** What each limit is called in its error record. */
export const LIMIT_WORDS: Record<LimitName, string> = {
  steps: 'evaluation step',
  ms: 'time',
  stringChars: 'string size',
  arrayElements: 'array size',
  outputLines: 'output line',
};

/** Ends the whole command line (not only its statement): thrown past every script block. */
export class LimitExceeded extends Error {
  constructor(readonly limit: LimitName) {
    const limitTrace = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(`${LIMIT_WORDS[limit]} limit (${LIMITS[limit]})`);
    Error.stackTraceLimit = limitTrace;
  }
}

/** Refuses an array of `length` elements before it is built. */
export function checkArrayLength(length: number): void {
  if (length > LIMITS.arrayElements) throw new LimitExceeded('arrayElements');
}

/** Refuses a string of `length` characters before it is built. */
export function checkStringLength(length: number): void {
  if (length > LIMITS.stringChars) throw new LimitExceeded('stringChars');
}
