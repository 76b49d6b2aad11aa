// The built-in scenarios: JSON files in the same format users write, checked by the same
// validator as a user's file.
import conversion from './scenarios/conversion.json' with { type: 'json' };
import docker from './scenarios/docker.json' with { type: 'json' };
import internals from './scenarios/internals.json' with { type: 'json' };
import isolation from './scenarios/isolation.json' with { type: 'json' };
import networking from './scenarios/networking.json' with { type: 'json' };
import { validateScenario } from './load-scenario.js';
import type { Scenario } from './schema.js';
import { BUILTIN_SCENARIO_NAMES } from './builtin-names.js';

const SOURCES: Readonly<Record<string, unknown>> = {
  isolation,
  conversion,
  docker,
  internals,
  networking,
};

export { BUILTIN_SCENARIO_NAMES };

export function builtinScenario(name: string): Scenario | undefined {
  const raw = SOURCES[name.toLowerCase()];
  if (raw === undefined) return undefined;
  const result = validateScenario(raw, `'${name}' (built in)`);
  // A built-in that fails its own schema is a bug in isolab: say so loudly.
  if (!result.ok) throw new Error(result.message);
  return result.scenario;
}

export function builtinScenarios(): Scenario[] {
  return BUILTIN_SCENARIO_NAMES.map((name) => builtinScenario(name) as Scenario);
}
