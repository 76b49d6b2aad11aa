// Calculated properties: `@{n='Kind';e={$_.RuntimeType}}` in Select-Object, Format-Table and
// Format-List (MshParameter.cs ParameterProcessor; docs/fidelity-notes.md H3, H4). A key may be
// any unique prefix of an entry's name (or of its second name: Label for Name, Name for Label);
// the hashtable is checked once, before any object is processed, and a bad one ends the command.
import { HASHTABLE_TYPE } from '../runtime/automatic.js';
import { cmdletSite } from '../runtime/errors/catalogue.js';
import {
  propertyHashError,
  type PropertyHashErrorId,
} from '../runtime/errors/property-hash-errors.js';
import { toText } from '../runtime/conversions.js';
import {
  isArray,
  isPSObject,
  isScriptBlock,
  type PSObject,
  type PSScriptBlock,
  type PSValue,
} from '../runtime/values.js';
import { RuntimeError } from '../evaluator/runtime-error.js';
import type { CmdletInvocation } from './definition.js';
import { runFilter } from './object-common.js';

export type Alignment = 'left' | 'center' | 'right';

/** One -Property item: a name (wildcards allowed), a script block, or a checked hashtable. */
export interface PropertySpec {
  readonly expression: string | PSScriptBlock;
  /** Name (Select-Object) or Label (Format-*); null: named after the expression. */
  readonly label: string | null;
  readonly calculated: boolean;
  readonly width?: number;
  readonly alignment?: Alignment;
}

type ValueType = 'System.String' | 'System.Management.Automation.ScriptBlock' | 'System.Int32';
interface EntryDef {
  readonly key: string;
  readonly secondary?: string;
  readonly types: readonly ValueType[];
}

const EXPRESSION: EntryDef = {
  key: 'expression',
  types: ['System.String', 'System.Management.Automation.ScriptBlock'],
};
const FORMAT_STRING: EntryDef = { key: 'formatString', types: ['System.String'] };
const LABEL: EntryDef = { key: 'label', secondary: 'name', types: ['System.String'] };

/** Each cmdlet's entries, in the order its definition class adds them. */
export const PROPERTY_KEYS = {
  select: [EXPRESSION, { key: 'name', secondary: 'label', types: ['System.String'] }],
  table: [
    EXPRESSION,
    FORMAT_STRING,
    { key: 'width', types: ['System.Int32'] },
    { key: 'alignment', types: ['System.String'] },
    LABEL,
  ],
  list: [EXPRESSION, FORMAT_STRING, LABEL],
} as const satisfies Record<string, readonly EntryDef[]>;

export const isHashtable = (v: PSValue): v is PSObject =>
  isPSObject(v) && v.typeNames[0] === HASHTABLE_TYPE;

/** FindPartialMatch: the key typed is the whole name or a prefix of it, without case. */
const partialMatch = (typed: string, name: string): boolean =>
  typed.length <= name.length && name.slice(0, typed.length).toLowerCase() === typed.toLowerCase();

function dotNetType(v: PSValue): string {
  if (typeof v === 'string') return 'System.String';
  if (typeof v === 'number') return Number.isInteger(v) ? 'System.Int32' : 'System.Double';
  if (typeof v === 'boolean') return 'System.Boolean';
  if (isArray(v)) return 'System.Object[]';
  if (isScriptBlock(v)) return 'System.Management.Automation.ScriptBlock';
  if (isPSObject(v)) return v.typeNames[0] ?? 'System.Object';
  return 'System.Object';
}

const hasType = (v: PSValue, type: ValueType): boolean =>
  type === 'System.String'
    ? typeof v === 'string'
    : type === 'System.Int32'
      ? typeof v === 'number' && Number.isInteger(v)
      : isScriptBlock(v);

/** The -Property items of one command, checked as PowerShell checks them. */
export function readPropertySpecs(
  values: readonly PSValue[],
  defs: readonly EntryDef[],
  invocation: CmdletInvocation,
  cmdlet: { readonly name: string; readonly className: string },
): PropertySpec[] {
  const fail = <K extends PropertyHashErrorId>(id: K, ...args: string[]): never => {
    const site = cmdletSite(cmdlet, invocation.command.extent, invocation.command.name);
    const record = (propertyHashError as (i: K, s: typeof site, ...a: string[]) => never)(
      id,
      site,
      ...args,
    );
    throw new RuntimeError(record);
  };
  return values.map((value) => {
    if (isScriptBlock(value)) return { expression: value, label: null, calculated: false };
    if (!isHashtable(value)) return { expression: toText(value), label: null, calculated: false };
    const entries = new Map<string, PSValue>();
    for (const { name: typed, value: entryValue } of value.properties) {
      const matches = defs.filter(
        (d) => partialMatch(typed, d.key) || (d.secondary && partialMatch(typed, d.secondary)),
      );
      const [def, other] = matches;
      if (!def) return fail('DictionaryKeyIllegal', typed);
      if (other) return fail('DictionaryKeyAmbiguous', typed, def.key, other.key);
      if (entries.has(def.key)) return fail('DictionaryKeyDuplicate', typed, def.key);
      if (entryValue === null) return fail('DictionaryKeyMissingValue', typed);
      if (!def.types.some((t) => hasType(entryValue, t))) {
        const [single] = def.types;
        if (def.types.length === 1 && single)
          return fail('DictionaryKeyIllegalValue2', typed, dotNetType(entryValue), single);
        const expected = `{${def.types.join(', ')}}`;
        return fail('DictionaryKeyIllegalValue1', typed, dotNetType(entryValue), expected);
      }
      entries.set(def.key, entryValue);
    }
    return normalize(entries, fail);
  });
}

function normalize(
  entries: ReadonlyMap<string, PSValue>,
  fail: (id: PropertyHashErrorId, ...args: string[]) => never,
): PropertySpec {
  const expression = entries.get('expression');
  if (expression === undefined) return fail('DictionaryKeyMandatoryEntry', 'expression');
  const label = entries.get('name') ?? entries.get('label');
  const spec: PropertySpec = {
    expression: isScriptBlock(expression) ? expression : toText(expression),
    label: label === undefined ? null : toText(label),
    calculated: true,
  };
  const width = entries.get('width');
  if (typeof width === 'number' && width <= 0) fail('WidthOutOfRange', String(width), 'width');
  const align = entries.get('alignment');
  let alignment: Alignment | undefined;
  if (typeof align === 'string') {
    alignment = (['left', 'center', 'right'] as const).find(
      (a) => align !== '' && partialMatch(align, a),
    );
    if (!alignment) fail('AlignmentIllegalValue', align, 'alignment');
  }
  return {
    ...spec,
    ...(typeof width === 'number' ? { width } : {}),
    ...(alignment ? { alignment } : {}),
  };
}

/** A spec's header: its label, else the expression (a script block by its text). */
export const specLabel = (spec: PropertySpec): string =>
  spec.label ??
  (typeof spec.expression === 'string' ? spec.expression : spec.expression.text.trim());

/** A script block's value for one object: one output is itself, several an array, none $null. */
export function runExpression(
  invocation: CmdletInvocation,
  block: PSScriptBlock,
  item: PSValue,
): PSValue {
  const out = runFilter(invocation, block.body, item);
  return out.length === 1 ? (out[0] ?? null) : out.length === 0 ? null : out;
}
