// A cursor over one region of the input line, for the lexer. Characters are UTF-16 code
// units, as in PowerShell's tokenizer; `''` stands for end of input (the region's limit),
// so a NUL typed inside the line is an ordinary character, as it is in PowerShell.
import { PARSE_ERRORS, type ParseErrorId } from './errors.js';
import type { LexError, LexOptions, StringPart } from './tokens.js';

export class Scanner {
  i: number;
  readonly errors: LexError[] = [];

  constructor(
    readonly src: string,
    start: number,
    readonly limit: number,
    readonly options: LexOptions,
  ) {
    this.i = start;
  }

  get commandMode(): boolean {
    return this.options.mode === 'command';
  }

  atEnd(): boolean {
    return this.i >= this.limit;
  }

  peek(offset = 0): string {
    const j = this.i + offset;
    return j < this.limit ? (this.src[j] as string) : '';
  }

  /** Returns the current character and moves past it (`''` at the end, without moving). */
  take(): string {
    if (this.i >= this.limit) return '';
    return this.src[this.i++] as string;
  }

  /** An error PowerShell's tokenizer reports with ReportError. */
  error<K extends ParseErrorId>(
    id: K,
    start: number,
    end: number,
    ...args: Parameters<(typeof PARSE_ERRORS)[K]>
  ): void {
    const message = (PARSE_ERRORS[id] as (...a: unknown[]) => string)(...args);
    this.errors.push({ errorId: id, message, start, end });
  }

  /** An error PowerShell's tokenizer reports with ReportIncompleteInput (the input ran out). */
  incomplete<K extends ParseErrorId>(
    id: K,
    start: number,
    end: number,
    ...args: Parameters<(typeof PARSE_ERRORS)[K]>
  ): void {
    const message = (PARSE_ERRORS[id] as (...a: unknown[]) => string)(...args);
    this.errors.push({ errorId: id, message, start, end, incomplete: true });
  }
}

/** PowerShell's Backtick(): the character a backtick escape stands for. */
export function backtickChar(c: string): string {
  switch (c) {
    case '0':
      return '\0';
    case 'a':
      return '\x07';
    case 'b':
      return '\b';
    case 'f':
      return '\f';
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case 't':
      return '\t';
    case 'v':
      return '\v';
    default:
      return c;
  }
}

/** Collects the value of a string or bare word, and its `$var` / `$( … )` parts. */
export class PartsBuilder {
  private readonly parts: StringPart[] = [];
  private text = '';
  private textStart = -1;
  private textEnd = -1;
  private expandable = false;
  value = '';

  /** Appends characters that came from source offsets [start, end). */
  append(chars: string, start: number, end: number): void {
    this.value += chars;
    if (this.textStart < 0) this.textStart = start;
    this.text += chars;
    this.textEnd = end;
  }

  /**
   * Marks source characters as part of the current text run without adding to the value (quotes).
   */
  touch(start: number, end: number): void {
    if (this.textStart < 0) this.textStart = start;
    this.textEnd = end;
  }

  add(part: Exclude<StringPart, { kind: 'text' }>, sourceText: string): void {
    this.flush();
    this.parts.push(part);
    this.value += sourceText;
    this.expandable = true;
  }

  private flush(): void {
    if (this.textStart >= 0 && this.text !== '') {
      this.parts.push({ kind: 'text', value: this.text, start: this.textStart, end: this.textEnd });
    }
    this.text = '';
    this.textStart = -1;
    this.textEnd = -1;
  }

  /** The parts, or null when nothing expands. */
  finish(): StringPart[] | null {
    if (!this.expandable) return null;
    this.flush();
    return this.parts;
  }
}
