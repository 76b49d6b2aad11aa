// The container lookups share an index between a state and the states made from it by
// appending or replacing one container (container-index.ts). Whatever order states are
// made and asked in — including two different successors of one state — every lookup
// answers what a scan of that state's own array answers.
import { describe, expect, it } from 'vitest';
import {
  bootHost,
  findContainerById,
  findContainerByName,
  newContainer,
  startContainer,
  type HostState,
} from '../../src/sim/index.js';
import { unwrap } from './helpers.js';

const options = (name: string) => ({
  name,
  image: 'NanoServer',
  switchName: 'Virtual Switch',
  allowDuplicateName: true,
});

function expectScanAnswers(state: HostState, names: readonly string[]): void {
  for (const name of names) {
    const first = state.containers.find((c) => c.name.toLowerCase() === name.toLowerCase());
    expect(findContainerByName(state, name), name).toBe(first);
  }
  for (const c of state.containers) {
    const first = state.containers.find((d) => d.containerId === c.containerId);
    expect(findContainerById(state, c.containerId.toUpperCase())).toBe(first);
  }
}

describe('container lookups over shared indexes', () => {
  it('two successors of one state, each appending, answer for their own containers', () => {
    const base = unwrap(newContainer(bootHost(1), options('A'))).state;
    findContainerByName(base, 'A'); // the index exists before the branches
    const left = unwrap(newContainer(base, options('L'))).state;
    const right = unwrap(newContainer(base, options('R'))).state;
    const leftMore = unwrap(newContainer(left, options('R'))).state;
    const names = ['A', 'L', 'R', 'nobody'];
    for (const state of [base, left, right, leftMore, right, base]) expectScanAnswers(state, names);
    expect(findContainerByName(base, 'L')).toBeUndefined();
    expect(findContainerByName(right, 'L')).toBeUndefined();
    expect(findContainerByName(leftMore, 'r')?.name).toBe('R');
  });

  it('a shared name finds the first made; a replaced (started) container is found as it is now', () => {
    let state = unwrap(newContainer(bootHost(1), options('dup'))).state;
    findContainerByName(state, 'dup');
    state = unwrap(newContainer(state, options('DUP'))).state;
    const second = state.containers[1];
    if (second === undefined) throw new Error('two containers expected');
    const started = unwrap(startContainer(state, second.containerId)).state;
    expectScanAnswers(started, ['dup', 'x']);
    expect(findContainerById(started, second.containerId)?.state).toBe('Running');
    expect(findContainerById(state, second.containerId)?.state).toBe('Off');
    expect(findContainerByName(started, 'Dup')?.name).toBe('dup');
  });
});
