// Comparison and arithmetic as PowerShell does them: the right operand is converted to the
// left operand's type; string comparisons ignore case unless the operator starts with `c`;
// an enum compared with a string converts the string case-insensitively ('Hyperv' -eq HyperV).
import type { BinaryOperator } from '../ast.js';
import { isArray, isPSEnum, isPSGuid, type PSValue } from './values.js';
import { isTrue, matchEnumName, toNumber, toText } from './conversions.js';
import { wildcardMatch } from './wildcard.js';

export class OperatorError extends Error {
  constructor(
    message: string,
    readonly errorId: string,
  ) {
    super(message);
  }
}

type Comparison =
  'eq' | 'ne' | 'gt' | 'lt' | 'ge' | 'le' | 'like' | 'notlike' | 'match' | 'notmatch';

function splitCase(op: BinaryOperator): { base: string; caseSensitive: boolean } {
  if (op.startsWith('c') && op !== 'contains') return { base: op.slice(1), caseSensitive: true };
  if (op.startsWith('i') && op !== 'in') return { base: op.slice(1), caseSensitive: false };
  return { base: op, caseSensitive: false };
}

export function applyBinary(op: BinaryOperator, left: PSValue, right: PSValue): PSValue {
  switch (op) {
    case 'and':
      return isTrue(left) && isTrue(right);
    case 'or':
      return isTrue(left) || isTrue(right);
    case 'xor':
      return isTrue(left) !== isTrue(right);
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
      return arithmetic(op, left, right);
    default:
      break;
  }
  const { base, caseSensitive } = splitCase(op);
  if (base === 'contains' || base === 'notcontains') {
    const found = (isArray(left) ? left : [left]).some((item) =>
      equals(item, right, caseSensitive),
    );
    return base === 'contains' ? found : !found;
  }
  if (base === 'in' || base === 'notin') {
    const found = (isArray(right) ? right : [right]).some((item) =>
      equals(item, left, caseSensitive),
    );
    return base === 'in' ? found : !found;
  }
  const comparison = base as Comparison;
  // With an array on the left, comparison operators filter it.
  if (isArray(left))
    return left.filter((item) => compareScalar(comparison, item, right, caseSensitive));
  return compareScalar(comparison, left, right, caseSensitive);
}

function compareScalar(
  op: Comparison,
  left: PSValue,
  right: PSValue,
  caseSensitive: boolean,
): boolean {
  switch (op) {
    case 'eq':
      return equals(left, right, caseSensitive);
    case 'ne':
      return !equals(left, right, caseSensitive);
    case 'gt':
      return order(left, right, caseSensitive) > 0;
    case 'lt':
      return order(left, right, caseSensitive) < 0;
    case 'ge':
      return order(left, right, caseSensitive) >= 0;
    case 'le':
      return order(left, right, caseSensitive) <= 0;
    case 'like':
      return wildcardMatch(toText(right), toText(left), caseSensitive);
    case 'notlike':
      return !wildcardMatch(toText(right), toText(left), caseSensitive);
    case 'match':
      return regexMatch(left, right, caseSensitive);
    case 'notmatch':
      return !regexMatch(left, right, caseSensitive);
  }
}

export function equals(left: PSValue, right: PSValue, caseSensitive = false): boolean {
  if (left === null) return right === null;
  if (right === null) return false;
  if (typeof left === 'number') {
    const r = toNumber(right);
    return r !== null && r === left;
  }
  if (typeof left === 'boolean') return left === isTrue(right);
  if (isPSEnum(left)) {
    if (isPSEnum(right)) return left.value === right.value;
    const name = matchEnumName(left.names, toText(right));
    return name !== null && name === left.value;
  }
  if (isPSGuid(left)) return toText(right).toLowerCase() === left.value;
  const a = toText(left);
  const b = toText(right);
  return caseSensitive ? a === b : a.toLowerCase() === b.toLowerCase();
}

function order(left: PSValue, right: PSValue, caseSensitive: boolean): number {
  if (typeof left === 'number' || typeof right === 'number') {
    const a = toNumber(left);
    const b = toNumber(right);
    if (a !== null && b !== null) return a === b ? 0 : a < b ? -1 : 1;
  }
  if (left === null) return right === null ? 0 : -1;
  if (right === null) return 1;
  const a = caseSensitive ? toText(left) : toText(left).toLowerCase();
  const b = caseSensitive ? toText(right) : toText(right).toLowerCase();
  return a === b ? 0 : a < b ? -1 : 1;
}

function regexMatch(left: PSValue, right: PSValue, caseSensitive: boolean): boolean {
  const pattern = toText(right);
  const text = toText(left);
  let regExp: RegExp;
  try {
    regExp = new RegExp(pattern, caseSensitive ? 'u' : 'iu');
  } catch {
    throw new OperatorError(
      `Invalid regular expression pattern: ${pattern}.`,
      'InvalidRegularExpression',
    );
  }
  // JavaScript cannot stop a runaway match. Where one is possible, give up as .NET does
  // when a match times out, rather than hang the console.
  if (matchMayRunAway(pattern, text.length)) {
    throw new OperatorError(
      'The RegEx engine has timed out while trying to match a pattern to an input string. This ' +
        'can occur for many reasons, including very large inputs or excessive backtracking ' +
        'caused by nested quantifiers, back-references and other factors.',
      'RegexMatchTimeoutException',
    );
  }
  return regExp.test(text);
}

/**
 * Whether matching could take too long: a repeated group that itself repeats (`(a+)+`) or a
 * back-reference backtracks exponentially past a few dozen characters; k unbounded
 * quantifiers in a row cost up to length^k steps.
 */
export function matchMayRunAway(pattern: string, textLength: number): boolean {
  const shape = regexShape(pattern);
  if (shape.nested && textLength > 20) return true;
  return shape.unbounded >= 2 && shape.unbounded * Math.log10(Math.max(textLength, 1)) > 9;
}

function regexShape(pattern: string): { nested: boolean; unbounded: number } {
  let nested = /\\[1-9k]/.test(pattern);
  let unbounded = 0;
  const open: number[] = [];
  const isUnbounded = (at: number): boolean => {
    const next = pattern[at];
    return next === '*' || next === '+' || (next === '{' && /^\{\d*,\}/.test(pattern.slice(at)));
  };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      i++;
      if (isUnbounded(i + 1)) unbounded++;
      continue;
    }
    if (ch === '[') {
      // A character class: its contents are literal.
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) break;
      i = close;
      if (isUnbounded(i + 1)) unbounded++;
      continue;
    }
    if (ch === '(') {
      open.push(i);
      continue;
    }
    if (ch === ')') {
      const start = open.pop();
      if (start !== undefined && isUnbounded(i + 1)) {
        unbounded++;
        if (/[*+]|\{\d*,/.test(pattern.slice(start + 1, i))) nested = true;
      }
      continue;
    }
    if (ch !== '*' && ch !== '+' && ch !== '?' && ch !== '{' && isUnbounded(i + 1)) unbounded++;
  }
  return { nested, unbounded };
}

function arithmetic(op: '+' | '-' | '*' | '/' | '%', left: PSValue, right: PSValue): PSValue {
  if (op === '+') {
    if (isArray(left)) return [...left, ...(isArray(right) ? right : [right])];
    if (typeof left === 'string') return left + toText(right);
  }
  const a = toNumber(left);
  const b = toNumber(right);
  if (a === null || b === null) {
    const bad = a === null ? left : right;
    throw new OperatorError(
      `Cannot convert value "${toText(bad)}" to type "System.Int32". Error: "Input string was ` +
        `not in a correct format."`,
      'InvalidArgument',
    );
  }
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      if (b === 0) throw new OperatorError('Attempted to divide by zero.', 'RuntimeException');
      return a / b;
    case '%':
      if (b === 0) throw new OperatorError('Attempted to divide by zero.', 'RuntimeException');
      return a % b;
  }
}
