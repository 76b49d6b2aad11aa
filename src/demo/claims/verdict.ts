// What every checker returns, and the one way a checker finds the container a claim names.
import { findContainerByName, type Container, type HostState } from '../../sim/index.js';
import type { LocalizedText } from '../schema.js';
import type { Claims, ClaimKind } from './schema.js';
import { WORDS } from './words.js';

export interface Verdict {
  readonly holds: boolean;
  readonly expected: LocalizedText;
  readonly actual: LocalizedText;
}

export type Checker<K extends ClaimKind> = (state: HostState, claim: Claims[K]) => Verdict;

/** The container a claim names, or the verdict that it does not exist. */
export function withContainer(
  state: HostState,
  name: string,
  expected: LocalizedText,
  check: (container: Container) => Verdict,
): Verdict {
  const container = findContainerByName(state, name);
  if (container === undefined) return { holds: false, expected, actual: WORDS.noContainer(name) };
  return check(container);
}
