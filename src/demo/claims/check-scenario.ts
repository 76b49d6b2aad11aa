// `isolab demo --check`: a scenario played headless with every narration's claims checked.
import { runHeadless } from '../headless.js';
import type { Lang } from '../lang.js';
import type { Scenario } from '../schema.js';
import { claimFailureLines } from './failure-text.js';

export interface ScenarioCheck {
  /** How many claims the scenario states (all checked). */
  readonly claims: number;
  /** One line per false claim, naming the scenario, the step and the claim. */
  readonly failures: readonly string[];
}

export function checkScenario(scenario: Scenario, seed: number, lang: Lang = 'en'): ScenarioCheck {
  const result = runHeadless(scenario, { lang, seed });
  const claims = scenario.steps.reduce(
    (n, step) => n + ('say' in step && step.claims ? step.claims.length : 0),
    0,
  );
  const failures = result.claimFailures.flatMap((report) =>
    claimFailureLines(`scenario '${scenario.name}'`, report, lang),
  );
  return { claims, failures };
}
