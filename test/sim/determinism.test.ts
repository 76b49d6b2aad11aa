import { describe, expect, it } from 'vitest';
import {
  createSim,
  createStartingState,
  csrssSummary,
  DEFAULT_SEED,
  EVENT_LOG_LIMIT,
  findContainerByName,
  processesSeenFrom,
  type Sim,
} from '../../src/sim/index.js';
import { checkInvariants } from './helpers.js';
import { labInsideDemo } from '../support/lab.js';

function script(sim: Sim): void {
  const a = sim.actions.newContainer({
    name: 'WINCONT',
    image: 'WindowsServerCore',
    switchName: 'Virtual Switch',
  });
  const h = sim.actions.newContainer({
    name: 'HYPVCON',
    image: 'NanoServer',
    runtimeType: 'HyperV',
  });
  if (!a.ok || !h.ok) throw new Error('setup');
  sim.actions.startContainer(a.value.containerId);
  sim.actions.tick(3);
  sim.actions.startContainer(h.value.containerId);
  sim.actions.enterSession(h.value.containerId);
  sim.actions.tick();
  sim.actions.stopContainer(a.value.containerId);
}

describe('determinism', () => {
  it('same seed and actions give deep-equal states', () => {
    const one = createSim({ seed: 9 });
    const two = createSim({ seed: 9 });
    script(one);
    script(two);
    expect(one.getState()).toEqual(two.getState());
  });

  it('a different seed gives different GUIDs and PIDs', () => {
    const one = createSim({ seed: 1 });
    const two = createSim({ seed: 2 });
    script(one);
    script(two);
    const ids = (s: Sim) => s.getState().containers.map((c) => c.containerId);
    expect(ids(one)).not.toEqual(ids(two));
    const pids = (s: Sim) => s.getState().kernels.host!.processes.map((p) => p.pid);
    expect(pids(one)).not.toEqual(pids(two));
  });

  it('the default seed is 1 and the default start is the bare host', () => {
    expect(DEFAULT_SEED).toBe(1);
    expect(createSim().getState()).toEqual(createStartingState('host', 1));
  });
});

describe('createSim store', () => {
  it('commits each successful action with exactly one setState, and none for a failure or a no-op', () => {
    const sim = createSim({ seed: 3 });
    let changes = 0;
    sim.store.subscribe(() => changes++);
    const c = sim.actions.newContainer({ name: 'A', image: 'NanoServer' });
    expect(changes).toBe(1);
    if (!c.ok) throw new Error('setup');
    expect(c).toEqual({ ok: true, value: c.value });
    sim.actions.startContainer(c.value.containerId);
    expect(changes).toBe(2);
    const again = sim.actions.startContainer(c.value.containerId);
    expect(again.ok ? 'ok' : again.error.code).toBe('AlreadyRunning');
    expect(changes).toBe(2);
    expect(sim.actions.exitSession()).toEqual({ ok: true, value: null });
    expect(changes).toBe(2);
    sim.actions.tick(2);
    expect(changes).toBe(3);
    sim.actions.tick(0);
    expect(changes).toBe(3);
    expect(sim.getState()).toBe(sim.store.getState());
    expect(sim.getState().events.map((e) => e.action)).toEqual(['newContainer', 'startContainer']);
  });

  it('keeps the newest EVENT_LOG_LIMIT events with monotonic seq', () => {
    const sim = createSim({ seed: 4 });
    const c = sim.actions.newContainer({ name: 'A', image: 'NanoServer' });
    if (!c.ok) throw new Error('setup');
    const n = EVENT_LOG_LIMIT + 101;
    for (let i = 0; i < n; i++)
      sim.actions.setRuntimeType(c.value.containerId, i % 2 === 0 ? 'HyperV' : 'Default');
    const { events, nextEventSeq } = sim.getState();
    expect(events).toHaveLength(EVENT_LOG_LIMIT);
    expect(events.at(-1)!.seq).toBe(n + 1);
    expect(events[0]!.seq).toBe(n + 2 - EVENT_LOG_LIMIT);
    expect(nextEventSeq).toBe(n + 2);
    checkInvariants(sim.getState());
  });
});

describe('starting states', () => {
  it('host: the seed host, three csrss, no containers', () => {
    const s = createSim({ start: 'host' }).getState();
    expect(csrssSummary(s).host.map((p) => p.pid)).toEqual([532, 608, 3484]);
    expect(s.containers).toEqual([]);
  });

  it('lab: DEMO running Default with its session entered, WINCONT Off; built by real actions', () => {
    const s = labInsideDemo().getState();
    expect(
      s.containers.map((c) => [c.name, c.image, c.runtimeType, c.state, c.switchName]),
    ).toEqual([
      ['DEMO', 'NanoServer', 'Default', 'Running', 'NAT'],
      ['WINCONT', 'WindowsServerCore', 'Default', 'Off', 'Virtual Switch'],
    ]);
    const demo = findContainerByName(s, 'demo')!;
    expect(s.entered?.containerId).toBe(demo.containerId);
    expect(demo.hostSessionId).toBe(3);
    expect(s.events.map((e) => e.action)).toEqual([
      'newContainer',
      'newContainer',
      'startContainer',
      'enterSession',
    ]);
    const summary = csrssSummary(s);
    expect([
      summary.host.length,
      summary.hostFromContainers.length,
      summary.inside?.csrss[0]?.pid,
    ]).toEqual([4, 1, summary.hostFromContainers[0]?.pid]);
    expect(processesSeenFrom(s, demo.containerId).some((p) => p.pid === s.entered!.pid)).toBe(true);
    checkInvariants(s);
  });

  it('lab with another seed differs only in random parts', () => {
    const a = createStartingState('lab', 1);
    const b = createStartingState('lab', 2);
    expect(a.containers.map((c) => c.name)).toEqual(b.containers.map((c) => c.name));
    expect(a.containers[0]!.containerId).not.toBe(b.containers[0]!.containerId);
  });
});
