// How any value becomes text: its ToString() (cells, PSCustomObject display) and PowerShell's
// string conversion ("$x", string parameters, -like), which differs only for collections.
import { VERSION_TYPE, versionToString } from './automatic.js';
import { formatNumber } from './numbers.js';
import { formatTimeSpan } from './timespan.js';
import {
  findProperty,
  isArray,
  isPSEnum,
  isPSGuid,
  isPSTimeSpan,
  isScriptBlock,
  TYPE,
  type PSObject,
  type PSValue,
} from './values.js';

export const isSelected = (obj: PSObject): boolean =>
  (obj.typeNames[0] ?? '').startsWith(TYPE.selected);
export const isCustomObject = (obj: PSObject): boolean =>
  isSelected(obj) || obj.typeNames.includes('System.Management.Automation.PSCustomObject');
export const isProcessObject = (obj: PSObject): boolean =>
  obj.typeNames.some(
    (t) => t === TYPE.process || t === TYPE.remoteProcess || t === TYPE.processWithUser,
  );

/**
 * `PSObject.ToString()`: what an object shows when it lands in a cell or in a string.
 * A PSCustomObject (Select-Object output) prints `@{Name=TST3; RuntimeType=HyperV}`, each value
 * by its own ToString (an array is `System.Object[]`, `$null` empty); Process overrides
 * ToString as `System.Diagnostics.Process (csrss)`; other .NET objects print their type name.
 */
export function objectToString(obj: PSObject): string {
  if (isCustomObject(obj)) {
    const parts = obj.properties.map((p) => `${p.name}=${valueToString(p.value)}`);
    return `@{${parts.join('; ')}}`;
  }
  if (isProcessObject(obj)) {
    const name = findProperty(obj, 'ProcessName')?.value ?? findProperty(obj, 'Name')?.value ?? '';
    return `System.Diagnostics.Process (${valueToString(name)})`;
  }
  const type = obj.typeNames[0] ?? 'System.Object';
  if (type === VERSION_TYPE) return versionToString(obj);
  return type.startsWith('Deserialized.') ? type.slice('Deserialized.'.length) : type;
}

/** A value's ToString(), as string conversion and PSCustomObject display use it. */
export function valueToString(value: PSValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (isArray(value)) return 'System.Object[]';
  if (isPSEnum(value)) return value.value;
  if (isPSGuid(value)) return value.value.toLowerCase();
  if (isPSTimeSpan(value)) return formatTimeSpan(value.ms);
  if (isScriptBlock(value)) return value.text;
  return objectToString(value);
}

/**
 * PowerShell's string conversion (LanguagePrimitives.ConvertTo string): "$x", string
 * parameters, -like. A collection is its items' text joined by $OFS (one space); every other
 * value is its ToString(), so `"$a"` and `$a` print a number the same way.
 */
export function toText(value: PSValue): string {
  if (isArray(value)) return value.map(toText).join(' ');
  return valueToString(value);
}
