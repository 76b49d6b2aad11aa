// Sort-Object and Measure-Object.

import { getMember, toNumber, toText } from '../runtime/conversions.js';

import { isScriptBlock, makeObject, TYPE, type PSValue } from '../runtime/values.js';
import type { CmdletDefinition, CmdletInvocation } from './definition.js';
import { UTILITY, inputObject, inputOf, runFilter, sw } from './object-common.js';

function sortKey(item: PSValue, spec: PSValue | undefined, invocation: CmdletInvocation): PSValue {
  if (spec === undefined) return item;
  if (isScriptBlock(spec)) {
    const out = runFilter(invocation, spec.body, item);
    return out.length === 1 ? (out[0] ?? null) : null;
  }
  return getMember(item, toText(spec));
}

function compareKeys(a: PSValue, b: PSValue, caseSensitive: boolean): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  const na = toNumber(a);
  const nb = toNumber(b);
  if (typeof a !== 'string' && typeof b !== 'string' && na !== null && nb !== null) return na - nb;
  const sa = caseSensitive ? toText(a) : toText(a).toLowerCase();
  const sb = caseSensitive ? toText(b) : toText(b).toLowerCase();
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

export const sortObject: CmdletDefinition = {
  name: 'Sort-Object',
  className: 'Microsoft.PowerShell.Commands.SortObjectCommand',
  module: UTILITY,
  synopsis: 'Sorts objects by one or more properties.',
  parameters: [
    { name: 'Property', type: 'object[]', typeName: 'System.Object[]', position: 0 },
    sw('Descending'),
    sw('Unique'),
    sw('CaseSensitive'),
    inputObject,
  ],
  invoke(invocation) {
    const { bound } = invocation;
    const specs = (bound.get('Property')?.value as readonly PSValue[] | undefined) ?? [undefined];
    const descending = Boolean(bound.get('Descending')?.value);
    const caseSensitive = Boolean(bound.get('CaseSensitive')?.value);
    const keyed = inputOf(invocation).map((item, order) => ({
      item,
      order,
      keys: specs.map((s) => sortKey(item, s ?? undefined, invocation)),
    }));
    keyed.sort((x, y) => {
      for (let i = 0; i < x.keys.length; i++) {
        const c = compareKeys(x.keys[i] ?? null, y.keys[i] ?? null, caseSensitive);
        if (c !== 0) return descending ? -c : c;
      }
      return x.order - y.order; // stable, like PowerShell's
    });
    let sorted = keyed;
    if (bound.get('Unique')?.value) {
      sorted = keyed.filter(
        (k, i) =>
          i === 0 ||
          compareKeys(toText(k.keys), toText(keyed[i - 1]?.keys ?? null), caseSensitive) !== 0,
      );
    }
    return sorted.map((k) => k.item);
  },
};

// ---------------------------------------------------------------- Measure-Object

export const measureObject: CmdletDefinition = {
  name: 'Measure-Object',
  className: 'Microsoft.PowerShell.Commands.MeasureObjectCommand',
  module: UTILITY,
  synopsis: 'Counts objects (and sums, averages… a numeric property).',
  parameters: [
    { name: 'Property', type: 'string[]', typeName: 'System.String[]', position: 0 },
    sw('Sum'),
    sw('Average'),
    sw('Maximum'),
    sw('Minimum'),
    inputObject,
  ],
  invoke(invocation) {
    const { bound } = invocation;
    const items = inputOf(invocation);
    const property = (bound.get('Property')?.value as readonly PSValue[] | undefined)?.map(
      toText,
    )[0];
    const numbers = property
      ? items.map((i) => toNumber(getMember(i, property))).filter((n): n is number => n !== null)
      : items.map(toNumber).filter((n): n is number => n !== null);
    const want = (name: string) => Boolean(bound.get(name)?.value);
    const sum = numbers.reduce((a, b) => a + b, 0);
    return [
      makeObject([TYPE.measureInfo, 'Microsoft.PowerShell.Commands.MeasureInfo', 'System.Object'], {
        Count: items.length,
        Average: want('Average') && numbers.length ? sum / numbers.length : null,
        Sum: want('Sum') ? sum : null,
        Maximum: want('Maximum') && numbers.length ? Math.max(...numbers) : null,
        Minimum: want('Minimum') && numbers.length ? Math.min(...numbers) : null,
        Property: property ?? null,
      }),
    ];
  },
};
