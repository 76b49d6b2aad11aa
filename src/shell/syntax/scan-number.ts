// Numeric literals (PowerShell 5's ScanNumberHelper): `42`, `1.5`, `.5`, `1e3`, `0x1F`, the
// `d`/`l` type suffixes and the `kb`/`mb`/`gb`/`tb`/`pb` multipliers (`256MB`). A literal
// that runs on into other characters (`646d6317b02f`, `10.0.10586.0` in command mode) is not
// a number: the lexer rescans it as a bare word.
import type { Scanner } from './scanner.js';
import { forcesNewToken, forcesNewTokenAfterNumber, isDash, isDigit } from './tokens.js';

const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1024,
  m: 1024 ** 2,
  g: 1024 ** 3,
  t: 1024 ** 4,
  p: 1024 ** 5,
};

const isHexDigit = (c: string): boolean => /^[0-9a-fA-F]$/.test(c);

/**
 * Scans a number at the scanner's position (a digit, `.`, or a sign before one); null if it is not
 * one.
 */
export function scanNumber(s: Scanner): number | null {
  let negative = false;
  let c = s.take();
  if (isDash(c) || c === '+') {
    negative = c !== '+';
    c = s.take();
  }
  let notNumber = false;
  let literal = '';
  let hex = false;
  const digits = (test: (d: string) => boolean): string => takeRun(s, test);
  const exponent = (): void => {
    literal += s.take();
    if (s.peek() === '+' || isDash(s.peek())) {
      s.take();
      literal += isDash(s.src[s.i - 1] as string) ? '-' : '+';
    }
    const run = digits(isDigit);
    if (run === '') notNumber = true;
    literal += run;
  };
  const fraction = (): void => {
    literal += digits(isDigit);
    if (s.peek() === 'e' || s.peek() === 'E') exponent();
  };

  if (c === '.') {
    literal = '0.';
    fraction();
  } else if (c === '0' && (s.peek() === 'x' || s.peek() === 'X')) {
    s.take();
    hex = true;
    literal = digits(isHexDigit);
    if (literal === '') notNumber = true;
  } else {
    literal = c + digits(isDigit);
    if (s.peek() === '.' && s.peek(1) !== '.') {
      literal += s.take();
      fraction();
    } else if (s.peek() === 'e' || s.peek() === 'E') {
      exponent();
    }
  }

  const multiplier = scanSuffixes(s);
  if (multiplier === null) notNumber = true;
  const follow = s.peek();
  if (!forcesNewToken(follow) && (s.commandMode || !forcesNewTokenAfterNumber(follow)))
    notNumber = true;
  if (notNumber) return null;

  let value = hex ? parseInt(literal, 16) : Number(literal);
  // A hex literal of up to 8 digits is an Int32, so 0xFFFFFFFF is -1.
  if (hex && literal.length <= 8) value = value | 0;
  value *= multiplier ?? 1;
  return negative ? -value : value;
}

/** The `d`/`l` type suffix and a `kb`…`pb` multiplier: the multiplier, or null if malformed. */
function scanSuffixes(s: Scanner): number | null {
  if ('dDlL'.includes(s.peek()) && s.peek() !== '') s.take();
  const m = MULTIPLIERS[s.peek().toLowerCase()];
  if (m === undefined || s.peek() === '') return 1;
  s.take();
  if (s.peek() !== 'b' && s.peek() !== 'B') return null;
  s.take();
  return m;
}

/** The characters from the cursor on that pass `test`. */
function takeRun(s: Scanner, test: (d: string) => boolean): string {
  let run = '';
  while (test(s.peek())) run += s.take();
  return run;
}
