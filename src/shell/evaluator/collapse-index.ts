// Two rules of values in expressions: a pipeline's output as one value, and `x[i]`.
import { getMember, toNumber, toText } from '../runtime/conversions.js';
import { isPSObject, type PSValue } from '../runtime/values.js';

/** A pipeline's value as an expression: nothing → $null, one → itself, more → an array. */
export function collapse(values: readonly PSValue[]): PSValue {
  if (values.length === 0) return null;
  if (values.length === 1) return values[0] ?? null;
  return values;
}

export function indexInto(target: PSValue, index: PSValue): PSValue {
  const i = toNumber(index);
  if (i === null || !Number.isInteger(i)) {
    return isPSObject(target) ? getMember(target, toText(index)) : null;
  }
  if (Array.isArray(target)) {
    const items = target as readonly PSValue[];
    return items[i < 0 ? items.length + i : i] ?? null;
  }
  if (typeof target === 'string') return target[i < 0 ? target.length + i : i] ?? null;
  return i === 0 || i === -1 ? target : null;
}
