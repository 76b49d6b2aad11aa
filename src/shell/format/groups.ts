// Out-Default's grouping (see out-default.ts): the output values walked into blocks — runs of
// scalars, and runs of objects that share a view.
import { isScalar } from './cell.js';
import { timeSpanObject } from '../runtime/timespan.js';
import {
  isArray,
  isPSObject,
  isPSTimeSpan,
  type PSObject,
  type PSValue,
} from '../runtime/values.js';
import type { View } from './views.js';

export type Block =
  | { readonly kind: 'scalars'; readonly values: PSValue[] }
  | { readonly kind: 'group'; readonly view: View; readonly objects: readonly PSObject[] };

/** Output values with nested arrays flattened (Out-Default enumerates collections). */
function flatten(values: readonly PSValue[]): readonly PSValue[] {
  if (!values.some(isArray)) return values;
  const out: PSValue[] = [];
  const walk = (v: PSValue): void => {
    if (isArray(v)) v.forEach(walk);
    else out.push(v);
  };
  values.forEach(walk);
  return out;
}

/** Objects the views handle; a TimeSpan is formatted as the object of its properties. */
function asObject(v: PSValue): PSObject | null {
  if (isPSTimeSpan(v)) return timeSpanObject(v);
  return isPSObject(v) ? v : null;
}

/** Scalars in a row make one block (Format-List's 60,000 lines, say). */
function addScalar(blocks: Block[], value: PSValue): void {
  const last = blocks[blocks.length - 1];
  if (last?.kind === 'scalars') last.values.push(value);
  else blocks.push({ kind: 'scalars', values: [value] });
}

/**
 * Walks the values: scalars print as lines; runs of objects that `viewOf` gives the same key
 * form one group, to be rendered with the view of the group's first object.
 */
export function groupValues(values: readonly PSValue[], viewOf: (obj: PSObject) => View): Block[] {
  const blocks: Block[] = [];
  let view: View | null = null;
  let group: PSObject[] = [];
  const close = (): void => {
    if (view && group.length > 0) blocks.push({ kind: 'group', view, objects: group });
    view = null;
    group = [];
  };
  for (const value of flatten(values)) {
    // Out-Default skips $null; a string, number, enum, GUID… is written as it is.
    if (value === null) continue;
    const obj = asObject(value);
    if (!obj) {
      if (isScalar(value)) {
        close();
        addScalar(blocks, value);
      }
      continue;
    }
    const next = viewOf(obj);
    if (!view || next.key !== view.key) {
      close();
      view = next;
    }
    group.push(obj);
  }
  close();
  return blocks;
}
