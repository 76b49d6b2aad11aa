// The lexer's scanners for tokens that start with a sigil: `$`, `@`, `.`, `-`, operators and
// redirections.
import { PartsBuilder, Scanner } from './scanner.js';
import { scanHereString } from './scan-strings.js';
import { RESCAN_AS_WORD, scanVariableName } from './scan-variable.js';

import {
  DASH_OPERATORS,
  forcesNewToken,
  isAsciiLetter,
  isDash,
  isDigit,
  isDoubleQuote,
  isIdentifierFollow,
  isIdentifierStart,
  isLetter,
  isNewline,
  isSingleQuote,
  isVariableStart,
  isWhitespace,
  type Punct,
} from './tokens.js';

import { scanNumberOrWord, scanWord, type TokenBody } from './lex-words.js';

/** `=`, `+`, `*`, `/`, `%`, `!` in expression mode (in command mode they begin bare words). */
export function scanExpressionOperator(s: Scanner, c: string, start: number): TokenBody | null {
  const next = s.peek();
  switch (c) {
    case '=':
      return { kind: 'punct', value: '=' };
    case '+':
      if (next === '+' || next === '=') {
        s.take();
        return { kind: 'punct', value: next === '+' ? '++' : '+=' };
      }
      if (s.options.allowSignedNumbers && (isDigit(next) || next === '.'))
        return scanNumberOrWord(s, start);
      return { kind: 'operator', op: '+' };
    case '*':
    case '/':
    case '%':
      if (next === '=') {
        s.take();
        return { kind: 'punct', value: `${c}=` as Punct };
      }
      return { kind: 'operator', op: c };
    case '!':
      if (isIdentifierStart(next)) return scanWord(s, start);
      return { kind: 'operator', op: '!' };
    default:
      return null;
  }
}

export function scanVariable(s: Scanner, start: number): TokenBody {
  const errorCount = s.errors.length;
  const name = scanVariableName(s, start, false);
  if (typeof name === 'string') return { kind: 'variable', name };
  if (name === RESCAN_AS_WORD) s.errors.length = errorCount;
  return scanWord(s, start);
}

export function scanAt(s: Scanner, start: number): TokenBody {
  const next = s.peek();
  if (next === '(' || next === '{') {
    s.take();
    return { kind: 'punct', value: next === '(' ? '@(' : '@{' };
  }
  if (isSingleQuote(next) || isDoubleQuote(next)) {
    s.take();
    const b = new PartsBuilder();
    const expandable = isDoubleQuote(next);
    scanHereString(s, b, start, expandable);
    return {
      kind: 'string',
      quote: expandable ? 'double' : 'single',
      value: b.value,
      parts: b.finish(),
    };
  }
  if (isVariableStart(next)) {
    // A splatted variable (`@params`): read its name so the parser can reject it whole.
    while (isIdentifierFollow(s.peek()) || s.peek() === ':') s.take();
    return { kind: 'unknown' };
  }
  s.error('UnrecognizedToken', start, start + 1);
  return { kind: 'unknown' };
}

/** PowerShell's ScanDot: `..`, `.5`, a dot-sourcing `.`, or (command mode) a bare word. */
export function scanDot(s: Scanner, start: number): TokenBody {
  const next = s.peek();
  if (next === '.') {
    s.take();
    if (s.commandMode && !forcesNewToken(s.peek())) return scanWord(s, start);
    return { kind: 'punct', value: '..' };
  }
  if (isDigit(next)) return scanNumberOrWord(s, start);
  if (s.commandMode && !forcesNewToken(next) && next !== '$' && next !== '"' && next !== "'") {
    return scanWord(s, start);
  }
  return { kind: 'punct', value: '.' };
}

export function scanRedirection(s: Scanner): TokenBody {
  s.take();
  if (s.peek() === '>') s.take();
  else if (s.peek() === '&' && (s.peek(1) === '1' || s.peek(1) === '2')) s.i += 2;
  return { kind: 'redirection' };
}

/** A dash: a parameter or dash operator, `--`, `-=`, a signed number, or minus. */
export function scanDash(s: Scanner, start: number): TokenBody {
  const dash = s.src[start] as string;
  const next = s.peek();
  const command = s.commandMode;
  if (isDash(next)) {
    s.take();
    if (command && !forcesNewToken(s.peek())) return scanWord(s, start);
    return { kind: 'punct', value: '--' };
  }
  if (next === '=') {
    if (command && !forcesNewToken(s.peek(1))) return scanWord(s, start);
    s.take();
    return command
      ? { kind: 'word', value: s.src.slice(start, s.i), parts: null }
      : { kind: 'punct', value: '-=' };
  }
  if (isLetter(next) || next === '_' || next === '?') {
    return scanParameter(s, start, dash);
  }
  if (s.options.allowSignedNumbers && (isDigit(next) || next === '.'))
    return scanNumberOrWord(s, start);
  if (command) return scanWord(s, start);
  return { kind: 'operator', op: '-' };
}

/** PowerShell's ScanParameter: `-Name`, `-Name:`, or in expression mode an operator like `-eq`. */
export function scanParameter(s: Scanner, start: number, dash: string): TokenBody {
  const command = s.commandMode;
  let name = '';
  let colon = false;
  for (;;) {
    const c = s.peek();
    if (c === '' || isWhitespace(c) || isNewline(c) || '{}();,|&.[\0'.includes(c)) break;
    if (c === ':') {
      colon = true;
      if (command) s.take();
      break;
    }
    if (isSingleQuote(c) || isDoubleQuote(c)) {
      // Quotes are never part of a parameter: the whole thing is an argument.
      if (command) return scanWord(s, start);
      break;
    }
    if (!isAsciiLetter(c) && !command) break;
    name += c;
    s.take();
  }
  if (!command) {
    const op = DASH_OPERATORS.get(name.toLowerCase());
    if (op) return { kind: 'operator', op };
    // Only ASCII letters continue a dash word in expression mode: `-ü` is a minus.
    if (name === '') return { kind: 'operator', op: '-' };
  }
  return { kind: 'parameter', name, dash, colon: colon && command };
}
