// A tick builds a kernel's processes only when they are read (src/sim/deferred-kernel.ts,
// drift.ts). It must give exactly what drawing every counter on every tick gives
// (eager-tick.ts): for random actions, ticks and reads in any order, every kernel's
// processes, counters included, and the generator's state, equal the eager tick's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bootHost,
  createSim,
  findProcess,
  kernelRoster,
  tick,
  tickEach,
  type HostState,
  type Kernel,
} from '../../src/sim/index.js';
import { eagerTick } from './eager-tick.js';
import { apply, step, type Step } from './property-steps.js';

type Move =
  | Step
  | { kind: 'read'; index: number }
  | { kind: 'find'; index: number }
  | { kind: 'tickEach'; count: number };

const move: fc.Arbitrary<Move> = fc.oneof(
  { weight: 4, arbitrary: step },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('tick' as const), count: fc.nat(3) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('read' as const), index: fc.nat(50) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('find' as const), index: fc.nat(500) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('tickEach' as const),
      count: fc.integer({ min: 1, max: 6 }),
    }),
  },
);

/** `count` eager ticks of one each: what tickEach must equal. */
function eagerTicksOfOne(state: HostState, count: number): HostState {
  let next = state;
  for (let i = 0; i < count; i++) next = eagerTick(next, 1);
  return next;
}

const stateOf = (result: ReturnType<typeof apply>, before: HostState): HostState =>
  'ok' in result ? (result.ok ? result.state : before) : result;

const kernelAt = (state: HostState, index: number): Kernel | undefined => {
  const all = Object.values(state.kernels);
  return all[index % all.length];
};

function expectSameKernel(lazy: Kernel | undefined, eager: Kernel | undefined): void {
  expect(lazy && Object.keys(lazy)).toEqual(eager && Object.keys(eager));
  expect(lazy && kernelRoster(lazy).map((p) => p.pid)).toEqual(eager?.processes.map((p) => p.pid));
  expect(lazy?.processes).toEqual(eager?.processes);
}

/** One process looked up by pid: built alone, the same as the eager one. */
function expectSameProcess(lazy: HostState, eager: HostState, index: number): void {
  const kernel = kernelAt(eager, index);
  if (kernel === undefined || kernel.processes.length === 0) return;
  const pid = kernel.processes[index % kernel.processes.length]!.pid;
  expect(findProcess(lazy, kernel.id, pid)).toEqual(findProcess(eager, kernel.id, pid));
}

function expectSameHost(lazy: HostState, eager: HostState): void {
  expect(lazy.rng).toBe(eager.rng);
  expect(Object.keys(lazy.kernels)).toEqual(Object.keys(eager.kernels));
  for (const id of Object.keys(eager.kernels))
    expectSameKernel(lazy.kernels[id], eager.kernels[id]);
  expect(JSON.stringify(lazy)).toBe(JSON.stringify(eager));
}

function runMoves(seed: number, moves: readonly Move[]): void {
  let lazy = bootHost(seed);
  let eager = lazy;
  for (const m of moves) {
    if (m.kind === 'read') {
      expectSameKernel(kernelAt(lazy, m.index), kernelAt(eager, m.index));
      continue;
    }
    if (m.kind === 'find') {
      expectSameProcess(lazy, eager, m.index);
      continue;
    }
    const [nextLazy, nextEager] =
      m.kind === 'tick'
        ? [tick(lazy, m.count), eagerTick(eager, m.count)]
        : m.kind === 'tickEach'
          ? [tickEach(lazy, m.count), eagerTicksOfOne(eager, m.count)]
          : [stateOf(apply(lazy, m), lazy), stateOf(apply(eager, m), eager)];
    lazy = nextLazy;
    eager = nextEager;
    expect(lazy.rng).toBe(eager.rng);
  }
  expectSameHost(lazy, eager);
}

describe('the deferred tick', () => {
  it('equals drawing every counter on every tick, whatever is read when (500 runs)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(move, { maxLength: 40 }), (seed, moves) =>
        runMoves(seed, moves),
      ),
      { numRuns: 500 },
    );
  });

  it('equals it on a big host over many unread ticks, then read once', () => {
    const sim = createSim({ seed: 11, scale: { hostProcesses: 3000, containers: 40 } });
    let eager = sim.getState();
    for (let i = 0; i < 25; i++) {
      sim.actions.tick(1 + (i % 3));
      eager = eagerTick(eager, 1 + (i % 3));
    }
    expectSameHost(sim.getState(), eager);
  });

  it('tickEach(n) equals n ticks of one on a big host, read after edits and ticks', () => {
    const sim = createSim({ seed: 5, scale: { hostProcesses: 3000, containers: 40 } });
    let eager = sim.getState();
    for (const n of [1, 4, 9, 2]) {
      sim.actions.tickEach(n);
      eager = eagerTicksOfOne(eager, n);
      sim.actions.tick(1);
      eager = eagerTick(eager, 1);
    }
    const lazy = sim.getState();
    expect(lazy.now).toBe(eager.now);
    expect(lazy.ticks).toBe(eager.ticks);
    expectSameHost(lazy, eager);
  });

  it('tickEach(n) is not tick(n): n draws for each CPU, not one scaled by n', () => {
    const start = bootHost(3);
    expect(JSON.stringify(tickEach(start, 3))).not.toBe(JSON.stringify(tick(start, 3)));
    expect(tickEach(start, 3).rng).toBe(tick(tick(tick(start, 1), 1), 1).rng);
  });

  it('builds a kernel once, however often it is read; a process found first is kept', () => {
    const state = tick(bootHost(1), 2);
    const host = state.kernels.host!;
    const roster = kernelRoster(host);
    const found = findProcess(state, 'host', roster[5]!.pid);
    expect(findProcess(state, 'host', roster[5]!.pid)).toBe(found);
    expect(host.processes).toBe(host.processes);
    expect(host.processes[5]).toBe(found);
    expect(findProcess(state, 'host', roster[6]!.pid)).toBe(host.processes[6]);
    expect(roster).not.toBe(host.processes);
  });
});
