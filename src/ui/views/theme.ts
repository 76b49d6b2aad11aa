// Semantic colour tokens: components ask for "what this is" (a csrss row, a row that just
// vanished), never for a literal colour. Three palettes for real rooms (issue 12): `dark`
// (the terminal's default), `light` (a white background: no yellow, cyan or white text) and
// `high-contrast` (a projector: bright colours only, no grey). Nothing a lesson needs is
// only coloured or only dim: headers are bold and underlined, csrss bold, vanished rows
// struck through with a − mark, tags carry ◆ ◇. Without colour (NO_COLOR, --no-color) every
// token is undefined and those cues remain.
export const THEME_NAMES = ['dark', 'light', 'high-contrast'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

export interface Theme {
  readonly color: boolean;
  readonly name: ThemeName;
  /** Secondary text (notes, a stopped state) may be dim; a projector washes dim text out. */
  readonly dim: boolean;
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
  /** Secondary text that teaches nothing alone (a stopped state, a hint's label). */
  readonly muted: string | undefined;
  /** Column headers and counts: read from the back of a room, never dim. */
  readonly header: string | undefined;
  readonly error: string | undefined;
  readonly command: string | undefined;
  readonly running: string | undefined;
  readonly narration: string | undefined;
}

type Palette = Omit<Theme, 'color' | 'name' | 'dim'>;

const PALETTES: Readonly<Record<ThemeName, Palette>> = {
  dark: {
    csrss: 'yellow',
    shared: 'cyan',
    utilityVm: 'magenta',
    appeared: 'green',
    vanished: 'red',
    border: 'gray',
    focus: 'cyan',
    spotlight: 'yellow',
    muted: 'gray',
    header: undefined,
    error: 'red',
    command: 'white',
    running: 'green',
    narration: 'yellow',
  },
  // Dark text on white: blue and magenta carry the marks; nothing yellow, cyan or white.
  light: {
    csrss: 'blue',
    shared: 'blue',
    utilityVm: 'magenta',
    appeared: 'green',
    vanished: 'red',
    border: 'blackBright',
    focus: 'blue',
    spotlight: 'magenta',
    muted: 'blackBright',
    header: 'black',
    error: 'red',
    command: 'black',
    running: 'green',
    narration: 'blue',
  },
  // A projector washes out grey and dark colours: bright ones only, muted text in the
  // terminal's own foreground.
  'high-contrast': {
    csrss: 'yellowBright',
    shared: 'cyanBright',
    utilityVm: 'magentaBright',
    appeared: 'greenBright',
    vanished: 'redBright',
    border: 'whiteBright',
    focus: 'yellowBright',
    spotlight: 'yellowBright',
    muted: undefined,
    header: 'whiteBright',
    error: 'redBright',
    command: 'whiteBright',
    running: 'greenBright',
    narration: 'yellowBright',
  },
};

const NONE: Palette = Object.fromEntries(
  Object.keys(PALETTES.dark).map((k) => [k, undefined]),
) as unknown as Palette;

export function makeTheme(color: boolean, name: ThemeName = 'dark'): Theme {
  // Without colour, dim is one of the cues left (no-color.org); in high contrast, never.
  const dim = !color || name !== 'high-contrast';
  return color ? { color, name, dim, ...PALETTES[name] } : { color, name, dim, ...NONE };
}

export const isThemeName = (value: string): value is ThemeName =>
  (THEME_NAMES as readonly string[]).includes(value);

/** no-color.org: NO_COLOR set to anything but the empty string turns colour off. */
export function colorWanted(
  flag: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (flag === false) return false;
  return env.NO_COLOR === undefined || env.NO_COLOR === '';
}

/** `--theme` wins over ISOLAB_THEME; a bad ISOLAB_THEME is one line naming it and the choices. */
export function themeWanted(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
):
  | { readonly ok: true; readonly name: ThemeName }
  | { readonly ok: false; readonly message: string } {
  if (flag !== undefined && isThemeName(flag)) return { ok: true, name: flag };
  const choices = THEME_NAMES.join(', ');
  if (flag !== undefined)
    return { ok: false, message: `isolab: --theme must be one of ${choices}` };
  const fromEnv = env.ISOLAB_THEME;
  if (fromEnv === undefined || fromEnv === '') return { ok: true, name: 'dark' };
  if (isThemeName(fromEnv)) return { ok: true, name: fromEnv };
  return {
    ok: false,
    message: `isolab: ISOLAB_THEME='${fromEnv}' is not a theme; use one of ${choices}`,
  };
}
