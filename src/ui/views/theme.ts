// Semantic colour tokens: components ask for "what this is" (a csrss row, a row that just
// vanished), never for a literal colour. Without colour (NO_COLOR, --no-color) every token
// is undefined and the cues that carry meaning without colour remain: bold, dim,
// strikethrough, inverse and the text markers (+ − ◆ ◇ ▶).
export interface Theme {
  readonly color: boolean;
  /** The process whose count the seed compares. */
  readonly csrss: string | undefined;
  /** `◆`: a container process on the host (shared kernel), or a row also on the host. */
  readonly shared: string | undefined;
  /** `◇`: a Hyper-V container's vmwp, or its own kernel. */
  readonly utilityVm: string | undefined;
  readonly appeared: string | undefined;
  readonly vanished: string | undefined;
  readonly border: string | undefined;
  readonly focus: string | undefined;
  readonly spotlight: string | undefined;
  readonly muted: string | undefined;
  readonly error: string | undefined;
  readonly command: string | undefined;
  readonly running: string | undefined;
  readonly narration: string | undefined;
}

const COLORS: Omit<Theme, 'color'> = {
  csrss: 'yellow',
  shared: 'cyan',
  utilityVm: 'magenta',
  appeared: 'green',
  vanished: 'red',
  border: 'gray',
  focus: 'cyan',
  spotlight: 'yellow',
  muted: 'gray',
  error: 'red',
  command: 'white',
  running: 'green',
  narration: 'yellow',
};

const NONE: Omit<Theme, 'color'> = Object.fromEntries(
  Object.keys(COLORS).map((k) => [k, undefined]),
) as unknown as Omit<Theme, 'color'>;

export function makeTheme(color: boolean): Theme {
  return color ? { color, ...COLORS } : { color, ...NONE };
}

/** no-color.org: NO_COLOR set to anything but the empty string turns colour off. */
export function colorWanted(
  flag: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (flag === false) return false;
  return env.NO_COLOR === undefined || env.NO_COLOR === '';
}
