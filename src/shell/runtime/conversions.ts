// PowerShell's conversions between values: to boolean, to number, to enum, member access.
// Text conversion is runtime/text.ts (re-exported here for the evaluator and cmdlets).
import {
  findProperty,
  isArray,
  isPSEnum,
  isPSObject,
  isPSTimeSpan,
  type PSObject,
  type PSValue,
} from './values.js';
import { timeSpanObject } from './timespan.js';
import { HASHTABLE_TYPE } from './automatic.js';
export { toText } from './text.js';

/** PowerShell truthiness (LanguagePrimitives.IsTrue). */
export function isTrue(value: PSValue): boolean {
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value.length > 0;
  if (isArray(value)) {
    if (value.length === 0) return false;
    if (value.length === 1) return isTrue(value[0] ?? null);
    return true;
  }
  return true;
}

/** A number from a value, or null when PowerShell's conversion would fail. */
export function toNumber(value: PSValue): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === null) return 0;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (trimmed === '') return 0;
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return Number(trimmed);
    if (/^0x[0-9a-f]+$/i.test(trimmed)) return Number.parseInt(trimmed, 16);
    return null;
  }
  if (isArray(value) && value.length === 1) return toNumber(value[0] ?? null);
  if (isPSEnum(value)) return value.names.indexOf(value.value);
  return null;
}

/** Enum names match case-insensitively; returns the canonical name or null. */
export function matchEnumName(names: readonly string[], text: string): string | null {
  const lower = text.trim().toLowerCase();
  return names.find((n) => n.toLowerCase() === lower) ?? null;
}

/**
 * Member access: a property, or member enumeration over an array (PowerShell 3+). Since
 * PowerShell 3 every value has a Count and a Length: nothing counts 0, one object 1, so
 * `(Get-Container).Count` is 0 on a host without containers.
 */
export function getMember(target: PSValue, member: string): PSValue {
  if (target === null) {
    const name = member.toLowerCase();
    return name === 'count' || name === 'length' ? 0 : null;
  }
  if (isArray(target)) {
    if (member.toLowerCase() === 'count' || member.toLowerCase() === 'length') return target.length;
    const values = target.map((item) => getMember(item, member)).filter((v) => v !== null);
    return values.length === 0 ? null : values.length === 1 ? (values[0] ?? null) : values;
  }
  if (typeof target === 'string') {
    const name = member.toLowerCase();
    return name === 'length' ? target.length : name === 'count' ? 1 : null;
  }
  if (isPSObject(target)) {
    const property = findProperty(target, member);
    if (property) return property.value;
    if (target.typeNames[0] === HASHTABLE_TYPE) return hashtableMember(target, member);
    if (member.toLowerCase() === 'count') return 1;
    return null;
  }
  // A TimeSpan's members ($con.Uptime.TotalSeconds) are those its list view shows.
  if (isPSTimeSpan(target)) return getMember(timeSpanObject(target), member);
  if (isPSEnum(target) && member.toLowerCase() === 'value__')
    return target.names.indexOf(target.value);
  if (member.toLowerCase() === 'count') return 1;
  return null;
}

/** A key wins over a Hashtable's own Count, Keys and Values, as in PowerShell. */
function hashtableMember(table: PSObject, member: string): PSValue {
  const name = member.toLowerCase();
  if (name === 'count') return table.properties.length;
  if (name === 'keys') return table.properties.map((p) => p.name);
  if (name === 'values') return table.properties.map((p) => p.value);
  return null;
}

/** Flattens one level, as the pipeline unrolls arrays. */
export function unroll(value: PSValue): readonly PSValue[] {
  if (isArray(value)) return value;
  return [value];
}
