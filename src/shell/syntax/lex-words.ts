// Bare words and numbers that may turn out to be words (`646d6317b02f`).
import { backtickChar, PartsBuilder, Scanner } from './scanner.js';
import { scanWordRest } from './scan-strings.js';

import { scanNumber } from './scan-number.js';
import { type Token } from './tokens.js';

export type TokenBody = Token extends infer T
  ? T extends Token
    ? Omit<T, 'start' | 'end' | 'text' | 'errors'>
    : never
  : never;

export function scanWord(s: Scanner, start: number): TokenBody {
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

export function scanNumberOrWord(s: Scanner, start: number): TokenBody {
  s.i = start;
  const value = scanNumber(s);
  if (value !== null) return { kind: 'number', value };
  return scanWord(s, start);
}

function backtickOrSelf(s: Scanner): string {
  const escaped = s.take();
  return escaped === '' ? '`' : backtickChar(escaped);
}
