// The pure checker: a claim against one model state → whether it holds, and what was
// expected and what is so, in words. It asks the model only through src/sim/index.ts.
import {
  computeProcesses,
  findContainerById,
  findContainerByName,
  hostProcesses,
  hostProcessesOfContainer,
  processesSeenFrom,
  vmwpOf,
  type Container,
  type HostState,
  type SimProcess,
} from '../../sim/index.js';
import type { LocalizedText } from '../schema.js';
import { claimKind, type ClaimKind } from './kind.js';
import type { Claim } from './schema.js';
import { WORDS } from './words.js';
import { NETWORK_CHECKERS } from './network-check.js';
import { withContainer, type Checker } from './verdict.js';

export interface ClaimResult {
  readonly claim: Claim;
  readonly holds: boolean;
  readonly expected: LocalizedText;
  readonly actual: LocalizedText;
}

const named = (processes: readonly SimProcess[], name: string): SimProcess[] =>
  processes.filter((p) => p.name.toLowerCase() === name.toLowerCase());

/** Counts of the names asked for (and, for `only`, of every other name present). */
function countNames(
  processes: readonly SimProcess[],
  asked: Readonly<Record<string, number>>,
  only: boolean,
): { counts: Record<string, number>; holds: boolean } {
  const counts: Record<string, number> = {};
  for (const name of Object.keys(asked)) counts[name] = named(processes, name).length;
  const askedLower = new Set(Object.keys(asked).map((n) => n.toLowerCase()));
  const others = processes.filter((p) => !askedLower.has(p.name.toLowerCase()));
  if (only) for (const p of others) counts[p.name] = (counts[p.name] ?? 0) + 1;
  const holds =
    Object.entries(asked).every(([name, n]) => counts[name] === n) &&
    (!only || others.length === 0);
  return { counts, holds };
}

type FactKey = 'runtime' | 'state' | 'owner' | 'image';
const factOf = (c: Container, key: string): string =>
  key === 'runtime' ? c.runtimeType : c[key as Exclude<FactKey, 'runtime'>];

const sameList = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

const CHECKERS: { [K in ClaimKind]: Checker<K> } = {
  hostCsrss(state, claim) {
    const csrss = named(hostProcesses(state), 'csrss');
    const sessions = [...new Set(csrss.map((p) => p.sessionId))].sort((a, b) => a - b);
    const wanted = claim.sessions ? [...claim.sessions].sort((a, b) => a - b) : null;
    return {
      holds: csrss.length === claim.hostCsrss && (wanted === null || sameList(sessions, wanted)),
      expected: WORDS.hostCsrss(claim.hostCsrss, wanted),
      actual: WORDS.hostCsrss(csrss.length, wanted ? sessions : null),
    };
  },
  hostShows(state, claim) {
    const { counts, holds } = countNames(hostProcesses(state), claim.hostShows, false);
    return { holds, expected: WORDS.hostShows(claim.hostShows), actual: WORDS.hostShows(counts) };
  },
  sees(state, claim) {
    const only = claim.only === true;
    const expected = WORDS.sees(claim.container, claim.sees, only);
    return withContainer(state, claim.container, expected, (c) => {
      if (c.state !== 'Running')
        return { holds: false, expected, actual: WORDS.notRunning(c.name) };
      const seen = processesSeenFrom(state, c.containerId);
      const { counts, holds } = countNames(seen, claim.sees, only);
      return { holds, expected, actual: WORDS.sees(c.name, counts, only) };
    });
  },
  onHost(state, claim) {
    const only = claim.only === true;
    const expected = WORDS.onHost(claim.container, claim.onHost, only);
    return withContainer(state, claim.container, expected, (c) => {
      const shown = hostProcessesOfContainer(state, c.containerId);
      const { counts, holds } = countNames(shown, claim.onHost, only);
      return { holds, expected, actual: WORDS.onHost(c.name, counts, only) };
    });
  },
  process(state, claim) {
    const expected = WORDS.process(claim.container, claim.process, claim);
    return withContainer(state, claim.container, expected, (c) => {
      const seen = named(processesSeenFrom(state, c.containerId), claim.process);
      if (seen.length === 0)
        return { holds: false, expected, actual: WORDS.noProcess(c.name, claim.process) };
      const holds = seen.every(
        (p) =>
          (claim.session === undefined || p.sessionId === claim.session) &&
          (claim.pid === undefined || p.pid === claim.pid),
      );
      const facts = {
        session: seen.map((p) => p.sessionId).join('/'),
        pid: seen.map((p) => p.pid).join('/'),
      };
      return { holds, expected, actual: WORDS.process(c.name, claim.process, facts) };
    });
  },
  samePid(state, claim) {
    const { container: name, process } = claim.samePid;
    const expected = WORDS.samePid(name, process);
    return withContainer(state, name, expected, (c) => {
      const inside = named(processesSeenFrom(state, c.containerId), process).map((p) => p.pid);
      const onHost = named(hostProcessesOfContainer(state, c.containerId), process).map(
        (p) => p.pid,
      );
      const holds = inside.length > 0 && inside.every((pid) => onHost.includes(pid));
      return { holds, expected, actual: WORDS.pidsInsideAndOnHost(inside, onHost) };
    });
  },
  vmwpFor(state, claim) {
    const expected = claim.running ? WORDS.vmwpRunning(claim.vmwpFor) : WORDS.noVmwp(claim.vmwpFor);
    return withContainer(state, claim.vmwpFor, expected, (c) => {
      const vmwp = vmwpOf(state, c.containerId);
      if (vmwp === undefined)
        return { holds: !claim.running, expected, actual: WORDS.noVmwp(c.name) };
      const asId = vmwp.userName === c.containerId.toUpperCase();
      return { holds: claim.running && asId, expected, actual: WORDS.vmwpAs(vmwp.userName) };
    });
  },
  entered(state, claim) {
    const inside = state.entered ? findContainerById(state, state.entered.containerId) : undefined;
    const want = claim.entered;
    return {
      holds:
        want === null ? inside === undefined : inside?.name.toLowerCase() === want.toLowerCase(),
      expected: want === null ? WORDS.onTheHost() : WORDS.enteredInto(want),
      actual: inside === undefined ? WORDS.onTheHost() : WORDS.enteredInto(inside.name),
    };
  },
  containers(state, claim) {
    const { containers: n, ...filter } = claim;
    const matching = state.containers.filter((c) =>
      Object.entries(filter).every(([key, value]) => factOf(c, key) === value),
    );
    const words = Object.values(filter).join(', ');
    return {
      holds: matching.length === n,
      expected: WORDS.containers(n, words),
      actual: WORDS.containers(matching.length, words),
    };
  },
  computeProcesses(state, claim) {
    const rows = computeProcesses(state).filter(
      (row) => claim.owner === undefined || row.owner === claim.owner,
    );
    const owner = claim.owner ?? null;
    return {
      holds: rows.length === claim.computeProcesses,
      expected: WORDS.computeProcesses(claim.computeProcesses, owner),
      actual: WORDS.computeProcesses(rows.length, owner),
    };
  },
  container(state, claim) {
    const { container: name, exists = true, ...facts } = claim;
    const c = findContainerByName(state, name);
    const wanted = Object.values(facts).join(', ');
    const expected = exists ? WORDS.container(name, wanted || 'exists') : WORDS.noContainer(name);
    if (c === undefined) return { holds: !exists, expected, actual: WORDS.noContainer(name) };
    const actualFacts = Object.keys(facts).map((key) => factOf(c, key));
    return {
      holds: exists && Object.entries(facts).every(([key, v]) => factOf(c, key) === v),
      expected,
      actual: WORDS.container(c.name, actualFacts.join(', ') || 'exists'),
    };
  },
  ...NETWORK_CHECKERS,
};

export function checkClaim(state: HostState, claim: Claim): ClaimResult {
  const kind = claimKind(claim) as ClaimKind;
  const check = CHECKERS[kind] as Checker<ClaimKind>;
  return { claim, ...check(state, claim) };
}

export function checkClaims(state: HostState, claims: readonly Claim[]): ClaimResult[] {
  return claims.map((claim) => checkClaim(state, claim));
}

/** The claim as written, on one line, for messages: `{"hostCsrss":4}`. */
export function claimText(claim: Claim): string {
  return JSON.stringify(claim);
}
