// The lab must hold 500 containers and 10,000 host processes without breaking a rule
// (timings live in bench/, not in tests).
import { describe, expect, it } from 'vitest';
import {
  bootHost,
  hostProcesses,
  newContainer,
  startContainer,
  stopContainer,
  tick,
  type HostState,
} from '../../src/sim/index.js';
import { checkInvariants, unwrap } from './helpers.js';

describe('at scale', () => {
  it('500+ running containers, ~10,000 host processes: PIDs stay unique, sessions distinct', () => {
    let state: HostState = bootHost(11);
    const ids: string[] = [];
    for (let i = 0; i < 560; i++) {
      const runtimeType = i % 10 === 0 ? 'HyperV' : 'Default';
      const created = unwrap(
        newContainer(state, { name: `C${i}`, image: 'NanoServer', runtimeType }),
      );
      state = unwrap(startContainer(created.state, created.value.containerId)).state;
      ids.push(created.value.containerId);
    }
    expect(hostProcesses(state).length).toBeGreaterThan(9_500);
    checkInvariants(state);
    // Churn: stop and restart a third of them, then tick; sessions are reused, PIDs never collide.
    for (let i = 0; i < ids.length; i += 3) state = unwrap(stopContainer(state, ids[i]!)).state;
    for (let i = 0; i < ids.length; i += 3) state = unwrap(startContainer(state, ids[i]!)).state;
    state = tick(state, 2);
    checkInvariants(state);
    const sessions = state.containers.flatMap((c) =>
      c.hostSessionId === null ? [] : [c.hostSessionId],
    );
    expect(Math.max(...sessions)).toBe(3 + sessions.length - 1);
  });
});
