// Which container a demo step talks about, so the dashboard can select it and the pane it
// spotlights never contradicts the narration (issue 14: step 23 narrated HYPVCON's csrss
// while the pane showed WINCONT). Pure: the player asks, the target follows.
import type { HostState } from '../sim/index.js';
import type { Claim } from './claims/schema.js';

/** The first container a narration's claims name, or null. */
export function claimContainer(claims: readonly Claim[]): string | null {
  for (const claim of claims) {
    if ('samePid' in claim) return claim.samePid.container;
    if ('vmwpFor' in claim) return claim.vmwpFor;
    if ('entered' in claim && claim.entered !== null) return claim.entered;
    if ('container' in claim && typeof claim.container === 'string') return claim.container;
  }
  return null;
}

const WORD_EDGE = /[\s'"(),;=|]/;

/** The container a console line names as a whole word (quoted or not), if it exists now. */
export function containerInLine(line: string, state: HostState): string | null {
  const lower = line.toLowerCase();
  for (const container of state.containers) {
    const name = container.name.toLowerCase();
    let at = lower.indexOf(name);
    while (at >= 0) {
      const before = at === 0 ? ' ' : (lower[at - 1] ?? ' ');
      const after = lower[at + name.length] ?? ' ';
      if (WORD_EDGE.test(before) && WORD_EDGE.test(after)) return container.name;
      at = lower.indexOf(name, at + 1);
    }
  }
  return null;
}
