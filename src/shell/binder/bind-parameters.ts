// Parameter binding as PowerShell does it (ParameterBinderController): named arguments first
// (see lookup.ts for how a typed name resolves), then unnamed arguments by position, then
// each value converted to its parameter's type, then the parameter set and its mandatory
// parameters checked.
import type { Command, CommandElement, Expression, Extent } from '../ast.js';
import type { BoundArgument, CmdletDefinition, ParamDef } from '../cmdlets/definition.js';
import { toText } from '../runtime/conversions.js';
import { cmdletSite, errorRecord } from '../runtime/errors/catalogue.js';
import type { ErrorRecord } from '../runtime/errors/error-record.js';
import type { PSValue } from '../runtime/values.js';
import { convertArgument, type Pending } from './convert-argument.js';
import { belongsToChosenSet, compatibleWithSets, lookupParameter, setsOf } from './lookup.js';

export { lookupParameter, type ParameterLookup } from './lookup.js';

export type BindResult =
  | { readonly ok: true; readonly bound: Map<string, BoundArgument> }
  | { readonly ok: false; readonly error: ErrorRecord };

interface Positional {
  readonly value: PSValue;
  readonly extent: Extent;
}

type Collected =
  | { readonly named: Pending[]; readonly positional: Positional[] }
  | { readonly error: ErrorRecord };

export function bindParameters(
  cmdlet: CmdletDefinition,
  command: Command,
  evaluate: (expression: Expression) => PSValue,
  hasPipelineInput: boolean,
): BindResult {
  // An unsimulated cmdlet answers every spelling with its one record (cmdlets/unsimulated-…).
  if (cmdlet.unsimulated) return { ok: true, bound: new Map() };
  const collected = collectArguments(cmdlet, command, evaluate);
  if ('error' in collected) return { ok: false, error: collected.error };
  const { named, positional } = collected;
  const positionError = bindPositional(cmdlet, command, named, positional);
  if (positionError) return { ok: false, error: positionError };

  const bound = new Map<string, BoundArgument>();
  for (const pending of named) {
    const converted = convertArgument(cmdlet, pending, command.name);
    if ('error' in converted) return { ok: false, error: converted.error };
    bound.set(pending.def.name, {
      value: converted.value,
      extent: pending.extent,
      parameterExtent: pending.parameterExtent,
    });
  }
  const setError = checkParameterSets(cmdlet, command, named, bound, hasPipelineInput);
  return setError ? { ok: false, error: setError } : { ok: true, bound };
}

/** Named arguments resolved to their parameters; unnamed ones kept in order for later. */
function collectArguments(
  cmdlet: CmdletDefinition,
  command: Command,
  evaluate: (expression: Expression) => PSValue,
): Collected {
  const named: Pending[] = [];
  const positional: Positional[] = [];
  const elements = command.elements;
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i] as CommandElement;
    if (element.kind === 'argument') {
      positional.push({ value: evaluate(element.value), extent: element.extent });
      continue;
    }
    // `--` ends the parameters: what follows is positional (the parser already made it so).
    if (element.text === '--') continue;
    // Parameter errors mark the parameter token alone (`-Foo:` of `-Foo:bar`), as
    // CommandParameterAst.ErrorPosition does.
    const site = cmdletSite(cmdlet, element.tokenExtent ?? element.extent, command.name);
    const lookup = lookupParameter(cmdlet, element.name);
    if (lookup.kind === 'none') {
      return { error: errorRecord('namedParameterNotFound', site, element.name) };
    }
    if (lookup.kind === 'ambiguous') {
      return { error: errorRecord('ambiguousParameter', site, element.name, lookup.matches) };
    }
    const def = lookup.def;
    if (named.some((p) => p.def === def)) {
      return { error: errorRecord('parameterAlreadyBound', site, def.name) };
    }
    const parameterExtent = site.extent;
    if (def.type === 'switch') {
      const value = element.argument ? evaluate(element.argument) : true;
      named.push({ def, value, extent: element.extent, parameterExtent });
    } else if (element.argument) {
      const value = evaluate(element.argument);
      named.push({ def, value, extent: element.argument.extent, parameterExtent });
    } else {
      const next = elements[i + 1];
      if (!next || next.kind === 'parameter') {
        return { error: errorRecord('missingArgument', site, def.name, def.typeName) };
      }
      i++;
      named.push({ def, value: evaluate(next.value), extent: next.extent, parameterExtent });
    }
  }
  return { named, positional };
}

/** Positional arguments fill the lowest free position whose parameter accepts the value. */
function bindPositional(
  cmdlet: CmdletDefinition,
  command: Command,
  named: Pending[],
  positional: readonly Positional[],
): ErrorRecord | null {
  const taken = new Set(named.map((p) => p.def));
  for (const argument of positional) {
    const boundSets = setsOf([...taken]);
    const candidates = cmdlet.parameters
      .filter((p) => p.position !== undefined && !taken.has(p))
      .filter((p) => compatibleWithSets(p, boundSets))
      .sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
    const lowest = candidates[0]?.position;
    const atLowest = candidates.filter((p) => p.position === lowest);
    const def =
      atLowest.find((p) => !p.accepts || p.accepts(argument.value)) ??
      atLowest[atLowest.length - 1];
    if (!def) {
      const site = cmdletSite(cmdlet, argument.extent, command.name);
      return errorRecord('positionalNotFound', site, toText(argument.value));
    }
    taken.add(def);
    named.push({ def, value: argument.value, extent: argument.extent, parameterExtent: null });
  }
  return null;
}

/** The parameter set must be one, and its mandatory parameters all bound. */
function checkParameterSets(
  cmdlet: CmdletDefinition,
  command: Command,
  named: readonly Pending[],
  bound: ReadonlyMap<string, BoundArgument>,
  hasPipelineInput: boolean,
): ErrorRecord | null {
  const site = cmdletSite(cmdlet, command.extent, command.name);
  // With pipeline input and nothing else naming a set, the set is the one that takes input.
  const chosenSets =
    setsOf(named.map((p) => p.def)) ??
    (hasPipelineInput ? setsOf(cmdlet.parameters.filter((p) => p.fromPipeline && p.sets)) : null);
  if (chosenSets && chosenSets.size === 0) return errorRecord('ambiguousParameterSet', site);
  const unsatisfied = (p: ParamDef) =>
    p.mandatory && !bound.has(p.name) && !(p.fromPipeline && hasPipelineInput);
  if (chosenSets && chosenSets.size > 1) {
    // Several sets are still possible (`Get-Process -IncludeUserName`): PowerShell takes the
    // one whose mandatory parameters are all there, so only report when none qualifies.
    const complete = [...chosenSets].some(
      (set) => !cmdlet.parameters.some((p) => unsatisfied(p) && (!p.sets || p.sets.includes(set))),
    );
    if (complete) return null;
  }
  const missing = cmdlet.parameters.filter(
    (p) => unsatisfied(p) && belongsToChosenSet(p, chosenSets, cmdlet),
  );
  if (missing.length === 0) return null;
  return errorRecord(
    'missingMandatory',
    site,
    missing.map((p) => p.name),
  );
}
