// Every numeric option's range (issue 15: `run --width 1e9` ran for 51 s): checked before
// anything is built, and named in the one-line error with the value as it was typed.

export interface NumberRange {
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (a count, a seed); otherwise any finite number in range. */
  readonly whole: boolean;
  /** What the number counts, for the message ("columns"). */
  readonly unit?: string;
}

export const NUMBER_RANGES = {
  seed: { min: 0, max: 2 ** 31 - 1, whole: true },
  width: { min: 20, max: 1000, whole: true, unit: 'columns' },
  speed: { min: 0.1, max: 64, whole: false },
  processes: { min: 0, max: 100_000, whole: true, unit: 'host processes' },
  containers: { min: 0, max: 2000, whole: true, unit: 'containers' },
} as const satisfies Record<string, NumberRange>;

export type NumberOption = keyof typeof NUMBER_RANGES;

/** The word after an option in argv, as typed (`--seed abc`, `--seed=abc`). */
export function typedValue(argv: readonly string[], option: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (word === option) return argv[i + 1];
    if (word.startsWith(`${option}=`)) return word.slice(option.length + 1);
  }
  return undefined;
}

/** Null when the value is in range, else the message (yargs reads `abc` as NaN). */
export function numberProblem(
  option: NumberOption,
  value: unknown,
  typed: string | undefined,
): string | null {
  const range: NumberRange = NUMBER_RANGES[option];
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= range.min &&
    value <= range.max &&
    (!range.whole || Number.isInteger(value));
  if (ok) return null;
  const kind = range.whole ? 'a whole number' : 'a number';
  const unit = range.unit ? ` ${range.unit}` : '';
  const shown = typed ?? String(value);
  return `--${option} needs ${kind} from ${range.min} to ${range.max}${unit}, not '${shown}'`;
}

/** The first problem among the given options, each checked only when it was given. */
export function firstNumberProblem(
  values: Partial<Record<NumberOption, unknown>>,
  argv: readonly string[],
): string | null {
  for (const option of Object.keys(values) as NumberOption[]) {
    const value = values[option];
    if (value === undefined) continue;
    const problem = numberProblem(option, value, typedValue(argv, `--${option}`));
    if (problem) return problem;
  }
  return null;
}
