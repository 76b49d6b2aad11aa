// Which parameter a typed name means (MergedCommandParameterMetadata): names are
// case-insensitive and may be shortened to any unambiguous prefix, an exact match wins, the
// cmdlet's own parameters win over common ones. And which parameter sets remain possible.
import type { CmdletDefinition, ParamDef } from '../cmdlets/definition.js';
import { COMMON_PARAMETERS } from '../cmdlets/definition.js';

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

/** The sets every bound parameter shares; null when none of them names a set. */
export function setsOf(defs: readonly ParamDef[]): Set<string> | null {
  let result: string[] | null = null;
  for (const def of defs) {
    if (!def.sets) continue;
    const sets: readonly string[] = def.sets;
    result = result === null ? [...sets] : result.filter((s) => sets.includes(s));
  }
  return result === null ? null : new Set(result);
}

export function compatibleWithSets(def: ParamDef, sets: Set<string> | null): boolean {
  return !def.sets || !sets || def.sets.some((s) => sets.has(s));
}

export function belongsToChosenSet(
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
