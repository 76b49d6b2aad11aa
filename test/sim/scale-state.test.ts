import { describe, expect, it } from 'vitest';
import {
  createScaledState,
  createSim,
  hostProcesses,
  runningContainers,
} from '../../src/sim/index.js';
import { checkInvariants } from './helpers.js';

describe('scaled starting states', () => {
  it.each([
    [1000, 50],
    [3000, 120],
  ])('%i host processes and %i running containers, every rule kept', (processes, containers) => {
    const state = createScaledState({ seed: 3, hostProcesses: processes, containers });
    expect(hostProcesses(state)).toHaveLength(processes);
    expect(runningContainers(state)).toHaveLength(containers);
    const hyperV = state.containers.filter((c) => c.runtimeType === 'HyperV').length;
    expect(hyperV).toBe(Math.floor(containers / 3));
    // One vmwp per Hyper-V container, none of their processes on the host.
    expect(hostProcesses(state).filter((p) => p.name === 'vmwp')).toHaveLength(hyperV);
    checkInvariants(state);
  });

  it('keeps what containers bring when asked for fewer host processes than they make', () => {
    const state = createScaledState({ seed: 1, hostProcesses: 10, containers: 3 });
    expect(hostProcesses(state).length).toBeGreaterThan(10);
    checkInvariants(state);
  });

  it('is the stress scenario and the --processes/--containers option of createSim', () => {
    expect(hostProcesses(createSim({ start: 'stress' }).getState())).toHaveLength(2000);
    const sim = createSim({ seed: 2, scale: { hostProcesses: 500, containers: 10 } });
    expect(hostProcesses(sim.getState())).toHaveLength(500);
    expect(
      createSim({ seed: 2, scale: { hostProcesses: 500, containers: 10 } }).getState(),
    ).toEqual(sim.getState());
  });
});
