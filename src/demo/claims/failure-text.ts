// A false claim as one line for a terminal or a test: the scenario, the step, the claim as
// written, what was expected and what is so.
import type { Lang } from '../lang.js';
import { claimText } from './check.js';
import type { ClaimReport } from './report.js';

export function claimFailureLines(source: string, report: ClaimReport, lang: Lang): string[] {
  return report.failed.map(
    (result) =>
      `${source} steps[${report.step}]: claim ${claimText(result.claim)} is false: ` +
      `expected ${result.expected[lang]}; actual ${result.actual[lang]}`,
  );
}
