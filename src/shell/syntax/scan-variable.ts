// Variable names after `$` (PowerShell's ScanVariable): `$con`, `$_`, `${any name}`,
// `$env:Path`, and the one-character `$$`, `$?`, `$^`.
import type { Scanner } from './scanner.js';
import { backtickChar } from './scanner.js';
import {
  forcesNewToken,
  isDoubleQuote,
  isLetterOrDigit,
  isNewline,
  isVariableStart,
  isWhitespace,
} from './tokens.js';

/**
 * Scope qualifiers name the same variable in a one-scope shell; drives (`env:`) stay in the name.
 */
const SCOPES = /^(global|local|script|private|using):(?=.)/i;

export const unqualifiedName = (userPath: string): string => userPath.replace(SCOPES, '');

/** The characters run on into a bare word (`$a+1`); the caller rescans them as one. */
export const RESCAN_AS_WORD: unique symbol = Symbol('rescan as word');

/**
 * Scans a variable name; the scanner is just past the `$` at `dollar`. Returns the name,
 * `null` when no name follows (the `$` is then an ordinary character), or RESCAN_AS_WORD.
 */
export function scanVariableName(
  s: Scanner,
  dollar: number,
  inString: boolean,
): string | null | typeof RESCAN_AS_WORD {
  const first = s.peek();
  if (first === '{') return scanBracedName(s, inString);
  if (!isVariableStart(first)) return null;
  s.take();
  let name = first;
  if (first === '$' || first === '?' || first === '^') {
    if (s.commandMode && !inString && !forcesNewToken(s.peek())) return RESCAN_AS_WORD;
  } else {
    for (;;) {
      const c = s.peek();
      if (c === '') break;
      if (c === ':') {
        if (s.peek(1) === ':') break;
      } else if (!(c === '_' || c === '?' || isLetterOrDigit(c))) {
        const ends = isWhitespace(c) || isNewline(c) || '&(),;{}|.[='.includes(c);
        if (!ends && s.commandMode && !inString && !forcesNewToken(c)) return RESCAN_AS_WORD;
        break;
      }
      name += c;
      s.take();
    }
  }
  if (name.endsWith(':')) s.error('InvalidVariableReferenceWithDrive', dollar, s.i);
  return unqualifiedName(name);
}

function scanBracedName(s: Scanner, inString: boolean): string | typeof RESCAN_AS_WORD {
  const open = s.i;
  s.take();
  let name = '';
  let closed = false;
  for (;;) {
    let c = s.take();
    if (c === '') break;
    if (c === '}') {
      closed = true;
      break;
    }
    if (c === '`') {
      const escaped = s.take();
      if (escaped === '') break;
      c = backtickChar(escaped);
    } else if (inString && isDoubleQuote(c)) {
      // Inside "…", a doubled quote stands for one.
      if (s.peek() === '') break;
      if (isDoubleQuote(s.peek())) c = s.take();
    }
    name += c;
  }
  if (!closed) s.incomplete('IncompleteDollarVariableReference', open, s.i);
  else if (name === '') s.error('EmptyVariableReference', s.i - 1, s.i);
  if (s.commandMode && !inString) {
    const next = s.peek();
    // A '.' or '[' after the name is member access, anything else glued on makes a bare word.
    if (!forcesNewToken(next) && next !== '.' && next !== '[') return RESCAN_AS_WORD;
  }
  return unqualifiedName(name);
}
