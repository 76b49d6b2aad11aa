// Select-Object: properties (wildcards allowed), first/last/skip/index, expand, unique.

import { getMember, toText, unroll } from '../runtime/conversions.js';

import { hasWildcard, wildcardMatch } from '../runtime/wildcard.js';
import {
  findProperty,
  isPSObject,
  TYPE,
  type PSObject,
  type PSProperty,
  type PSValue,
} from '../runtime/values.js';
import type { CmdletDefinition, CmdletInvocation } from './definition.js';
import {
  PROPERTY_KEYS,
  readPropertySpecs,
  runExpression,
  specLabel,
  type PropertySpec,
} from './calculated-property.js';
import { UTILITY, inputObject, inputOf, int, sw } from './object-common.js';

/** Expands the -Property specs against one object, as select-object.cs does. */
function selectedProperties(
  source: PSValue,
  specs: readonly PropertySpec[],
  invocation: CmdletInvocation,
): PSProperty[] {
  const picked: PSProperty[] = [];
  const seen = new Set<string>();
  const push = (name: string, value: PSValue) => {
    // Duplicates drop, compared case-insensitively.
    if (seen.has(name.toLowerCase())) return;
    seen.add(name.toLowerCase());
    picked.push({ name, value });
  };
  for (const spec of specs) {
    const { expression } = spec;
    if (typeof expression !== 'string') {
      push(specLabel(spec), runExpression(invocation, expression, source));
      continue;
    }
    if (hasWildcard(expression)) {
      if (isPSObject(source)) {
        for (const p of source.properties)
          if (wildcardMatch(expression, p.name)) push(spec.label ?? p.name, p.value);
      }
      continue;
    }
    const property = isPSObject(source) ? findProperty(source, expression) : undefined;
    // The new note property takes the member's real name (ContainerID → ContainerId); an
    // unknown name is a blank column, not an error (select-object.cs, "bug 1107600").
    if (property) push(spec.label ?? property.name, property.value);
    else push(spec.label ?? expression, isPSObject(source) ? null : getMember(source, expression));
  }
  return picked;
}

export const selectObject: CmdletDefinition = {
  name: 'Select-Object',
  className: 'Microsoft.PowerShell.Commands.SelectObjectCommand',
  module: UTILITY,
  synopsis: 'Picks properties (wildcards allowed) or the first/last objects.',
  parameters: [
    {
      name: 'Property',
      type: 'object[]',
      typeName: 'System.Object[]',
      position: 0,
      help: 'Property names, e.g. Name, RuntimeType, ContainerId.',
    },
    { name: 'ExcludeProperty', type: 'string[]', typeName: 'System.String[]' },
    { name: 'ExpandProperty', type: 'string', typeName: 'System.String' },
    sw('Unique'),
    int('Last'),
    int('First'),
    int('Skip'),
    { name: 'Index', type: 'int[]', typeName: 'System.Int32[]' },
    inputObject,
    sw('Wait'),
  ],
  invoke(invocation) {
    const { bound } = invocation;
    const properties = bound.get('Property')?.value as readonly PSValue[] | undefined;
    const specs =
      properties && readPropertySpecs(properties, PROPERTY_KEYS.select, invocation, selectObject);
    const exclude = (
      (bound.get('ExcludeProperty')?.value as readonly PSValue[] | undefined) ?? []
    ).map(toText);
    const expand = bound.get('ExpandProperty');
    const items = pickItems([...inputOf(invocation)], invocation.bound);
    let output: PSValue[] = specs
      ? items.map((item) => selectedObject(item, specs, exclude, invocation))
      : items;
    if (expand) {
      const name = toText(expand.value);
      output = output.flatMap((item) => unroll(getMember(item, name)));
    }
    return bound.get('Unique')?.value ? uniqueOf(output) : output;
  },
};

/** -Skip, -Index, -First and -Last, in that order. */
function pickItems(all: PSValue[], bound: CmdletInvocation['bound']): PSValue[] {
  let items = all;
  const skip = bound.get('Skip')?.value as number | undefined;
  const first = bound.get('First')?.value as number | undefined;
  const last = bound.get('Last')?.value as number | undefined;
  const index = bound.get('Index')?.value as readonly number[] | undefined;
  if (skip) items = items.slice(skip);
  if (index) items = index.map((i) => items[i]).filter((v): v is PSValue => v !== undefined);
  if (first === undefined && last === undefined) return items;
  const head = first !== undefined ? items.slice(0, Math.max(0, first)) : [];
  const tail = last !== undefined ? items.slice(Math.max(0, items.length - Math.max(0, last))) : [];
  if (first !== undefined && last !== undefined) return [...head, ...tail];
  return first !== undefined ? head : tail;
}

/** A `Selected.<type>` PSCustomObject holding the chosen properties of one item. */
function selectedObject(
  item: PSValue,
  specs: readonly PropertySpec[],
  exclude: readonly string[],
  invocation: CmdletInvocation,
): PSObject {
  const props = selectedProperties(item, specs, invocation).filter(
    (p) => !exclude.some((x) => wildcardMatch(x, p.name)),
  );
  const base = isPSObject(item) ? (item.typeNames[0] ?? 'System.Object') : 'System.Object';
  return {
    $kind: 'object',
    typeNames: [
      `${TYPE.selected}${base}`,
      'System.Management.Automation.PSCustomObject',
      'System.Object',
    ],
    properties: props,
    ...(isPSObject(item) && item.ref ? { ref: item.ref } : {}),
  };
}

/** -Unique: the first of objects whose property texts (or values' texts) are equal. */
function uniqueOf(output: readonly PSValue[]): PSValue[] {
  const seen = new Set<string>();
  return output.filter((v) => {
    const key = isPSObject(v) ? v.properties.map((p) => toText(p.value)).join('\u0000') : toText(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------- Where-Object
