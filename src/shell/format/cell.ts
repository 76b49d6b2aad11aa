// How one PowerShell value turns into text in a table cell, in a list, or on its own line.
// The text of each value comes from the runtime's one conversion rule (runtime/text.ts).
import { isCustomObject, isProcessObject, valueToString } from '../runtime/text.js';
import {
  findProperty,
  isArray,
  isPSEnum,
  isPSGuid,
  isPSObject,
  isScriptBlock,
  type PSObject,
  type PSValue,
} from '../runtime/values.js';

/** $FormatEnumerationLimit: how many items of a collection a cell shows before `...`. */
export const FORMAT_ENUMERATION_LIMIT = 4;

/**
 * An item of a collection shown in a cell (PSObjectHelper.GetObjectName): scalars by value,
 * a PSCustomObject by its `@{…}` form, other objects by their display name (the first of
 * Name, Id, Key that they have), else by ToString.
 */
function enumerationItemName(item: PSValue): string {
  if (item === null) return '$null';
  if (isPSObject(item) && !isCustomObject(item) && !isProcessObject(item)) {
    for (const name of ['Name', 'Id', 'Key']) {
      const prop = findProperty(item, name);
      if (prop) return valueToString(prop.value);
    }
  }
  return valueToString(item);
}

/**
 * How a value renders in a table cell or a list value (PSObjectHelper.SmartToString):
 * `$null` is empty; a collection is `{a, b, c, d...}` — `$FormatEnumerationLimit` (4) items,
 * then `...` when more remain; everything else is its ToString.
 */
export function formatCell(value: PSValue): string {
  if (isArray(value)) {
    const shown = value.slice(0, FORMAT_ENUMERATION_LIMIT).map(enumerationItemName);
    const more = value.length > FORMAT_ENUMERATION_LIMIT ? '...' : '';
    return `{${shown.join(', ')}${more}}`;
  }
  return valueToString(value);
}

/** The property's cell text, looked up case-insensitively; a missing property is `$null`. */
export function propertyCell(obj: PSObject, name: string): string {
  return formatCell(findProperty(obj, name)?.value ?? null);
}

/**
 * Default alignment of a value in a table without a view (ComputeDefaultAlignment with
 * DefaultScalarTypes): numbers, booleans and every enum are right-aligned; strings, GUIDs,
 * TimeSpans, collections and objects are left-aligned; `$null` is left-aligned.
 */
export function defaultAlignment(value: PSValue): 'left' | 'right' {
  if (typeof value === 'number' || typeof value === 'boolean') return 'right';
  if (value !== null && isPSEnum(value)) return 'right';
  return 'left';
}

/** Values Out-Default prints as plain lines rather than through a table or list view. */
export function isScalar(value: PSValue): boolean {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    isPSEnum(value) ||
    isPSGuid(value) ||
    isScriptBlock(value)
  );
}

/** A scalar on its own lines: a multi-line string keeps its lines. */
export function scalarLines(value: PSValue): string[] {
  const text = typeof value === 'string' ? value : valueToString(value);
  return text.includes('\n') ? text.split(/\r?\n/) : [text];
}
