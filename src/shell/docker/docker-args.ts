// docker's command line as the TP4-era client (mflag) reads it: flags start with an ASCII
// dash only — an en dash `–isolation=hyperv` is not a flag to Go, it is a positional word.

export interface FlagSpec {
  /** Names without dashes; one-letter names combine (`-it`). */
  readonly names: readonly string[];
  readonly takesValue: boolean;
}

export interface ParsedFlags {
  /** The last value of each flag that takes one. */
  readonly values: ReadonlyMap<string, string>;
  /** Every value of a repeated flag, in order (`-f a=1 -f b=2`: mflag's ListOpts). */
  readonly lists: ReadonlyMap<string, readonly string[]>;
  readonly booleans: ReadonlySet<string>;
  readonly positionals: readonly string[];
}

export type FlagParse =
  | { readonly ok: true; readonly flags: ParsedFlags }
  | {
      readonly ok: false;
      readonly unknown: string;
      /** mflag's failf text: `flag provided but not defined: -x`, `flag needs an argument: -f`. */
      readonly message: string;
    };

const undefinedFlag = (flag: string): FlagParse => ({
  ok: false,
  unknown: flag,
  message: `flag provided but not defined: ${flag}`,
});

/**
 * Parses flags up to the first positional word (docker run stops there: what follows is
 * the image and the command). `canonical` maps every alias to its first name.
 */
export function parseFlags(
  argv: readonly string[],
  specs: readonly FlagSpec[],
  stopAtFirstPositional: boolean,
): FlagParse {
  const values = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const booleans = new Set<string>();
  const positionals: string[] = [];
  const find = (name: string) => specs.find((s) => s.names.includes(name));
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] as string;
    if (positionals.length > 0 && stopAtFirstPositional) {
      positionals.push(word);
      continue;
    }
    if (word === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!word.startsWith('-') || word === '-') {
      positionals.push(word);
      continue;
    }
    const body = word.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const name = eq === -1 ? body : body.slice(0, eq);
    const inline = eq === -1 ? null : body.slice(eq + 1);
    const spec = find(name);
    if (spec) {
      const key = spec.names[0] as string;
      if (spec.takesValue) {
        const value = inline ?? argv[++i];
        if (value === undefined)
          return { ok: false, unknown: word, message: `flag needs an argument: ${word}` };
        values.set(key, value);
        lists.set(key, [...(lists.get(key) ?? []), value]);
      } else {
        booleans.add(key);
      }
      continue;
    }
    // Combined one-letter booleans: -it, -di.
    if (
      !word.startsWith('--') &&
      inline === null &&
      [...name].every((ch) => find(ch) && !find(ch)?.takesValue)
    ) {
      for (const ch of name) booleans.add(find(ch)?.names[0] as string);
      continue;
    }
    return undefinedFlag(`-${word.startsWith('--') ? '-' : ''}${name}`);
  }
  return { ok: true, flags: { values, lists, booleans, positionals } };
}

export type FilterParse =
  | { readonly ok: true; readonly filters: ReadonlyMap<string, readonly string[]> }
  | { readonly ok: false; readonly line: string };

/**
 * `-f` words as docker's filters.ParseFlag reads them (pkg/parsers/filters at 59a341e):
 * `name=value`, the name lower-cased and both trimmed; a word without `=` is refused.
 */
export function parseFilterFlags(words: readonly string[]): FilterParse {
  const filters = new Map<string, string[]>();
  for (const word of words) {
    if (word.length === 0) continue;
    const eq = word.indexOf('=');
    if (eq === -1) return { ok: false, line: 'bad format of filter (expected name=value)' };
    const name = word.slice(0, eq).trim().toLowerCase();
    filters.set(name, [...(filters.get(name) ?? []), word.slice(eq + 1).trim()]);
  }
  return { ok: true, filters };
}
