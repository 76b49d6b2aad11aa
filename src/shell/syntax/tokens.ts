// Tokens of the PowerShell 5 language subset, as plain data. The lexer makes them on demand,
// in the mode the parser asks for (PowerShell's tokenizer is modal: `-eq` is an operator in
// expression mode and a parameter in command mode; `5abc` is a number nowhere).
import type { BinaryOperator } from '../ast.js';

/** Command mode scans command names and arguments; expression mode scans operators and values. */
export type LexMode = 'command' | 'expression';

export interface LexOptions {
  readonly mode: LexMode;
  /** `-5` is a number where an operand is expected, `-` then `5` where an operator is. */
  readonly allowSignedNumbers?: boolean;
}

/** A lexical error found inside a token; the parser reports it when it consumes the token. */
export interface LexError {
  readonly errorId: string;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  /**
   * Reported as PowerShell's ReportIncompleteInput: incomplete input if nothing but blanks follows.
   */
  readonly incomplete?: boolean;
}

/** A piece of a double-quoted string or of a bare word, before its `$( … )`s are parsed. */
export type StringPart =
  | { readonly kind: 'text'; readonly value: string; readonly start: number; readonly end: number }
  | {
      readonly kind: 'variable';
      readonly name: string;
      readonly start: number;
      readonly end: number;
    }
  | {
      readonly kind: 'subexpression';
      readonly start: number;
      readonly end: number;
      /** The statements between `$(` and `)`. */
      readonly bodyStart: number;
      readonly bodyEnd: number;
    };

export type Punct =
  | '('
  | ')'
  | '{'
  | '}'
  | '$('
  | '@('
  | '@{'
  | ','
  | ';'
  | '|'
  | '&'
  | '&&'
  | '||'
  | '['
  | ']'
  | '.'
  | '..'
  | '::'
  | ':'
  | '='
  | '+='
  | '-='
  | '*='
  | '/='
  | '%='
  | '--'
  | '++';

export type UnaryOperatorName = 'not' | '!';
export type OperatorName = BinaryOperator | UnaryOperatorName;

interface TokenBase {
  readonly start: number;
  readonly end: number;
  /** The source text of the token. */
  readonly text: string;
  readonly errors?: readonly LexError[];
}

export type Token = TokenBase &
  (
    | { readonly kind: 'eof' }
    | { readonly kind: 'newline' }
    | { readonly kind: 'punct'; readonly value: Punct }
    /** Expression mode only: `-eq`, `–and`, `+`, `*`, `!`, `-not`. */
    | { readonly kind: 'operator'; readonly op: OperatorName }
    | {
        readonly kind: 'parameter';
        /** Without the dash (and without a trailing colon). */
        readonly name: string;
        readonly dash: string;
        /** `-Name:` — the argument follows the colon. */
        readonly colon: boolean;
      }
    | { readonly kind: 'variable'; readonly name: string }
    | { readonly kind: 'number'; readonly value: number }
    | {
        readonly kind: 'string';
        readonly quote: 'single' | 'double';
        readonly value: string;
        /** Non-null when a double-quoted string holds `$var` or `$( … )`. */
        readonly parts: readonly StringPart[] | null;
      }
    /** A bare word (PowerShell's generic token and identifier). */
    | {
        readonly kind: 'word';
        readonly value: string;
        readonly parts: readonly StringPart[] | null;
      }
    | { readonly kind: 'redirection' }
    /** `@` not followed by `(` or `{`; or a splatted `@name`. */
    | { readonly kind: 'unknown' }
  );

export type TokenOf<K extends Token['kind']> = Extract<Token, { kind: K }>;

export const DASHES: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014', '\u2015']);
export const SINGLE_QUOTES: ReadonlySet<string> = new Set([
  "'",
  '\u2018',
  '\u2019',
  '\u201a',
  '\u201b',
]);
export const DOUBLE_QUOTES: ReadonlySet<string> = new Set(['"', '\u201c', '\u201d', '\u201e']);

export const isDash = (c: string): boolean => DASHES.has(c);
export const isSingleQuote = (c: string): boolean => SINGLE_QUOTES.has(c);
export const isDoubleQuote = (c: string): boolean => DOUBLE_QUOTES.has(c);

const SEPARATOR = /^\p{Z}$/u; // char.IsSeparator: space, line and paragraph separators
const LETTER = /^\p{L}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{Nd}]$/u;

/** CharTraits.IsWhitespace: newlines are not whitespace. */
export function isWhitespace(c: string): boolean {
  if (c === ' ' || c === '\t' || c === '\v' || c === '\f') return true;
  const code = c.charCodeAt(0);
  if (code < 128) return false;
  if (code <= 256) return c === '\u00a0' || c === '\u0085';
  return SEPARATOR.test(c);
}

export const isNewline = (c: string): boolean => c === '\n' || c === '\r';

/** CharTraits.ForceStartNewToken: the characters that end a bare word. `''` is end of input. */
export function forcesNewToken(c: string): boolean {
  switch (c) {
    case '':
    case '\0':
    case '\n':
    case '\r':
    case '{':
    case '}':
    case '(':
    case ')':
    case ';':
    case ',':
    case '|':
    case '&':
      return true;
    default:
      return isWhitespace(c);
  }
}

/** CharTraits.ForceStartNewTokenAfterNumber: in expression mode `7+` is two tokens, `7z` one. */
export const forcesNewTokenAfterNumber = (c: string): boolean =>
  '!#%*+-./<=>]'.includes(c) && c !== '';

export const isAsciiLetter = (c: string): boolean =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
export const isDigit = (c: string): boolean => c >= '0' && c <= '9' && c.length === 1;
export const isLetter = (c: string): boolean =>
  c !== '' && (c.charCodeAt(0) < 128 ? isAsciiLetter(c) : LETTER.test(c));
export const isLetterOrDigit = (c: string): boolean =>
  c !== '' && (c.charCodeAt(0) < 128 ? isAsciiLetter(c) || isDigit(c) : LETTER_OR_DIGIT.test(c));
export const isIdentifierStart = (c: string): boolean => c === '_' || isLetter(c);
export const isIdentifierFollow = (c: string): boolean => c === '_' || isLetterOrDigit(c);

/** CharTraits.VarNameFirst (ASCII) or a letter/digit: may follow `$` in a variable name. */
export function isVariableStart(c: string): boolean {
  if (c === '') return false;
  if (c.charCodeAt(0) >= 128) return isLetterOrDigit(c);
  return isAsciiLetter(c) || isDigit(c) || '_$:?^'.includes(c);
}

const COMPARISONS = [
  'eq',
  'ne',
  'gt',
  'lt',
  'ge',
  'le',
  'like',
  'notlike',
  'match',
  'notmatch',
] as const;

/** The operators spelled with a dash, by lower-case name (the part after the dash). */
export const DASH_OPERATORS: ReadonlyMap<string, OperatorName> = new Map<string, OperatorName>([
  ...COMPARISONS.flatMap((op) => [
    [op, op] as const,
    [`c${op}`, `c${op}`] as const,
    [`i${op}`, `i${op}`] as const,
  ]),
  ['contains', 'contains'],
  ['notcontains', 'notcontains'],
  ['in', 'in'],
  ['notin', 'notin'],
  ['and', 'and'],
  ['or', 'or'],
  ['xor', 'xor'],
  ['not', 'not'],
]);

/** PowerShell's binary precedence (TokenFlags.BinaryPrecedence*), higher binds tighter. */
export function binaryPrecedence(op: BinaryOperator): number {
  switch (op) {
    case 'and':
    case 'or':
    case 'xor':
      return 1;
    case '+':
    case '-':
      return 3;
    case '*':
    case '/':
    case '%':
      return 4;
    default:
      return 2;
  }
}

export const isBinaryOperator = (op: OperatorName): op is BinaryOperator =>
  op !== 'not' && op !== '!';
