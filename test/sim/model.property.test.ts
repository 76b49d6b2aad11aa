// Random sequences of actions over a few containers; after every step the model must keep
// docs/spec.md §3's invariants, agree with a small oracle on which actions fail and why, and never
// let a surviving process's CPU go down.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bootHost,
  findContainerByName,
  hostProcesses,
  newContainer,
  startContainer,
  type HostState,
} from '../../src/sim/index.js';
import { checkInvariants } from './helpers.js';
import { apply, expectedError, step, type Step } from './property-steps.js';

const identity = (p: {
  kernelId: string;
  pid: number;
  name: string;
  startedAt: number;
  containerId: string | null;
}) => `${p.kernelId}|${p.pid}|${p.name}|${p.startedAt}|${p.containerId ?? ''}`;

function cpuByIdentity(state: HostState): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const k of Object.values(state.kernels))
    for (const p of k.processes) out.set(identity(p), p.cpu);
  return out;
}

function runSteps(seed: number, steps: readonly Step[]): void {
  let state = bootHost(seed);
  checkInvariants(state);
  for (const st of steps) {
    const before = state;
    const result = apply(state, st);
    const expected = expectedError(before, st);
    if ('ok' in result) {
      if (!result.ok) {
        if (result.error.code !== expected)
          throw new Error(`${JSON.stringify(st)}: got ${result.error.code}, expected ${expected}`);
        continue;
      }
      if (expected !== null)
        throw new Error(`${JSON.stringify(st)}: succeeded, expected ${expected}`);
      state = result.state;
      if (state !== before) {
        // One event per successful action that changed something (exit with no session
        // changes nothing).
        if (state.nextEventSeq !== before.nextEventSeq + 1)
          throw new Error(`${st.kind}: one event`);
      }
    } else {
      state = result;
      if (state.events !== before.events) throw new Error('tick appended an event');
      if (state.now <= before.now) throw new Error('tick moved the clock');
    }
    checkInvariants(state);
    if (st.kind === 'start') {
      const c = findContainerByName(state, st.slot)!;
      const gained = hostProcesses(state).length - hostProcesses(before).length;
      const own = hostProcesses(state).filter((p) => p.containerId === c.containerId).length;
      if (gained !== (c.runtimeType === 'HyperV' ? 1 : own))
        throw new Error(`start ${c.runtimeType}: host gained ${gained}`);
    }
    const cpuBefore = cpuByIdentity(before);
    for (const [key, cpu] of cpuByIdentity(state)) {
      const was = cpuBefore.get(key);
      if (was === undefined) continue;
      if ((was === null) !== (cpu === null) || (was !== null && cpu! < was))
        throw new Error(`CPU of ${key} went ${was} → ${cpu}`);
    }
  }
}

describe('model properties', () => {
  it('every random sequence of actions keeps the invariants (5000 runs)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.array(step, { minLength: 1, maxLength: 40 }),
        (seed, steps) => {
          runSteps(seed, steps);
        },
      ),
      { numRuns: 5000 },
    );
    // 5000 runs of up to 40 steps, each checked in full: seconds of CPU, more on a busy machine.
  }, 60_000);

  it('the property can fail: the checker catches a planted shared session', () => {
    let state = bootHost(1);
    for (const name of ['A', 'B']) {
      const r = newContainer(state, { name, image: 'NanoServer' });
      if (!r.ok) throw new Error('setup');
      const s = startContainer(r.state, r.value.containerId);
      if (!s.ok) throw new Error('setup');
      state = s.state;
    }
    const broken: HostState = {
      ...state,
      containers: state.containers.map((c) => ({ ...c, hostSessionId: 3 })),
    };
    expect(() => checkInvariants(broken)).toThrow(/session/);
  });

  describe('the network invariants can fail: the checker catches a planted breach', () => {
    /** Two running containers on NAT (172.16.0.2 and .3) and one stopped one. */
    function twoOnNat(): HostState {
      let state = bootHost(1);
      for (const name of ['A', 'B', 'OFF']) {
        const r = newContainer(state, { name, image: 'NanoServer', switchName: 'NAT' });
        if (!r.ok) throw new Error('setup');
        state = r.state;
        if (name === 'OFF') continue;
        const s = startContainer(state, r.value.containerId);
        if (!s.ok) throw new Error('setup');
        state = s.state;
      }
      checkInvariants(state);
      return state;
    }
    const withAddress = (state: HostState, name: string, ipv4Address: string): HostState => ({
      ...state,
      containers: state.containers.map((c) =>
        c.name === name
          ? { ...c, networkAdapters: c.networkAdapters.map((a) => ({ ...a, ipv4Address })) }
          : c,
      ),
    });

    it.each([
      ['a shared address', 'B', '172.16.0.2', /held by two running containers/],
      ['an address on a stopped container', 'OFF', '172.16.0.9', /Off has no address/],
      ['an address off its switch', 'B', '192.168.1.100', /on NAT's subnet/],
    ])('%s', (_name, who, address, message) => {
      expect(() => checkInvariants(withAddress(twoOnNat(), who, address))).toThrow(message);
    });
  });
});
