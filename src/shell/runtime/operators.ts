// Comparison and arithmetic as PowerShell does them: the right operand is converted to the
// left operand's type; string comparisons ignore case unless the operator starts with `c`;
// an enum compared with a string converts the string case-insensitively ('Hyperv' -eq HyperV).
import type { BinaryOperator } from '../ast.js';
import { isArray, isPSEnum, isPSGuid, type PSValue } from './values.js';
import { isTrue, matchEnumName, toNumber, toText } from './conversions.js';
import { wildcardMatch } from './wildcard.js';
import { checkArrayLength, checkStringLength } from './limits.js';
import { OperatorError } from './operators-error.js';
import { regexTest } from './regex.js';

export { OperatorError };

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
  return regexTest(toText(right), toText(left), caseSensitive);
}

function arithmetic(op: '+' | '-' | '*' | '/' | '%', left: PSValue, right: PSValue): PSValue {
  if (op === '+') {
    if (isArray(left)) return concatArrays(left, isArray(right) ? right : [right]);
    if (typeof left === 'string') return concatStrings(left, toText(right));
  }
  if (op === '*' && (isArray(left) || typeof left === 'string')) return repeat(left, right);
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

/** Array + array, refused before it is built when it would pass the array limit. */
function concatArrays(left: readonly PSValue[], right: readonly PSValue[]): PSValue[] {
  checkArrayLength(left.length + right.length);
  const joined = left.slice();
  for (const item of right) joined.push(item);
  return joined;
}

function concatStrings(left: string, right: string): string {
  checkStringLength(left.length + right.length);
  return left + right;
}

/** `'ab' * 3` and `@(1,2) * 3` repeat, as in PowerShell; the limits are checked first. */
function repeat(left: string | readonly PSValue[], right: PSValue): PSValue {
  const times = toNumber(right);
  if (times === null || times < 0 || !Number.isFinite(times)) {
    throw new OperatorError(
      `Cannot convert value "${toText(right)}" to type "System.Int32". Error: "Input string ` +
        `was not in a correct format."`,
      'InvalidArgument',
    );
  }
  const count = Math.round(times);
  if (typeof left === 'string') {
    checkStringLength(left.length * count);
    return left.repeat(count);
  }
  checkArrayLength(left.length * count);
  const repeated: PSValue[] = [];
  for (let i = 0; i < count; i++) for (const item of left) repeated.push(item);
  return repeated;
}
