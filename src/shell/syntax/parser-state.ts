// The parser's cursor: where it is, which region it parses (a `$( … )` inside a string is
// parsed in place, so extents stay offsets into the whole line), the errors so far, and how
// deep it has nested.
import type { Expression, Extent, ParseError, Statement } from '../ast.js';
import { PARSE_ERRORS, type ParseErrorId } from './errors.js';
import { scanToken, skipBlanks } from './lexer.js';
import { isNewline, type LexMode, type Punct, type Token } from './tokens.js';

/**
 * Deeper nesting than this (parentheses, blocks, unary operators…) is refused, not recursed into.
 */
export const MAX_DEPTH = 100;

/** Thrown to abandon a parse that nests too deep; caught by `parse`. */
export class NestingTooDeep extends Error {}

export interface PendingError extends ParseError {
  /**
   * Where the parser noticed the problem, if it is one PowerShell reports as possibly
   * incomplete input (it is, when only blanks and comments follow); null otherwise.
   */
  readonly detectedAt: number | null;
}

/**
 * The grammar's entry points that the parser's parts reach through the state rather than by
 * import: groups hold statements and members hold expressions, while statements and
 * expressions are made of groups and members, so importing them would make a loop.
 */
export interface Grammar {
  readonly statement: (p: ParserState) => Statement | null;
  readonly statementList: (p: ParserState) => Statement[];
  readonly expression: (p: ParserState) => Expression | null;
}

export class ParserState {
  pos = 0;
  limit: number;
  depth = 0;
  readonly errors: PendingError[] = [];
  /** Errors PowerShell finds after parsing (SemanticChecks), reported only if parsing succeeded. */
  readonly semanticErrors: PendingError[] = [];
  private readonly reported = new Set<string>();
  private cache = new Map<string, Token>();
  private cachePos = -1;

  constructor(
    readonly src: string,
    /** Set once, when the parser is created (parser.ts). */
    readonly grammar: Grammar,
  ) {
    this.limit = src.length;
  }

  peek(mode: LexMode, allowSignedNumbers = false): Token {
    if (this.cachePos !== this.pos) {
      this.cache.clear();
      this.cachePos = this.pos;
    }
    const key = `${mode}${allowSignedNumbers ? '+' : ''}${this.limit}`;
    let token = this.cache.get(key);
    if (!token) {
      token = scanToken(this.src, this.pos, this.limit, { mode, allowSignedNumbers });
      this.cache.set(key, token);
      // The end is the same in every mode and is never consumed: report what came before it
      // (an unclosed `<#` comment, a trailing backtick) as soon as it is seen.
      if (token.kind === 'eof') this.reportLexErrors(token);
    }
    return token;
  }

  /** Consumes a token returned by `peek`, reporting the lexical errors it carries. */
  take<T extends Token>(token: T): T {
    this.pos = token.end;
    this.reportLexErrors(token);
    return token;
  }

  private reportLexErrors(token: Token): void {
    for (const e of token.errors ?? []) {
      const error = { errorId: e.errorId, message: e.message, extent: this.clamp(e.start, e.end) };
      this.push(this.errors, error, e.incomplete ? e.end : null);
    }
  }

  next(mode: LexMode, allowSignedNumbers = false): Token {
    return this.take(this.peek(mode, allowSignedNumbers));
  }

  /** An error PowerShell reports with ReportError: never merely incomplete input. */
  report<K extends ParseErrorId>(
    id: K,
    extent: Extent,
    ...args: Parameters<(typeof PARSE_ERRORS)[K]>
  ): void {
    this.reportAt(this.errors, id, extent, null, ...args);
  }

  /** An error PowerShell reports with ReportIncompleteInput: incomplete if it is at the end. */
  reportIncomplete<K extends ParseErrorId>(
    id: K,
    extent: Extent,
    ...args: Parameters<(typeof PARSE_ERRORS)[K]>
  ): void {
    this.reportAt(this.errors, id, extent, extent.end, ...args);
  }

  /** As reportIncomplete, for something missing where `detectedAt` (the token found instead) is. */
  reportIncompleteAt<K extends ParseErrorId>(
    id: K,
    extent: Extent,
    detectedAt: number,
    ...args: Parameters<(typeof PARSE_ERRORS)[K]>
  ): void {
    this.reportAt(this.errors, id, extent, detectedAt, ...args);
  }

  reportSemantic<K extends ParseErrorId>(
    id: K,
    extent: Extent,
    ...args: Parameters<(typeof PARSE_ERRORS)[K]>
  ): void {
    this.reportAt(this.semanticErrors, id, extent, null, ...args);
  }

  private reportAt<K extends ParseErrorId>(
    list: PendingError[],
    id: K,
    extent: Extent,
    detectedAt: number | null,
    ...args: Parameters<(typeof PARSE_ERRORS)[K]>
  ): void {
    const message = (PARSE_ERRORS[id] as (...a: unknown[]) => string)(...args);
    this.push(
      list,
      { errorId: id, message, extent: this.clamp(extent.start, extent.end) },
      detectedAt,
    );
  }

  private push(list: PendingError[], error: ParseError, detectedAt: number | null): void {
    // PowerShell's SaveError drops an error already reported at the same place.
    const { errorId, extent } = error;
    const key = `${list === this.errors ? 'p' : 's'} ${errorId} ${extent.start} ${extent.end}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    list.push({ ...error, detectedAt });
  }

  private clamp(start: number, end: number): Extent {
    const s = Math.max(0, Math.min(start, this.src.length));
    return { start: s, end: Math.max(s, Math.min(end, this.src.length)) };
  }

  /** Enters one level of nesting at `at`; refuses past MAX_DEPTH. */
  enter(at: Extent): void {
    if (++this.depth > MAX_DEPTH) {
      this.report('ScriptTooComplicated', at);
      throw new NestingTooDeep();
    }
  }

  leave(): void {
    this.depth--;
  }

  /** Runs `body` over the region [start, end) of the line, then returns to where it was. */
  inRegion<T>(start: number, end: number, body: () => T): T {
    const saved = { pos: this.pos, limit: this.limit };
    this.pos = start;
    this.limit = end;
    try {
      return body();
    } finally {
      this.pos = saved.pos;
      this.limit = saved.limit;
    }
  }

  /**
   * The first character of the next token (`''` at the end), found without scanning the token:
   * enough to recognise newlines and the punctuation that always stands alone, and cheap where
   * a whole bare word would otherwise be scanned just to be put back.
   */
  nextChar(): string {
    const i = skipBlanks(this.src, this.pos, this.limit);
    return i < this.limit ? (this.src[i] as string) : '';
  }

  skipNewlines(): void {
    while (isNewline(this.nextChar())) this.next('command');
  }

  /** Between statements: newlines, `;`, and PowerShell 5's rejected `&&` / `||`. */
  skipStatementSeparators(): void {
    for (;;) {
      const c = this.nextChar();
      if (c !== ';' && c !== '&' && c !== '|' && !isNewline(c)) return;
      const t = this.peek('command');
      if (t.kind === 'newline' || isPunct(t, ';', '&&', '||')) this.take(t);
      else return;
    }
  }
}

export function isPunct(t: Token, ...values: Punct[]): boolean {
  return t.kind === 'punct' && values.includes(t.value);
}

/** Tokens that end a command or pipeline element. */
export function endsPipelineElement(t: Token): boolean {
  return t.kind === 'eof' || t.kind === 'newline' || isPunct(t, '|', ')', '}', ';', '&&', '||');
}

export const extentOf = (first: Extent, last: Extent): Extent => ({
  start: first.start,
  end: last.end,
});
/** PowerShell's After(x): the empty extent just past x. */
export const after = (x: Extent): Extent => ({ start: x.end, end: x.end });
export const tokenExtent = (t: Token): Extent => ({ start: t.start, end: t.end });

/** Stands in for a missing operand once an error is reported; never reaches a successful result. */
export const errorExpression = (extent: Extent): Expression => ({
  kind: 'string',
  value: '',
  quote: 'bare',
  extent,
});
