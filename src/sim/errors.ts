// Model errors: a code the shell maps to a PowerShell or docker error record, and a plain
// English message for places that show it as is (the dashboard's status line).
import type {
  ModelError,
  ModelErrorCode,
  ModelResult,
  SimError,
  SimErrorCode,
  SimResult,
} from './types.js';

export function fail<T>(code: SimErrorCode, message: string, target?: string): SimResult<T> {
  const error: SimError = target === undefined ? { code, message } : { code, message, target };
  return { ok: false, error };
}

export const containerNotFound = <T>(id: string) =>
  fail<T>('ContainerNotFound', `No container with ID '${id}' was found.`, id);

/** For the newer actions, whose codes (ModelErrorCode) reach beyond SimErrorCode. */
export function failWith<T>(
  code: ModelErrorCode,
  message: string,
  target?: string,
): ModelResult<T> {
  const error: ModelError = target === undefined ? { code, message } : { code, message, target };
  return { ok: false, error };
}
