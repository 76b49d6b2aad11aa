// Parameter binding as PowerShell does it (MergedCommandParameterMetadata, ParameterBinderController):
// names are case-insensitive and may be shortened to any unambiguous prefix, an exact match
// wins, the cmdlet's own parameters win over common ones; unnamed arguments bind by position.
import type { Command, CommandElement, Expression, Extent } from './ast.js';
import type { BoundArgument, CmdletDefinition, ParamDef } from './cmdlets/definition.js';
import { COMMON_PARAMETERS } from './cmdlets/definition.js';
import type { ErrorRecord } from './format/error-record.js';
import * as templates from './runtime/errors/catalogue.js';
import { isArray, isPSObject, isScriptBlock, type PSValue } from './runtime/values.js';
import { matchEnumName, toNumber, toText } from './runtime/conversions.js';
import { enumValue } from './runtime/objects.js';

export type BindResult =
  | { readonly ok: true; readonly bound: Map<string, BoundArgument> }
  | { readonly ok: false; readonly error: ErrorRecord };

export type ParameterLookup =
  | { readonly kind: 'found'; readonly def: ParamDef; readonly common: boolean }
  | { readonly kind: 'none' }
  | { readonly kind: 'ambiguous'; readonly matches: readonly string[] };

/** Resolves a typed parameter name (without its dash) against a cmdlet's parameters. */
export function lookupParameter(cmdlet: CmdletDefinition, typed: string): ParameterLookup {
  const lower = typed.toLowerCase();
  const all = [...cmdlet.parameters, ...COMMON_PARAMETERS];
  const exact = all.find(
    (p) => p.name.toLowerCase() === lower || p.aliases?.some((a) => a.toLowerCase() === lower),
  );
  if (exact) return { kind: 'found', def: exact, common: !cmdlet.parameters.includes(exact) };
  const own = cmdlet.parameters.filter((p) => p.name.toLowerCase().startsWith(lower));
  const common = COMMON_PARAMETERS.filter((p) => p.name.toLowerCase().startsWith(lower));
  if (own.length === 1) return { kind: 'found', def: own[0] as ParamDef, common: false };
  if (own.length === 0 && common.length === 1)
    return { kind: 'found', def: common[0] as ParamDef, common: true };
  if (own.length === 0 && common.length === 0) return { kind: 'none' };
  return { kind: 'ambiguous', matches: [...own, ...common].map((p) => p.name) };
}

interface Pending {
  readonly def: ParamDef;
  readonly value: PSValue;
  readonly extent: Extent;
  readonly parameterExtent: Extent | null;
}

export function bindParameters(
  cmdlet: CmdletDefinition,
  command: Command,
  evaluate: (expression: Expression) => PSValue,
  hasPipelineInput: boolean,
): BindResult {
  const named: Pending[] = [];
  const positional: { value: PSValue; extent: Extent }[] = [];
  const elements = command.elements;
  const fail = (error: ErrorRecord): BindResult => ({ ok: false, error });

  for (let i = 0; i < elements.length; i++) {
    const element = elements[i] as CommandElement;
    if (element.kind === 'argument') {
      positional.push({ value: evaluate(element.value), extent: element.extent });
      continue;
    }
    // Parameter errors mark the parameter token alone (`-Foo:` of `-Foo:bar`), as
    // CommandParameterAst.ErrorPosition does.
    const token = element.tokenExtent ?? element.extent;
    // `--` ends the parameters: what follows is positional (the parser already made it so).
    if (element.text === '--') continue;
    const lookup = lookupParameter(cmdlet, element.name);
    if (lookup.kind === 'none') {
      return fail(
        templates.namedParameterNotFound(
          cmdlet.name,
          cmdlet.className,
          element.name,
          token,
          command.name,
        ),
      );
    }
    if (lookup.kind === 'ambiguous') {
      return fail(
        templates.ambiguousParameter(
          cmdlet.name,
          cmdlet.className,
          element.name,
          lookup.matches,
          token,
          command.name,
        ),
      );
    }
    const def = lookup.def;
    if (named.some((p) => p.def === def)) {
      return fail(parameterAlreadyBound(cmdlet, def.name, token, command.name));
    }
    if (def.type === 'switch') {
      const value = element.argument ? evaluate(element.argument) : true;
      named.push({ def, value, extent: element.extent, parameterExtent: token });
      continue;
    }
    if (element.argument) {
      named.push({
        def,
        value: evaluate(element.argument),
        extent: element.argument.extent,
        parameterExtent: token,
      });
      continue;
    }
    const next = elements[i + 1];
    if (!next || next.kind === 'parameter') {
      return fail(
        templates.missingArgument(
          cmdlet.name,
          cmdlet.className,
          def.name,
          def.typeName,
          token,
          command.name,
        ),
      );
    }
    i++;
    named.push({ def, value: evaluate(next.value), extent: next.extent, parameterExtent: token });
  }

  // Positional arguments fill the lowest free position whose parameter accepts the value.
  const taken = new Set(named.map((p) => p.def));
  const boundSets = (): Set<string> | null => setsOf([...taken]);
  for (const argument of positional) {
    const candidates = cmdlet.parameters
      .filter((p) => p.position !== undefined && !taken.has(p))
      .filter((p) => compatibleWithSets(p, boundSets()))
      .sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
    const lowest = candidates[0]?.position;
    const atLowest = candidates.filter((p) => p.position === lowest);
    const def =
      atLowest.find((p) => !p.accepts || p.accepts(argument.value)) ??
      atLowest[atLowest.length - 1];
    if (!def) {
      return fail(
        templates.positionalNotFound(
          cmdlet.name,
          cmdlet.className,
          toText(argument.value),
          argument.extent,
          command.name,
        ),
      );
    }
    taken.add(def);
    named.push({ def, value: argument.value, extent: argument.extent, parameterExtent: null });
  }

  const bound = new Map<string, BoundArgument>();
  for (const pending of named) {
    const converted = convertArgument(cmdlet, pending, command.name);
    if ('error' in converted) return fail(converted.error);
    bound.set(pending.def.name, {
      value: converted.value,
      extent: pending.extent,
      parameterExtent: pending.parameterExtent,
    });
  }

  // With pipeline input and nothing else naming a set, the set is the one that takes input.
  const chosenSets =
    setsOf(named.map((p) => p.def)) ??
    (hasPipelineInput ? setsOf(cmdlet.parameters.filter((p) => p.fromPipeline && p.sets)) : null);
  if (chosenSets && chosenSets.size === 0) {
    return fail(
      templates.ambiguousParameterSet(cmdlet.name, cmdlet.className, command.extent, command.name),
    );
  }
  const unsatisfied = (p: ParamDef) =>
    p.mandatory && !bound.has(p.name) && !(p.fromPipeline && hasPipelineInput);
  if (chosenSets && chosenSets.size > 1) {
    // Several sets are still possible (`Get-Process -IncludeUserName`): PowerShell takes the
    // one whose mandatory parameters are all there, so only report when none qualifies.
    const complete = [...chosenSets].some(
      (set) => !cmdlet.parameters.some((p) => unsatisfied(p) && (!p.sets || p.sets.includes(set))),
    );
    if (complete) return { ok: true, bound };
  }
  const missing = cmdlet.parameters.filter(
    (p) => unsatisfied(p) && belongsToChosenSet(p, chosenSets, cmdlet),
  );
  if (missing.length > 0)
    return fail(missingMandatory(cmdlet, missing, command.extent, command.name));
  return { ok: true, bound };
}

/** The sets every bound parameter shares; null when none of them names a set. */
function setsOf(defs: readonly ParamDef[]): Set<string> | null {
  let result: string[] | null = null;
  for (const def of defs) {
    if (!def.sets) continue;
    const sets: readonly string[] = def.sets;
    result = result === null ? [...sets] : result.filter((s) => sets.includes(s));
  }
  return result === null ? null : new Set(result);
}

function compatibleWithSets(def: ParamDef, sets: Set<string> | null): boolean {
  return !def.sets || !sets || def.sets.some((s) => sets.has(s));
}

function belongsToChosenSet(
  def: ParamDef,
  chosen: Set<string> | null,
  cmdlet: CmdletDefinition,
): boolean {
  if (!def.sets) return true;
  if (chosen) return def.sets.some((s) => chosen.has(s));
  // Nothing bound names a set: the default set is the first one declared.
  const firstSet = cmdlet.parameters.find((p) => p.sets)?.sets?.[0];
  return firstSet !== undefined && def.sets.includes(firstSet);
}

function convertArgument(
  cmdlet: CmdletDefinition,
  pending: Pending,
  typed: string,
): { value: PSValue } | { error: ErrorRecord } {
  const { def, value, extent } = pending;
  if (
    value === null &&
    (def.mandatory || def.type === 'switch') &&
    def.type !== 'object' &&
    def.type !== 'object[]'
  ) {
    if (def.notNullOrEmpty) {
      return {
        error: templates.validateNotNullOrEmpty(
          cmdlet.name,
          cmdlet.className,
          def.name,
          extent,
          typed,
        ),
      };
    }
    return {
      error: templates.nullNotAllowed(cmdlet.name, cmdlet.className, def.name, extent, typed),
    };
  }
  if (value === null && (def.mandatory || def.notNullOrEmpty)) {
    return {
      error: templates.nullNotAllowed(cmdlet.name, cmdlet.className, def.name, extent, typed),
    };
  }
  if (def.notNullOrEmpty && (value === null || toText(value) === '')) {
    return {
      error: templates.validateNotNullOrEmpty(
        cmdlet.name,
        cmdlet.className,
        def.name,
        extent,
        typed,
      ),
    };
  }
  switch (def.type) {
    case 'switch':
      return { value: value !== false && value !== 0 };
    case 'string':
      return {
        value:
          value === null
            ? null
            : toText(isArray(value) && value.length === 1 ? (value[0] ?? null) : value),
      };
    case 'string[]':
      return {
        value: (isArray(value) ? value : [value]).map((v) => (v === null ? null : toText(v))),
      };
    case 'int':
    case 'int[]': {
      const items = isArray(value) ? value : [value];
      const numbers: number[] = [];
      for (const item of items) {
        const n = toNumber(item);
        if (n === null || !Number.isInteger(n))
          return { error: cannotConvert(cmdlet, def, item, 'System.Int32', extent, typed) };
        numbers.push(n);
      }
      return { value: def.type === 'int' ? (numbers[0] ?? null) : numbers };
    }
    case 'scriptblock':
      if (!isScriptBlock(value))
        return {
          error: cannotConvert(
            cmdlet,
            def,
            value,
            'System.Management.Automation.ScriptBlock',
            extent,
            typed,
          ),
        };
      return { value };
    case 'enum': {
      const names = def.enumNames ?? [];
      const text = toText(value);
      const name = matchEnumName(names, text);
      if (name === null) {
        return {
          error: templates.enumConversion(
            cmdlet.name,
            cmdlet.className,
            def.name,
            text,
            def.enumTypeName ?? def.typeName,
            names,
            extent,
            typed,
          ),
        };
      }
      return { value: enumValue(def.enumTypeName ?? def.typeName, names, name) };
    }
    case 'object':
      return { value: isArray(value) && value.length === 1 ? (value[0] ?? null) : value };
    case 'object[]':
      return { value: isArray(value) ? value : [value] };
  }
}

function commandRecord(
  cmdlet: CmdletDefinition,
  typed: string,
  message: string,
  category: string,
  exceptionType: string,
  errorId: string,
  extent: Extent,
): ErrorRecord {
  return {
    kind: 'command',
    commandName: typed,
    message,
    extent,
    category,
    targetName: '',
    targetType: '',
    activity: cmdlet.name,
    exceptionType,
    fullyQualifiedErrorId: `${errorId},${cmdlet.className}`,
  };
}

function parameterAlreadyBound(
  cmdlet: CmdletDefinition,
  name: string,
  extent: Extent,
  typed: string,
): ErrorRecord {
  return commandRecord(
    cmdlet,
    typed,
    `Cannot bind parameter because parameter '${name}' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".`,
    'InvalidArgument',
    'ParameterBindingException',
    'ParameterAlreadyBound',
    extent,
  );
}

// PowerShell prompts for missing mandatory parameters; a non-interactive host reports them.
function missingMandatory(
  cmdlet: CmdletDefinition,
  missing: readonly ParamDef[],
  extent: Extent,
  typed: string,
): ErrorRecord {
  return commandRecord(
    cmdlet,
    typed,
    `Cannot process command because of one or more missing mandatory parameters: ${missing.map((p) => p.name).join(' ')}.`,
    'InvalidArgument',
    'ParameterBindingException',
    'MissingMandatoryParameter',
    extent,
  );
}

function cannotConvert(
  cmdlet: CmdletDefinition,
  def: ParamDef,
  value: PSValue,
  typeName: string,
  extent: Extent,
  typed: string,
): ErrorRecord {
  const shown = isPSObject(value) ? (value.typeNames[0] ?? 'System.Object') : toText(value);
  return commandRecord(
    cmdlet,
    typed,
    `Cannot bind parameter '${def.name}'. Cannot convert value "${shown}" to type "${typeName}". Error: "Input string was not in a correct format."`,
    'InvalidArgument',
    'ParameterBindingException',
    'CannotConvertArgumentNoMessage',
    extent,
  );
}
