// The lexer: one token at a time, in the mode the parser asks for, as PowerShell's
// tokenizer does (tokenizer.cs NextToken). Never throws; lexical errors ride on the token.
import { backtickChar, PartsBuilder, Scanner } from './scanner.js';
import {
  scanDoubleQuoted,
  scanHereString,
  scanSingleQuoted,
  scanWordRest,
  takeNewline,
} from './scan-strings.js';
import { RESCAN_AS_WORD, scanVariableName } from './scan-variable.js';
import { scanNumber } from './scan-number.js';
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
  type LexOptions,
  type Punct,
  type Token,
} from './tokens.js';

type TokenBody = Token extends infer T
  ? T extends Token
    ? Omit<T, 'start' | 'end' | 'text' | 'errors'>
    : never
  : never;

/** Scans the token that starts at or after `start` (skipping blanks and comments), before `limit`. */
export function scanToken(src: string, start: number, limit: number, options: LexOptions): Token {
  const s = new Scanner(src, start, limit, options);
  skipTrivia(s);
  const tokenStart = s.i;
  // The body is a fresh object: complete it in place (this is the lexer's hot path).
  const token = scanBody(s, tokenStart) as { -readonly [K in keyof Token]: Token[K] };
  token.start = tokenStart;
  token.end = s.i;
  token.text = src.slice(tokenStart, s.i);
  if (s.errors.length > 0) token.errors = s.errors;
  return token as Token;
}

/** The offset of the next token's first character: past blanks, comments and line continuations. */
export function skipBlanks(src: string, start: number, limit: number): number {
  const s = new Scanner(src, start, limit, { mode: 'command' });
  skipTrivia(s);
  return s.i;
}

/** Blanks, `#` and `<# #>` comments, and backtick line continuations. */
function skipTrivia(s: Scanner): void {
  for (;;) {
    const c = s.peek();
    if (isWhitespace(c)) {
      s.take();
    } else if (c === '#') {
      while (s.peek() !== '' && !isNewline(s.peek())) s.take();
    } else if (c === '<' && s.peek(1) === '#') {
      const open = s.i;
      s.i += 2;
      while (s.peek() !== '' && !(s.peek() === '#' && s.peek(1) === '>')) s.take();
      if (s.peek() === '') s.incomplete('MissingTerminatorMultiLineComment', open, s.i);
      else s.i += 2;
    } else if (c === '`' && (isNewline(s.peek(1)) || isWhitespace(s.peek(1)))) {
      s.take();
      if (isNewline(s.peek())) takeNewline(s);
    } else {
      return;
    }
  }
}

function scanBody(s: Scanner, start: number): TokenBody {
  const command = s.commandMode;
  const c = s.take();
  const next = s.peek();
  const punct = (value: Punct, width = 0): TokenBody => {
    s.i += width;
    return { kind: 'punct', value };
  };
  switch (c) {
    case '':
      return { kind: 'eof' };
    case '\n':
      return { kind: 'newline' };
    case '\r':
      if (next === '\n') s.take();
      return { kind: 'newline' };
    case '(':
    case ')':
    case '{':
    case '}':
    case ',':
    case ';':
      return punct(c);
    case '|':
      if (next !== '|') return punct('|');
      s.error('InvalidEndOfLine', start, start + 2, '||');
      return punct('||', 1);
    case '&':
      if (next !== '&') return punct('&');
      s.error('InvalidEndOfLine', start, start + 2, '&&');
      return punct('&&', 1);
    case '$':
      if (next === '(') return punct('$(', 1);
      return scanVariable(s, start);
    case '@':
      return scanAt(s, start);
    case '`': {
      if (next === '') {
        s.incomplete('IncompleteString', s.i, s.i);
        return { kind: 'eof' };
      }
      return scanWord(s, start);
    }
    case '.':
      return scanDot(s, start);
    case '[':
      if (command && !forcesNewToken(next)) return scanWord(s, start);
      return punct('[');
    case ']':
      return command ? scanWord(s, start) : punct(']');
    case ':':
      if (!command && next === ':') return punct('::', 1);
      return command ? scanWord(s, start) : punct(':');
    case '<':
      return { kind: 'redirection' };
    case '>':
      if (next === '>') s.take();
      return { kind: 'redirection' };
    default:
      break;
  }
  if (isSingleQuote(c) || isDoubleQuote(c)) {
    const b = new PartsBuilder();
    if (isSingleQuote(c)) scanSingleQuoted(s, b, start);
    else scanDoubleQuoted(s, b, start);
    return {
      kind: 'string',
      quote: isSingleQuote(c) ? 'single' : 'double',
      value: b.value,
      parts: b.finish(),
    };
  }
  if (isDash(c)) return scanDash(s, start);
  if (isDigit(c)) {
    if (c >= '1' && c <= '6' && next === '>') return scanRedirection(s);
    return scanNumberOrWord(s, start);
  }
  if (c === '*' && next === '>') return scanRedirection(s);
  if (!command) {
    const op = scanExpressionOperator(s, c, start);
    if (op) return op;
  }
  if (!command && isIdentifierStart(c)) {
    while (isIdentifierFollow(s.peek())) s.take();
    return { kind: 'word', value: s.src.slice(start, s.i), parts: null };
  }
  return scanWord(s, start);
}

/** `=`, `+`, `*`, `/`, `%`, `!` in expression mode (in command mode they begin bare words). */
function scanExpressionOperator(s: Scanner, c: string, start: number): TokenBody | null {
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

function scanWord(s: Scanner, start: number): TokenBody {
  s.i = start;
  const b = new PartsBuilder();
  // The first character is taken as is (it may be one that would otherwise end the word),
  // except a `$`, which expands as it would further on.
  if (s.peek() !== '$') {
    const c = s.take();
    b.append(c === '`' ? backtickOrSelf(s) : c, start, s.i);
  }
  scanWordRest(s, b);
  return { kind: 'word', value: b.value, parts: b.finish() };
}

function backtickOrSelf(s: Scanner): string {
  const escaped = s.take();
  return escaped === '' ? '`' : backtickChar(escaped);
}

function scanVariable(s: Scanner, start: number): TokenBody {
  const errorCount = s.errors.length;
  const name = scanVariableName(s, start, false);
  if (typeof name === 'string') return { kind: 'variable', name };
  if (name === RESCAN_AS_WORD) s.errors.length = errorCount;
  return scanWord(s, start);
}

function scanAt(s: Scanner, start: number): TokenBody {
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
function scanDot(s: Scanner, start: number): TokenBody {
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

function scanNumberOrWord(s: Scanner, start: number): TokenBody {
  s.i = start;
  const value = scanNumber(s);
  if (value !== null) return { kind: 'number', value };
  return scanWord(s, start);
}

function scanRedirection(s: Scanner): TokenBody {
  s.take();
  if (s.peek() === '>') s.take();
  else if (s.peek() === '&' && (s.peek(1) === '1' || s.peek(1) === '2')) s.i += 2;
  return { kind: 'redirection' };
}

/** A dash: a parameter or dash operator, `--`, `-=`, a signed number, or minus. */
function scanDash(s: Scanner, start: number): TokenBody {
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
function scanParameter(s: Scanner, start: number, dash: string): TokenBody {
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
