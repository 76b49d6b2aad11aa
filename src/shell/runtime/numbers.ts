// How a number becomes text: the ONE rule that `$a` output, "$a" interpolation, table cells
// and string parameters share. Windows PowerShell 5.0 runs on .NET Framework 4.x, so doubles
// follow that framework's Double.ToString() ("G15", E notation below 1E-04 and from 1E+15;
// docs/powershell-output.md "Numbers as text"), not JavaScript's.
import type { PSValue } from './values.js';

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
