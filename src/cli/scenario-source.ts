// Where a demo's scenario comes from: a built-in name, or a JSON file (read here, in the
// CLI layer; src/demo only ever sees the text).
import { readTextFile } from './read-text.js';
import {
  BUILTIN_SCENARIO_NAMES,
  builtinScenario,
  loadScenarioText,
  type Scenario,
} from '../demo/index.js';

export type ScenarioSource =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly message: string };

export function scenarioFromFile(path: string): ScenarioSource {
  const read = readTextFile(path);
  if (!read.ok)
    return { ok: false, message: `isolab: cannot read scenario '${path}': ${read.why}` };
  const result = loadScenarioText(read.text, `'${path}'`);
  return result.ok ? result : { ok: false, message: `isolab: ${result.message}` };
}

/** A positional name is a built-in; `--file` may be a built-in or a .json path. */
export function resolveScenario(
  name: string | undefined,
  file: string | undefined,
): ScenarioSource {
  if (file !== undefined) {
    const builtin = builtinScenario(file);
    if (builtin && !file.toLowerCase().endsWith('.json')) return { ok: true, scenario: builtin };
    return scenarioFromFile(file);
  }
  const chosen = name ?? 'isolation';
  if (chosen.toLowerCase().endsWith('.json')) return scenarioFromFile(chosen);
  const builtin = builtinScenario(chosen);
  if (builtin) return { ok: true, scenario: builtin };
  return {
    ok: false,
    message: `isolab demo: unknown scenario '${chosen}' (built in: ${BUILTIN_SCENARIO_NAMES.join(', ')}; or --file <file.json>)`,
  };
}
