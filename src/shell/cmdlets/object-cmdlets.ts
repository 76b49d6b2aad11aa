// The pipeline's object cmdlets: Select-Object, Where-Object, Sort-Object, Measure-Object,
// ForEach-Object, Write-Output, Out-Null.
import type { ScriptBlock } from '../ast.js';
import { getMember, isTrue, toNumber, toText, unroll } from '../runtime/conversions.js';
import { applyBinary } from '../runtime/operators.js';
import { hasWildcard, wildcardMatch } from '../runtime/wildcard.js';
import {
  findProperty,
  isPSObject,
  isScriptBlock,
  makeObject,
  TYPE,
  type PSObject,
  type PSProperty,
  type PSValue,
} from '../runtime/values.js';
import type { BinaryOperator } from '../ast.js';
import type { CmdletDefinition, CmdletInvocation, ParamDef } from './definition.js';

const UTILITY = 'Microsoft.PowerShell.Utility';
const CORE = 'Microsoft.PowerShell.Core';
const sw = (name: string, extra: Partial<ParamDef> = {}): ParamDef => ({
  name,
  type: 'switch',
  typeName: 'System.Management.Automation.SwitchParameter',
  ...extra,
});
const int = (name: string): ParamDef => ({ name, type: 'int', typeName: 'System.Int32' });
const inputObject: ParamDef = {
  name: 'InputObject',
  type: 'object',
  typeName: 'System.Management.Automation.PSObject',
  fromPipeline: true,
};

/** Pipeline input, or -InputObject when given (then it is taken as one object, as PowerShell does). */
function inputOf(invocation: CmdletInvocation): readonly PSValue[] {
  const explicit = invocation.bound.get('InputObject');
  return explicit ? [explicit.value] : invocation.input;
}

function runFilter(
  invocation: CmdletInvocation,
  body: ScriptBlock,
  item: PSValue,
): readonly PSValue[] {
  const result = invocation.context.runScriptBlock(body, item);
  result.errors.forEach((e) => invocation.writeError(e));
  return result.output;
}

// ---------------------------------------------------------------- Select-Object

/** Expands the -Property names against one object, as select-object.cs does. */
function selectedProperties(
  source: PSValue,
  names: readonly PSValue[],
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
  for (const spec of names) {
    if (isScriptBlock(spec)) {
      const out = runFilter(invocation, spec.body, source);
      push(spec.text.trim(), out.length === 1 ? (out[0] ?? null) : out.length === 0 ? null : out);
      continue;
    }
    const name = toText(spec);
    if (hasWildcard(name)) {
      if (isPSObject(source)) {
        for (const p of source.properties) if (wildcardMatch(name, p.name)) push(p.name, p.value);
      }
      continue;
    }
    const property = isPSObject(source) ? findProperty(source, name) : undefined;
    // The new note property takes the member's real name (ContainerID → ContainerId); an
    // unknown name is a blank column, not an error (select-object.cs, "bug 1107600").
    if (property) push(property.name, property.value);
    else push(name, isPSObject(source) ? null : getMember(source, name));
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
    let items = [...inputOf(invocation)];
    const skip = bound.get('Skip')?.value as number | undefined;
    const first = bound.get('First')?.value as number | undefined;
    const last = bound.get('Last')?.value as number | undefined;
    const index = bound.get('Index')?.value as readonly number[] | undefined;
    if (skip) items = items.slice(skip);
    if (index) items = index.map((i) => items[i]).filter((v): v is PSValue => v !== undefined);
    if (first !== undefined || last !== undefined) {
      const head = first !== undefined ? items.slice(0, Math.max(0, first)) : [];
      const tail =
        last !== undefined ? items.slice(Math.max(0, items.length - Math.max(0, last))) : [];
      items =
        first !== undefined && last !== undefined
          ? [...head, ...tail]
          : first !== undefined
            ? head
            : tail;
    }
    const properties = bound.get('Property')?.value as readonly PSValue[] | undefined;
    const exclude = (
      (bound.get('ExcludeProperty')?.value as readonly PSValue[] | undefined) ?? []
    ).map(toText);
    const expand = bound.get('ExpandProperty');
    let output: PSValue[] = items;
    if (properties) {
      output = items.map((item) => {
        const props = selectedProperties(item, properties, invocation).filter(
          (p) => !exclude.some((x) => wildcardMatch(x, p.name)),
        );
        const base = isPSObject(item) ? (item.typeNames[0] ?? 'System.Object') : 'System.Object';
        const object: PSObject = {
          $kind: 'object',
          typeNames: [
            `${TYPE.selected}${base}`,
            'System.Management.Automation.PSCustomObject',
            'System.Object',
          ],
          properties: props,
          ...(isPSObject(item) && item.ref ? { ref: item.ref } : {}),
        };
        return object;
      });
    }
    if (expand) {
      const name = toText(expand.value);
      output = output.flatMap((item) => unroll(getMember(item, name)));
    }
    if (bound.get('Unique')?.value) {
      const seen = new Set<string>();
      output = output.filter((v) => {
        const key = isPSObject(v)
          ? v.properties.map((p) => toText(p.value)).join('\u0000')
          : toText(v);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    }
    return output;
  },
};

// ---------------------------------------------------------------- Where-Object

/** The simplified syntax's operator switches (`Where RuntimeType -eq HyperV`). */
const WHERE_OPERATORS: readonly [string, BinaryOperator][] = [
  ['EQ', 'eq'],
  ['CEQ', 'ceq'],
  ['NE', 'ne'],
  ['CNE', 'cne'],
  ['GT', 'gt'],
  ['CGT', 'cgt'],
  ['LT', 'lt'],
  ['CLT', 'clt'],
  ['GE', 'ge'],
  ['CGE', 'cge'],
  ['LE', 'le'],
  ['CLE', 'cle'],
  ['Like', 'like'],
  ['CLike', 'clike'],
  ['NotLike', 'notlike'],
  ['CNotLike', 'cnotlike'],
  ['Match', 'match'],
  ['CMatch', 'cmatch'],
  ['NotMatch', 'notmatch'],
  ['CNotMatch', 'cnotmatch'],
  ['Contains', 'contains'],
  ['NotContains', 'notcontains'],
  ['In', 'in'],
  ['NotIn', 'notin'],
];

const WHERE_PROPERTY_SET = 'PropertySet';

export const whereObject: CmdletDefinition = {
  name: 'Where-Object',
  className: 'Microsoft.PowerShell.Commands.WhereObjectCommand',
  module: CORE,
  synopsis:
    "Keeps the objects for which a script block is true: where {$_.ProcessName -eq 'csrss'}.",
  // Two families of parameter sets: the script block one, and the simplified syntax's
  // (Property at 0, Value at 1, one operator switch). Once Property is bound, a second
  // positional argument is the Value, never a FilterScript.
  parameters: [
    {
      name: 'FilterScript',
      type: 'scriptblock',
      typeName: 'System.Management.Automation.ScriptBlock',
      position: 0,
      accepts: isScriptBlock,
      sets: ['ScriptBlockSet'],
      help: 'A condition on $_.',
    },
    {
      name: 'Property',
      type: 'string',
      typeName: 'System.String',
      position: 0,
      accepts: (v) => !isScriptBlock(v),
      sets: [WHERE_PROPERTY_SET],
      help: 'Simplified syntax: Where RuntimeType -eq HyperV.',
    },
    {
      name: 'Value',
      type: 'object',
      typeName: 'System.Object',
      position: 1,
      sets: [WHERE_PROPERTY_SET],
    },
    inputObject,
    ...WHERE_OPERATORS.map(([name]) => sw(name, { sets: [WHERE_PROPERTY_SET] })),
    sw('Is', { sets: [WHERE_PROPERTY_SET] }),
    sw('IsNot', { sets: [WHERE_PROPERTY_SET] }),
  ],
  invoke(invocation) {
    const { bound } = invocation;
    const items = inputOf(invocation).flatMap(unroll);
    const filter = bound.get('FilterScript')?.value;
    if (filter && isScriptBlock(filter)) {
      return items.filter((item) => isTrue([...runFilter(invocation, filter.body, item)]));
    }
    const property = bound.get('Property');
    if (!property) return items;
    const name = toText(property.value);
    const operator = WHERE_OPERATORS.find(([switchName]) => bound.get(switchName)?.value)?.[1];
    const value = bound.get('Value')?.value ?? null;
    return items.filter((item) => {
      const actual = getMember(item, name);
      return operator ? isTrue(applyBinary(operator, actual, value)) : isTrue(actual);
    });
  },
};

// ---------------------------------------------------------------- Sort-Object

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

// ---------------------------------------------------------------- ForEach-Object, Write-Output, Out-Null

export const forEachObject: CmdletDefinition = {
  name: 'ForEach-Object',
  className: 'Microsoft.PowerShell.Commands.ForEachObjectCommand',
  module: CORE,
  synopsis: 'Runs a script block for each object ($_), or reads one member: % Name.',
  parameters: [
    {
      name: 'Process',
      type: 'scriptblock',
      typeName: 'System.Management.Automation.ScriptBlock',
      position: 0,
      accepts: isScriptBlock,
      sets: ['ScriptBlockSet'],
    },
    {
      name: 'MemberName',
      type: 'string',
      typeName: 'System.String',
      position: 0,
      accepts: (v) => !isScriptBlock(v),
      sets: ['PropertyAndMethodSet'],
    },
    inputObject,
  ],
  invoke(invocation) {
    const process = invocation.bound.get('Process')?.value;
    const member = invocation.bound.get('MemberName')?.value;
    return inputOf(invocation).flatMap((item) => {
      if (process && isScriptBlock(process)) return [...runFilter(invocation, process.body, item)];
      if (member !== undefined) return unroll(getMember(item, toText(member)));
      return [item];
    });
  },
};

export const writeOutput: CmdletDefinition = {
  name: 'Write-Output',
  className: 'Microsoft.PowerShell.Commands.WriteOutputCommand',
  module: UTILITY,
  synopsis: 'Sends objects down the pipeline.',
  parameters: [
    {
      name: 'InputObject',
      type: 'object[]',
      typeName: 'System.Management.Automation.PSObject[]',
      position: 0,
      fromPipeline: true,
    },
  ],
  invoke(invocation) {
    const explicit = invocation.bound.get('InputObject');
    return explicit ? (explicit.value as readonly PSValue[]).flatMap(unroll) : invocation.input;
  },
};

export const outNull: CmdletDefinition = {
  name: 'Out-Null',
  className: 'Microsoft.PowerShell.Commands.OutNullCommand',
  module: CORE,
  synopsis: 'Discards its input.',
  parameters: [inputObject],
  invoke: () => [],
};

export const objectCmdlets = [
  selectObject,
  whereObject,
  sortObject,
  measureObject,
  forEachObject,
  writeOutput,
  outNull,
];
