// Which container a demo step talks about (src/demo/follow.ts).
import { describe, expect, it } from 'vitest';
import { claimContainer, containerInLine } from '../../src/demo/index.js';
import type { Claim } from '../../src/demo/claims/index.js';
import { createSim } from '../../src/sim/index.js';

describe('claimContainer', () => {
  it.each([
    [[{ hostCsrss: 3 }, { container: 'HYPVCON', runtime: 'HyperV' }], 'HYPVCON'],
    [[{ samePid: { container: 'WINCONT', process: 'csrss' } }], 'WINCONT'],
    [[{ vmwpFor: 'HYPVCON', running: true }], 'HYPVCON'],
    [[{ entered: 'DEMO' }], 'DEMO'],
    [[{ entered: null }, { hostCsrss: 2 }], null],
  ])('%j → %s', (claims, expected) => {
    expect(claimContainer(claims as Claim[])).toBe(expected);
  });
});

describe('containerInLine', () => {
  const state = createSim({ start: 'lab' }).getState();
  it('finds a container named as a whole word, quoted or not, in any case', () => {
    expect(containerInLine('Enter-PSSession -ContainerName demo -RunAsAdministrator', state)).toBe(
      'DEMO',
    );
    expect(containerInLine("Start-Container -Name 'DEMO'", state)).toBe('DEMO');
  });
  it('ignores a name inside a longer word, and containers that do not exist', () => {
    expect(containerInLine('Get-Container DEMOS', state)).toBeNull();
    expect(containerInLine('Start-Container -Name NOPE', state)).toBeNull();
  });
});
