// Regular expressions from the console run on RE2 (the re2js port): its automaton matches in
// time linear in the text whatever the pattern, so no pattern can hang the console
// (docs/terminal-safety.md §6). PowerShell's -match ignores case unless it is -cmatch. RE2
// has no backreferences and no lookaround; a pattern using them gets an error record saying
// so instead of a different meaning.
import { RE2JS } from 're2js';
import { OperatorError } from './operators-error.js';

/** Compiled patterns, most recent last: a loop over `-match 'x'` compiles it once. */
const cache = new Map<string, RE2JS>();
const CACHE_SIZE = 64;

const LOOKAROUND = /\(\?<?[=!]/;
const BACKREFERENCE = /\\(?:[1-9]|k<)/;

export function regexTest(pattern: string, text: string, caseSensitive: boolean): boolean {
  return compile(pattern, caseSensitive).matcher(text).find();
}

function compile(pattern: string, caseSensitive: boolean): RE2JS {
  const key = `${caseSensitive ? 'c' : 'i'}${pattern}`;
  const cached = cache.get(key);
  if (cached) {
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const compiled = compileNew(pattern, caseSensitive);
  cache.set(key, compiled);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
  return compiled;
}

function compileNew(pattern: string, caseSensitive: boolean): RE2JS {
  try {
    return RE2JS.compile(pattern, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
  } catch {
    const feature = unsupportedFeature(pattern);
    if (feature !== null) {
      throw new OperatorError(
        `The regular expression pattern ${pattern} uses ${feature}, which isolab's ` +
          'linear-time regular expression engine (RE2) does not support.',
        'RegexFeatureNotSupported',
      );
    }
    throw new OperatorError(
      `Invalid regular expression pattern: ${pattern}.`,
      'InvalidRegularExpression',
    );
  }
}

function unsupportedFeature(pattern: string): string | null {
  if (LOOKAROUND.test(pattern)) return 'a lookahead or lookbehind';
  if (BACKREFERENCE.test(pattern)) return 'a backreference';
  return null;
}
