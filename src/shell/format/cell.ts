// How one PowerShell value turns into text: in a table cell, in a list, or on its own line.
// Windows PowerShell 5.0 runs on .NET Framework 4.x, so numbers follow that framework's
// formatting (15 significant digits for doubles, "N" rounding half away from zero), not
// JavaScript's.
import {
  findProperty,
  isArray,
  isPSEnum,
  isPSGuid,
  isPSObject,
  isPSTimeSpan,
  isScriptBlock,
  TYPE,
  type PSObject,
  type PSValue,
} from '../runtime/values.js';

/** $FormatEnumerationLimit: how many items of a collection a cell shows before `...`. */
export const FORMAT_ENUMERATION_LIMIT = 4;

const INT64_LIMIT = 2 ** 63;

/** Digits and decimal exponent of a finite non-zero double rounded to 15 significant digits. */
function significantDigits(x: number): { digits: string; exponent: number } {
  // .NET Framework's Double.ToString() and ToString("N") both start from the 15-digit
  // decimal form of the double (DoubleToNumber with precision 15).
  const [mantissa = '0', exp = '0'] = Math.abs(x).toExponential(14).split('e');
  return { digits: mantissa.replace('.', ''), exponent: Number(exp) };
}

/**
 * `Double.ToString()` of .NET Framework ("G" = "G15"): at most 15 significant digits, trailing
 * zeros dropped, scientific notation (`1E+15`, `1E-05`) when the exponent is ≥ 15 or ≤ -5.
 */
export function formatDouble(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  if (x === 0) return '0';
  const sign = x < 0 ? '-' : '';
  const { digits: raw, exponent } = significantDigits(x);
  const digits = raw.replace(/0+$/, '') || '0';
  if (exponent >= 15 || exponent < -4) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const expSign = exponent < 0 ? '-' : '+';
    return `${sign}${mantissa}E${expSign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const intPart = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const frac = digits.slice(exponent + 1);
  return frac ? `${sign}${intPart}.${frac}` : `${sign}${intPart}`;
}

/**
 * A number as PowerShell prints it. Integral values are Int32/Int64 in PowerShell and print
 * every digit; everything else is a Double.
 */
export function formatNumber(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < INT64_LIMIT) {
    // BigInt keeps 2^53 and beyond out of JavaScript's exponent notation. -0 prints as 0.
    return BigInt(x).toString();
  }
  return formatDouble(x);
}

/**
 * `x.ToString("N")` in en-US, i.e. "N2": two decimals, `,` every three digits, the 15-digit
 * form rounded half away from zero (.NET Framework's RoundNumber), so 0.125 → `0.13`.
 * The Get-Process view uses it for CPU(s): `$_.CPU.ToString("N")`.
 */
export function formatN2(x: number): string {
  if (!Number.isFinite(x)) return formatDouble(x);
  let units = 0n; // hundredths
  if (x !== 0) {
    const { digits, exponent } = significantDigits(x);
    const keep = exponent + 1 + 2; // integer digits + two decimals
    if (keep > 0) {
      const kept = digits.slice(0, keep).padEnd(keep, '0');
      units = BigInt(kept);
      if ((digits[keep] ?? '0') >= '5') units += 1n;
    } else if (keep === 0 && (digits[0] ?? '0') >= '5') {
      units = 1n;
    }
  }
  const intPart = (units / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const frac = (units % 100n).toString().padStart(2, '0');
  // .NET Framework drops the sign of a value that rounds to zero (-0.001 → "0.00").
  const sign = x < 0 && units !== 0n ? '-' : '';
  return `${sign}${intPart}.${frac}`;
}

/**
 * PowerShell's `[long]` cast of a Double: Convert.ToInt64, which rounds half to even
 * (`[long]2.5` is 2, `[long]3.5` is 4). The process view's `[long]($_.NPM / 1024)` uses it.
 * `$null` converts to 0.
 */
export function toLong(value: PSValue): number | null {
  if (value === null) return 0;
  const x = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isFinite(x)) return null;
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/**
 * TimeSpan.ToString() ("c" format): `[-][d.]hh:mm:ss`. .NET would append `.fffffff` when the
 * span has a fractional second; the simulator's clock is in milliseconds and the module's
 * Uptime is shown in whole seconds in every sample (`00:02:11`), so fractions are dropped.
 */
export function formatTimeSpan(ms: number): string {
  if (!Number.isFinite(ms)) return '00:00:00';
  const sign = ms < 0 ? '-' : '';
  let seconds = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(seconds / 86400);
  seconds -= days * 86400;
  const hh = Math.floor(seconds / 3600);
  const mm = Math.floor((seconds % 3600) / 60);
  const ss = seconds % 60;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${sign}${days > 0 ? `${days}.` : ''}${two(hh)}:${two(mm)}:${two(ss)}`;
}

const isSelected = (obj: PSObject): boolean => (obj.typeNames[0] ?? '').startsWith(TYPE.selected);
const isCustomObject = (obj: PSObject): boolean =>
  isSelected(obj) || obj.typeNames.includes('System.Management.Automation.PSCustomObject');
const isProcessObject = (obj: PSObject): boolean =>
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
  return valueToString(value).split(/\r?\n/);
}
