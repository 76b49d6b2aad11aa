// Converting a bound argument to its parameter's type (ParameterBinderBase.CoerceTypes):
// null checks and [ValidateNotNullOrEmpty] first, then the conversion of each type.
import type { BoundArgument, CmdletDefinition, ParamDef } from '../cmdlets/definition.js';
import { matchEnumName, toNumber, toText } from '../runtime/conversions.js';
import { cmdletSite, errorRecord } from '../runtime/errors/catalogue.js';
import type { ErrorRecord, ErrorSite } from '../runtime/errors/error-record.js';
import { enumValue } from '../runtime/objects.js';
import { isArray, isPSObject, isScriptBlock, type PSValue } from '../runtime/values.js';

/** An argument waiting for conversion: its parameter, value and where it was typed. */
export interface Pending {
  readonly def: ParamDef;
  readonly value: PSValue;
  readonly extent: BoundArgument['extent'];
  readonly parameterExtent: BoundArgument['parameterExtent'];
}

type Converted = { value: PSValue } | { error: ErrorRecord };

export function convertArgument(
  cmdlet: CmdletDefinition,
  pending: Pending,
  typed: string,
): Converted {
  const site = cmdletSite(cmdlet, pending.extent, typed);
  const refused = nullRefusal(pending, site);
  if (refused) return { error: refused };
  return convertToType(pending, site);
}

/** Mandatory and [ValidateNotNullOrEmpty] parameters refuse $null (and the empty string). */
function nullRefusal({ def, value }: Pending, site: ErrorSite): ErrorRecord | null {
  const takesObjects = def.type === 'object' || def.type === 'object[]';
  if (value === null && (def.mandatory || def.type === 'switch') && !takesObjects) {
    return def.notNullOrEmpty
      ? errorRecord('validateNotNullOrEmpty', site, def.name)
      : errorRecord('nullNotAllowed', site, def.name);
  }
  if (value === null && (def.mandatory || def.notNullOrEmpty)) {
    return errorRecord('nullNotAllowed', site, def.name);
  }
  if (def.notNullOrEmpty && (value === null || toText(value) === '')) {
    return errorRecord('validateNotNullOrEmpty', site, def.name);
  }
  return null;
}

const single = (value: PSValue): PSValue =>
  isArray(value) && value.length === 1 ? (value[0] ?? null) : value;

function convertToType({ def, value }: Pending, site: ErrorSite): Converted {
  switch (def.type) {
    case 'switch':
      return { value: value !== false && value !== 0 };
    case 'string':
      return { value: value === null ? null : toText(single(value)) };
    case 'string[]':
      return {
        value: (isArray(value) ? value : [value]).map((v) => (v === null ? null : toText(v))),
      };
    case 'int':
    case 'int[]':
      return toIntegers(def, value, site);
    case 'scriptblock':
      if (isScriptBlock(value)) return { value };
      return cannotConvert(def, value, 'System.Management.Automation.ScriptBlock', site);
    case 'enum':
      return toEnum(def, value, site);
    case 'object':
      return { value: single(value) };
    case 'object[]':
      return { value: isArray(value) ? value : [value] };
  }
}

function toIntegers(def: ParamDef, value: PSValue, site: ErrorSite): Converted {
  const numbers: number[] = [];
  for (const item of isArray(value) ? value : [value]) {
    const n = toNumber(item);
    if (n === null || !Number.isInteger(n)) return cannotConvert(def, item, 'System.Int32', site);
    numbers.push(n);
  }
  return { value: def.type === 'int' ? (numbers[0] ?? null) : numbers };
}

function toEnum(def: ParamDef, value: PSValue, site: ErrorSite): Converted {
  const names = def.enumNames ?? [];
  const typeName = def.enumTypeName ?? def.typeName;
  const text = toText(value);
  const name = matchEnumName(names, text);
  if (name === null) {
    return { error: errorRecord('enumConversion', site, def.name, text, typeName, names) };
  }
  return { value: enumValue(typeName, names, name) };
}

function cannotConvert(def: ParamDef, value: PSValue, typeName: string, site: ErrorSite) {
  const shown = isPSObject(value) ? (value.typeNames[0] ?? 'System.Object') : toText(value);
  return { error: errorRecord('cannotConvertArgument', site, def.name, shown, typeName) };
}
