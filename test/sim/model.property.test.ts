// Random sequences of actions over a few containers; after every step the model must keep
// docs/spec.md §3's invariants, agree with a small oracle on which actions fail and why, and never
// let a surviving process's CPU go down.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bootHost,
  enterSession,
  exitSession,
  findContainerByName,
  hostProcesses,
  newContainer,
  removeContainer,
  setRuntimeType,
  startContainer,
  stopContainer,
  tick,
  type HostState,
  type RuntimeType,
  type SimErrorCode,
  type SimResult,
} from '../../src/sim/index.js';
import { checkInvariants } from './helpers.js';

// Three names keep collisions (and so every error path) frequent.
const SLOTS = ['C0', 'C1', 'C2'] as const;
type Slot = (typeof SLOTS)[number];

type Step =
  | { kind: 'new'; slot: Slot; image: string; runtime: RuntimeType; docker: boolean }
  | { kind: 'start' | 'stop' | 'remove' | 'enter'; slot: Slot }
  | { kind: 'set'; slot: Slot; runtime: RuntimeType }
  | { kind: 'exit' }
  | { kind: 'tick'; count: number };

const slot = fc.constantFrom(...SLOTS);
const runtime = fc.constantFrom<RuntimeType>('Default', 'HyperV');
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('new' as const),
      slot,
      image: fc.constantFrom('NanoServer', 'nanoserver', 'WindowsServerCore'),
      runtime,
      docker: fc.boolean(),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('start' as const), slot }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('stop' as const), slot }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), slot }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('set' as const), slot, runtime }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('enter' as const), slot }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('exit' as const) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('tick' as const),
      count: fc.integer({ min: 1, max: 30 }),
    }),
  },
);

/** An id for a slot: the container's, or a well-formed id nobody has. */
function idOf(state: HostState, s: Slot): string {
  return (
    findContainerByName(state, s)?.containerId ?? `00000000-0000-4000-8000-00000000000${s.slice(1)}`
  );
}

/** What must happen, decided from the state alone (the rules, not the implementation). */
function expectedError(state: HostState, st: Step): SimErrorCode | null {
  if (st.kind === 'exit' || st.kind === 'tick') return null;
  const c = findContainerByName(state, st.slot);
  if (st.kind === 'new') {
    if (c) return 'ContainerNameInUse';
    return st.runtime === 'HyperV' && st.image === 'WindowsServerCore'
      ? 'HyperVRequiresNano'
      : null;
  }
  if (!c) return 'ContainerNotFound';
  switch (st.kind) {
    case 'start':
      return c.state === 'Running' ? 'AlreadyRunning' : null;
    case 'stop':
    case 'enter':
      return c.state === 'Running' ? null : 'NotRunning';
    case 'remove':
      return c.state === 'Running' ? 'RemoveRequiresOff' : null;
    case 'set':
      return c.image !== 'NanoServer'
        ? 'ConversionRequiresNano'
        : c.state === 'Running'
          ? 'ConversionRequiresOff'
          : null;
  }
}

function apply(state: HostState, st: Step): SimResult<unknown> | HostState {
  switch (st.kind) {
    case 'new':
      return newContainer(state, {
        name: st.slot,
        image: st.image,
        runtimeType: st.runtime,
        ...(st.docker
          ? {
              owner: 'docker' as const,
              docker: {
                isolation: st.runtime === 'HyperV' ? 'hyperv' : 'process',
                image: st.image,
                command: 'cmd',
              },
            }
          : {}),
      });
    case 'start':
      return startContainer(state, idOf(state, st.slot));
    case 'stop':
      return stopContainer(state, idOf(state, st.slot));
    case 'remove':
      return removeContainer(state, idOf(state, st.slot));
    case 'set':
      return setRuntimeType(state, idOf(state, st.slot), st.runtime);
    case 'enter':
      return enterSession(state, idOf(state, st.slot));
    case 'exit':
      return exitSession(state);
    case 'tick':
      return tick(state, st.count);
  }
}

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
  });

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
});
