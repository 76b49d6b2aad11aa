// Format-Table and Format-List given calculated properties or script blocks
// (docs/fidelity-notes.md H3, H5): each object is first turned into one holding just the
// columns asked for, named by their labels, so the formatter lays them out like any others.
import { getMember } from '../runtime/conversions.js';
import { findProperty, isPSObject, type PSProperty, type PSValue } from '../runtime/values.js';
import { resolvePropertyNames, type ColumnHint } from '../format/views.js';
import type { CmdletInvocation } from './definition.js';
import {
  readPropertySpecs,
  runExpression,
  specLabel,
  type PROPERTY_KEYS,
  type PropertySpec,
} from './calculated-property.js';

export interface ProjectedInput {
  readonly values: readonly PSValue[];
  readonly names: readonly string[];
  readonly hints: ReadonlyMap<string, ColumnHint>;
}

/** Null when every -Property item is a plain name: the formatter takes those as they are. */
export function projectForFormat(
  invocation: CmdletInvocation,
  properties: readonly PSValue[],
  keys: (typeof PROPERTY_KEYS)['table' | 'list'],
  cmdlet: { readonly name: string; readonly className: string },
): ProjectedInput | null {
  const specs = readPropertySpecs(properties, keys, invocation, cmdlet);
  if (specs.every((s) => !s.calculated && typeof s.expression === 'string')) return null;
  const values = invocation.input.map((item) => project(invocation, item, specs));
  const first = values[0];
  const names = first ? first.properties.map((p) => p.name) : specs.map(specLabel);
  const hints = new Map<string, ColumnHint>();
  for (const spec of specs) {
    if (spec.width === undefined && spec.alignment === undefined) continue;
    hints.set(specLabel(spec), {
      ...(spec.width !== undefined ? { width: spec.width } : {}),
      ...(spec.alignment ? { alignment: spec.alignment } : {}),
    });
  }
  return { values, names, hints };
}

function project(invocation: CmdletInvocation, item: PSValue, specs: readonly PropertySpec[]) {
  const properties: PSProperty[] = [];
  for (const spec of specs) {
    const { expression } = spec;
    if (typeof expression !== 'string') {
      properties.push({
        name: specLabel(spec),
        value: runExpression(invocation, expression, item),
      });
    } else if (!isPSObject(item)) {
      properties.push({ name: specLabel(spec), value: getMember(item, expression) });
    } else {
      for (const name of resolvePropertyNames(item, [expression])) {
        const value = findProperty(item, name)?.value ?? null;
        properties.push({ name: spec.label ?? name, value });
      }
    }
  }
  const typeNames = isPSObject(item) ? item.typeNames : ['System.Object'];
  return { $kind: 'object' as const, typeNames, properties };
}
