// What the player hands its target when a narration's claims are checked: the step, every
// claim's result, and the false ones, so a view can show expected against actual.
import type { HostState } from '../../sim/index.js';
import { checkClaims, type ClaimResult } from './check.js';
import type { Claim } from './schema.js';

export interface ClaimReport {
  /** 0-based index of the scenario step that states the claims. */
  readonly step: number;
  readonly results: readonly ClaimResult[];
  readonly failed: readonly ClaimResult[];
}

export function claimReport(state: HostState, claims: readonly Claim[], step: number): ClaimReport {
  const results = checkClaims(state, claims);
  return { step, results, failed: results.filter((r) => !r.holds) };
}
