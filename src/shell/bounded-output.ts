// Output bounded before it is formatted (docs/terminal-safety.md §6): at most
// LIMITS.outputLines values are laid out, walked without recursion or spread so that an
// array of millions of items (or nested a thousand deep) cannot overflow the stack.
import { LIMITS } from './runtime/limits.js';
import { isArray, type PSValue } from './runtime/values.js';

export interface BoundedOutput {
  readonly values: PSValue[];
  /** More values were there than were kept. */
  readonly truncated: boolean;
}

/** The first `max` non-array values of `values`, nested arrays flattened in order. */
export function boundOutput(
  values: readonly PSValue[],
  max: number = LIMITS.outputLines,
): BoundedOutput {
  const kept: PSValue[] = [];
  const stack: { items: readonly PSValue[]; next: number }[] = [{ items: values, next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next >= top.items.length) {
      stack.pop();
      continue;
    }
    const value = top.items[top.next++] ?? null;
    if (isArray(value)) {
      stack.push({ items: value, next: 0 });
      continue;
    }
    if (value === null) continue;
    if (kept.length === max) return { values: kept, truncated: true };
    kept.push(value);
  }
  return { values: kept, truncated: false };
}

/** The first `max` lines, and whether any were cut. */
export function boundLines(
  lines: readonly string[],
  max: number = LIMITS.outputLines,
): BoundedOutput & { readonly values: string[] } {
  return { values: lines.slice(0, max), truncated: lines.length > max };
}
