// Quoted strings, here-strings and bare words (PowerShell's ScanStringLiteral,
// ScanStringExpandable, ScanHereString*, ScanGenericToken). Values are unescaped; the
// `$var` and `$( … )` inside double quotes and bare words become parts for the parser.
import { backtickChar, PartsBuilder, type Scanner } from './scanner.js';
import { scanVariableName } from './scan-variable.js';
import {
  forcesNewToken,
  isDoubleQuote,
  isNewline,
  isSingleQuote,
  isVariableStart,
  isWhitespace,
} from './tokens.js';

/** After an opening single quote at `quote`: `''` stands for one quote. */
export function scanSingleQuoted(s: Scanner, b: PartsBuilder, quote: number): void {
  for (;;) {
    const at = s.i;
    const c = s.take();
    if (c === '') {
      s.incomplete('TerminatorExpectedAtEndOfString', quote, s.i, `'`);
      return;
    }
    if (isSingleQuote(c)) {
      if (!isSingleQuote(s.peek())) return;
      b.append(s.take(), at, s.i);
      continue;
    }
    b.append(c, at, s.i);
  }
}

/** After an opening double quote at `quote`: backtick escapes, `""`, `$var` and `$( … )`. */
export function scanDoubleQuoted(s: Scanner, b: PartsBuilder, quote: number): void {
  for (;;) {
    const at = s.i;
    const c = s.take();
    if (c === '') {
      s.incomplete('TerminatorExpectedAtEndOfString', quote, s.i, '"');
      return;
    }
    if (isDoubleQuote(c)) {
      if (!isDoubleQuote(s.peek())) return;
      b.append(s.take(), at, s.i);
      continue;
    }
    expandableChar(s, b, c, at, false);
  }
}

/** One character of expandable text that is not a terminator. */
function expandableChar(
  s: Scanner,
  b: PartsBuilder,
  c: string,
  at: number,
  hereString: boolean,
): void {
  if (c === '$' && scanDollar(s, b, at, hereString)) return;
  if (c === '`' && s.peek() !== '') {
    b.append(backtickChar(s.take()), at, s.i);
    return;
  }
  b.append(c, at, s.i);
}

/** A `$` inside expandable text; false if it is just a dollar sign. */
function scanDollar(s: Scanner, b: PartsBuilder, dollar: number, hereString: boolean): boolean {
  const next = s.peek();
  if (next === '(') {
    s.take();
    scanSubExpression(s, b, dollar, hereString);
    return true;
  }
  if (!isVariableStart(next) && next !== '{') return false;
  const name = scanVariableName(s, dollar, true);
  if (typeof name !== 'string') return false;
  b.add({ kind: 'variable', name, start: dollar, end: s.i }, s.src.slice(dollar, s.i));
  return true;
}

/**
 * `$(` inside expandable text: PowerShell finds the end by counting parentheses only (a `)`
 * inside a nested string ends it early), then parses the text between as statements.
 */
function scanSubExpression(s: Scanner, b: PartsBuilder, dollar: number, hereString: boolean): void {
  const bodyStart = s.i;
  let depth = 1;
  let bodyEnd = -1;
  while (bodyEnd < 0) {
    const c = s.take();
    if (c === '') {
      s.incomplete('IncompleteDollarSubexpressionReference', dollar, s.i);
      bodyEnd = s.i;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      if (--depth === 0) bodyEnd = s.i - 1;
    } else if ((c === '`' || isDoubleQuote(c)) && !hereString && isDoubleQuote(s.peek())) {
      s.take();
    }
  }
  b.add(
    { kind: 'subexpression', start: dollar, end: s.i, bodyStart, bodyEnd },
    s.src.slice(dollar, s.i),
  );
}

/** The rest of a bare word, up to a character that forces a new token. */
export function scanWordRest(s: Scanner, b: PartsBuilder): void {
  while (!forcesNewToken(s.peek())) {
    const at = s.i;
    const c = s.take();
    if (isSingleQuote(c)) scanSingleQuoted(s, b, at);
    else if (isDoubleQuote(c)) scanDoubleQuoted(s, b, at);
    else expandableChar(s, b, c, at, false);
  }
}

/**
 * After `@'` or `@"` at `header`: the header must end its line, and the string ends at a line
 * that starts with `'@` (`"@`).
 */
export function scanHereString(
  s: Scanner,
  b: PartsBuilder,
  header: number,
  expandable: boolean,
): void {
  const isQuote = expandable ? isDoubleQuote : isSingleQuote;
  const terminator = expandable ? '"@' : `'@`;
  while (isWhitespace(s.peek())) s.take();
  const first = s.peek();
  if (first === '') {
    s.incomplete('TerminatorExpectedAtEndOfString', header, s.i, terminator);
    return;
  }
  if (!isNewline(first)) {
    s.error('UnexpectedCharactersAfterHereStringHeader', s.i, s.i + 1);
    while (s.peek() !== '' && !isNewline(s.peek()) && !(isQuote(s.peek()) && s.peek(1) === '@'))
      s.take();
    if (s.peek() !== '' && !isNewline(s.peek())) s.i += 2;
    return;
  }
  takeNewline(s);
  const footerAt = (offset: number): boolean =>
    isQuote(s.peek(offset)) && s.peek(offset + 1) === '@';
  if (footerAt(0)) {
    s.i += 2;
    return;
  }
  for (;;) {
    const at = s.i;
    const c = s.peek();
    if (c === '') {
      s.incomplete('TerminatorExpectedAtEndOfString', header, s.i, terminator);
      return;
    }
    if (isNewline(c)) {
      const width = c === '\r' && s.peek(1) === '\n' ? 2 : 1;
      if (footerAt(width)) {
        s.i += width + 2;
        return;
      }
      s.i += width;
      b.append(s.src.slice(at, s.i), at, s.i);
      continue;
    }
    s.take();
    if (expandable) expandableChar(s, b, c, at, true);
    else b.append(c, at, s.i);
  }
}

export function takeNewline(s: Scanner): void {
  if (s.take() === '\r' && s.peek() === '\n') s.take();
}
