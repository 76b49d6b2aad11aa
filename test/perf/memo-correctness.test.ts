// The render path's caches (src/sim/process-set.ts, process-list.ts, queries.ts, the panes'
// memos) key on who runs where instead of on the state, so that a tick at 10,000
// processes rebuilds nothing. What they give must still be what a fresh computation on
// the current state gives: the rows, their order, and above all the counters on screen.
import { describe, expect, it } from 'vitest';
import {
  createSim,
  csrssRoster,
  csrssSummary,
  findContainerByName,
  hostShapeOf,
  hostProcessesOfContainer,
  processesSeenFrom,
  processSetOf,
  type HostState,
  type SimProcess,
} from '../../src/sim/index.js';
import { initialHighlights } from '../../src/ui/state/highlights.js';
import {
  buildProcessList,
  liveEntry,
  paneList,
  type ListQuery,
  type SortKey,
} from '../../src/ui/state/process-list.js';
import { renderDashboard } from '../ui/harness.js';
import { run } from '../ui/fixtures.js';

const hostOf = (state: HostState) => state.kernels.host?.processes ?? [];
const query = (sort: SortKey): ListQuery => ({ filter: '', csrssOnly: false, sort });

describe('process sets', () => {
  it('a tick keeps the process set; starting or stopping a container changes it', () => {
    const sim = createSim({ seed: 3, scale: { hostProcesses: 400, containers: 6 } });
    const array = hostOf(sim.getState());
    const before = processSetOf(array);
    sim.actions.tick(3);
    expect(hostOf(sim.getState())).not.toBe(array);
    expect(processSetOf(hostOf(sim.getState()))).toBe(before);
    run(sim, 'Stop-Container -Name C0001');
    expect(processSetOf(hostOf(sim.getState()))).not.toBe(before);
  });

  it('a tick keeps the host shape; any other change, a stop or a start, makes a new one', () => {
    const sim = createSim({ seed: 3, scale: { hostProcesses: 400, containers: 6 } });
    const first = sim.getState();
    sim.actions.tick(2);
    sim.actions.tick(1);
    expect(sim.getState()).not.toBe(first);
    expect(hostShapeOf(sim.getState())).toBe(hostShapeOf(first));
    run(sim, 'Stop-Container -Name C0001');
    const stopped = sim.getState();
    expect(hostShapeOf(stopped)).not.toBe(hostShapeOf(first));
    sim.actions.tick(1);
    expect(hostShapeOf(sim.getState())).toBe(hostShapeOf(stopped));
    run(sim, 'Start-Container -Name C0001');
    expect(hostShapeOf(sim.getState())).not.toBe(hostShapeOf(stopped));
  });

  it("the views keyed on it give the current state's processes, counters included", () => {
    const sim = createSim({ seed: 3, scale: { hostProcesses: 400, containers: 6 } });
    const c1 = findContainerByName(sim.getState(), 'C0001')!;
    // Warm the caches, then let the counters move.
    hostProcessesOfContainer(sim.getState(), c1.containerId);
    csrssSummary(sim.getState(), c1.containerId);
    sim.actions.tick(1);
    const state = sim.getState();
    const fresh = (p: SimProcess) => hostOf(state).find((q) => q.pid === p.pid);
    for (const p of hostProcessesOfContainer(state, c1.containerId)) expect(p).toBe(fresh(p));
    for (const p of processesSeenFrom(state, c1.containerId)) expect(p).toBe(fresh(p));
    const summary = csrssSummary(state, c1.containerId);
    expect(summary.host).toEqual(hostOf(state).filter((p) => p.name === 'csrss'));
    for (const p of summary.host) expect(p).toBe(fresh(p));
  });

  it('csrssRoster names the csrss csrssSummary builds: the same pids, sessions and owners', () => {
    const sim = createSim({ seed: 3, scale: { hostProcesses: 400, containers: 6 } });
    const c1 = findContainerByName(sim.getState(), 'C0001')!;
    sim.actions.tick(2);
    const state = sim.getState();
    const who = (ps: readonly SimProcess[]) => ps.map((p) => [p.pid, p.sessionId, p.containerId]);
    const roster = csrssRoster(state, c1.containerId);
    const summary = csrssSummary(state, c1.containerId);
    expect(roster.host.length).toBeGreaterThan(3);
    expect(who(roster.host)).toEqual(who(summary.host));
    expect(who(roster.hostFromContainers)).toEqual(who(summary.hostFromContainers));
    expect(roster.inside).toEqual(summary.inside);
  });
});

describe('pane lists across ticks', () => {
  it.each<SortKey>(['isolation', 'name', 'id', 'session', 'cpu', 'memory'])(
    'sorted by %s: the same rows and order as a list built afresh, with live counters',
    (sort) => {
      const sim = createSim({ seed: 5, scale: { hostProcesses: 600, containers: 9 } });
      const highlights = initialHighlights(sim.getState());
      const input = () => ({
        host: sim.getState(),
        highlights,
        query: query(sort),
        containerId: null,
      });
      paneList('host', input());
      for (let i = 0; i < 4; i++) {
        sim.actions.tick(1);
        const state = sim.getState();
        const listed = paneList('host', input()).map((e) => liveEntry(state, e));
        const fresh = buildProcessList(hostOf(state), [], new Map(), query(sort), () => null);
        expect(listed.map((e) => e.key)).toEqual(fresh.map((e) => e.key));
        expect(listed.map((e) => [e.process?.cpu, e.process?.wsK])).toEqual(
          fresh.map((e) => [e.process?.cpu, e.process?.wsK]),
        );
      }
    },
  );
});

describe('the dashboard after ticks', () => {
  it('shows each visible row with the counters of the current state', async () => {
    // 160 columns: the Session pane (80) shows CPU(s) beside WS(K) and its full tags.
    const h = renderDashboard({ columns: 160, rows: 40 });
    for (let i = 0; i < 3; i++) h.store.getState().actions.tick();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const state = h.sim.getState();
    const demo = findContainerByName(state, 'DEMO')!;
    // The Session pane (the left half) lists DEMO's processes with CPU(s) and WS(K):
    // every row on screen carries the counters of this state, not of one before the ticks.
    const seen = processesSeenFrom(state, demo.containerId);
    const row = /^[│┃][▶ ][+ −](\S+) +(\d+) +(\d+) +(?:([\d.]+) +)?(\d+) {2}/;
    const rows = h
      .lines()
      .map((l) => row.exec(l.slice(0, 80)))
      .filter((m) => m !== null);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.filter((r) => r[4] !== undefined).length).toBeGreaterThan(5);
    for (const [, name, pid, , cpu, ws] of rows) {
      const process = seen.find((p) => p.pid === Number(pid));
      expect(process?.name).toBe(name);
      expect(cpu ?? null).toBe(process?.cpu?.toFixed(2) ?? null);
      expect(Number(ws)).toBe(process?.wsK);
    }
    h.unmount();
  });
});
