// The lexer: one token at a time, in the mode the parser asks for, as PowerShell's
// tokenizer does (tokenizer.cs NextToken). Never throws; lexical errors ride on the token.
import { PartsBuilder, Scanner } from './scanner.js';
import { scanDoubleQuoted, scanSingleQuoted, takeNewline } from './scan-strings.js';

import {
  forcesNewToken,
  isDash,
  isDigit,
  isDoubleQuote,
  isIdentifierFollow,
  isIdentifierStart,
  isNewline,
  isSingleQuote,
  isWhitespace,
  type LexOptions,
  type Punct,
  type Token,
} from './tokens.js';

import { scanNumberOrWord, scanWord, type TokenBody } from './lex-words.js';
import {
  scanAt,
  scanDash,
  scanDot,
  scanExpressionOperator,
  scanRedirection,
  scanVariable,
} from './lex-scanners.js';
/**
 * Scans the token that starts at or after `start` (skipping blanks and comments), before `limit`.
 */
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
  const symbol = scanSymbol(s, c, start);
  if (symbol) return symbol;
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

/** Newlines, punctuation, and the tokens a single character decides; null for the rest. */
function scanSymbol(s: Scanner, c: string, start: number): TokenBody | null {
  const command = s.commandMode;
  const next = s.peek();
  const punct = (value: Punct, width = 0): TokenBody => punctuation(s, value, width);
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
      return null;
  }
}

function punctuation(s: Scanner, value: Punct, width: number): TokenBody {
  s.i += width;
  return { kind: 'punct', value };
}
