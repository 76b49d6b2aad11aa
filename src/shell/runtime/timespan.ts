// TimeSpan values: their text (TimeSpan.ToString()) and the object PowerShell formats for
// them (its properties, for member access and Format-List).
import { makeObject, type PSObject, type PSTimeSpan } from './values.js';

export const TIMESPAN_TYPE = 'System.TimeSpan';

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

/** A TimeSpan as the object PowerShell formats: its properties, from the milliseconds. */
export function timeSpanObject(span: PSTimeSpan): PSObject {
  const ms = span.ms;
  const whole = Math.trunc(ms);
  const part = (unit: number, modulo: number): number => Math.trunc(whole / unit) % modulo;
  return makeObject([TIMESPAN_TYPE, 'System.ValueType', 'System.Object'], {
    Days: Math.trunc(whole / 86_400_000),
    Hours: part(3_600_000, 24),
    Minutes: part(60_000, 60),
    Seconds: part(1000, 60),
    Milliseconds: whole % 1000,
    Ticks: Math.round(ms * 10_000),
    TotalDays: ms / 86_400_000,
    TotalHours: ms / 3_600_000,
    TotalMinutes: ms / 60_000,
    TotalSeconds: ms / 1000,
    TotalMilliseconds: ms,
  });
}

export const isTimeSpanObject = (obj: PSObject): boolean => obj.typeNames[0] === TIMESPAN_TYPE;
