// Work in proportion to the change, counted (never timed): at 500 containers a selection
// move re-translates no container's text and measures only the names that fit; a change to
// one container changes no column plan's per-container work; a filter typed or a sort seen
// before picks from a sorted list instead of making and sorting every entry (issue 16).
import { describe, expect, it } from 'vitest';
import {
  createScaledState,
  processKey,
  runningContainers,
  startContainer,
  stopContainer,
  tick,
  enterSession,
  utilityVmKernelId,
  vmwpOf,
} from '../../src/sim/index.js';
import { kernelMapModel } from '../../src/ui/state/kernel-map.js';
import { plansReadFromProcesses } from '../../src/sim/draw-plan.js';
import { processesBuilt } from '../../src/sim/drift.js';
import { buildProcessList, type SortKey } from '../../src/ui/state/process-list.js';
import { compare, isolationRank } from '../../src/ui/state/process-order.js';
import { baseEntriesBuilt } from '../../src/ui/state/sorted-base.js';
import { planContainerColumns } from '../../src/ui/views/container-rows.js';
import { translator, type Translate } from '../../src/ui/text/i18n.js';
import { fitSummary, summaryParts, summaryText } from '../../src/ui/views/summary.js';

const en = translator('en');
function counting(): { t: Translate; calls: string[] } {
  const calls: string[] = [];
  return { calls, t: (key, params) => (calls.push(key), en(key, params)) };
}

describe('the summary at 500 containers', () => {
  const state = createScaledState({ seed: 3, hostProcesses: 2000, containers: 500 });
  const shared = runningContainers(state).filter((c) => c.runtimeType !== 'HyperV');

  it('translates each container once per model, not once per selection move', () => {
    const { t, calls } = counting();
    const first = summaryParts(state, shared[0]!.containerId, t);
    expect(calls.filter((k) => k === 'summary.from')).toHaveLength(shared.length);
    calls.length = 0;
    const moved = summaryParts(state, shared[200]!.containerId, t);
    expect(calls.filter((k) => k === 'summary.from')).toHaveLength(0);
    // The same texts, the moved-to container first, as a fresh build gives.
    expect(moved.from[0]!.text).toBe(`1 from ${shared[200]!.name}`);
    expect(summaryText(moved)).toBe(summaryText(summaryParts(state, shared[200]!.containerId, en)));
    expect(new Set(moved.from.map((f) => f.text))).toEqual(new Set(first.from.map((f) => f.text)));
  });

  it('fitting 120 cells asks for the tail of only the names that could fit', () => {
    const parts = summaryParts(state, shared[7]!.containerId, en);
    const { t, calls } = counting();
    fitSummary(parts, 120, t);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.length).toBeLessThan(20);
  });
});

describe('column widths at 500 containers', () => {
  const state = createScaledState({ seed: 4, hostProcesses: 2000, containers: 500 });
  const one = runningContainers(state).find((c) => c.runtimeType === 'HyperV')!;
  const stopped = stopContainer(state, one.containerId);
  if (!stopped.ok) throw new Error('stop failed');
  const restarted = startContainer(stopped.state, one.containerId);
  if (!restarted.ok) throw new Error('start failed');

  it('the Containers pane translates as many texts at 500 containers as at 2', () => {
    const big = counting();
    const small = counting();
    planContainerColumns(120, state, big.t);
    planContainerColumns(
      120,
      createScaledState({ seed: 4, hostProcesses: 200, containers: 2 }),
      small.t,
    );
    // Headings and the kernel texts' widest forms: never one per container.
    expect(big.calls.length).toBe(small.calls.length);
    expect(big.calls.length).toBeLessThan(20);
  });

  it('after a stop and a start the plan equals one made afresh (widths kept per container)', () => {
    const { t } = counting();
    const before = planContainerColumns(120, state, t);
    planContainerColumns(120, stopped.state, t);
    const after = planContainerColumns(120, restarted.state, t);
    expect(after).toEqual(planContainerColumns(120, restarted.state, counting().t));
    expect(before.name).toBe(after.name);
  });
});

describe('a process list at 3,000 host processes', () => {
  const state = createScaledState({ seed: 6, hostProcesses: 3000, containers: 60 });
  const processes = state.kernels.host!.processes;
  const name = (id: string) => state.containers.find((c) => c.containerId === id)?.name ?? null;
  const list = (filter: string, csrssOnly: boolean, sort: SortKey) =>
    buildProcessList(processes, [], new Map(), { filter, csrssOnly, sort }, name);
  /** The list as a plain filter-then-sort makes it: the oracle. */
  const naive = (filter: string, csrssOnly: boolean, sort: 'isolation' | 'id') =>
    processes
      // csrss-only keeps the vmwp rows too (issue 12).
      .filter((p) => !csrssOnly || ['csrss', 'vmwp'].includes(p.name.toLowerCase()))
      .filter(
        (p) =>
          p.name.toLowerCase().includes(filter) ||
          String(p.pid).startsWith(filter) ||
          (p.containerId !== null && (name(p.containerId) ?? '').toLowerCase().includes(filter)),
      )
      .map((p) => ({
        entry: { key: processKey(p), pid: p.pid },
        lower: p.name.toLowerCase(),
        rank: isolationRank(p.name),
      }))
      .sort(compare(sort) as never)
      .map((k) => k.entry.key);

  it('a filter, csrss-only or a sort seen before makes and sorts no entry again', () => {
    list('', false, 'isolation');
    const before = baseEntriesBuilt();
    for (const filter of ['s', 'sv', 'svc', 'c00', '1'])
      expect(list(filter, false, 'isolation').map((e) => e.key)).toEqual(
        naive(filter, false, 'isolation'),
      );
    expect(list('', true, 'isolation').map((e) => e.key)).toEqual(naive('', true, 'isolation'));
    expect(baseEntriesBuilt()).toBe(before);
    expect(list('w3', false, 'id').map((e) => e.key)).toEqual(naive('w3', false, 'id'));
    expect(baseEntriesBuilt()).toBe(before + processes.length);
    list('', false, 'id');
    expect(baseEntriesBuilt()).toBe(before + processes.length);
  });
});

describe('an action on a ticked host of 10,000 processes', () => {
  it('builds none of the processes the tick left unbuilt, nor does the summary line', () => {
    const state = tick(createScaledState({ seed: 6, hostProcesses: 10_000, containers: 40 }), 1);
    const shared = runningContainers(state).find((c) => c.runtimeType !== 'HyperV')!;
    const before = processesBuilt();
    const stopped = stopContainer(state, shared.containerId);
    if (!stopped.ok) throw new Error('stop failed');
    const started = startContainer(stopped.state, shared.containerId);
    if (!started.ok) throw new Error('start failed');
    const entered = enterSession(started.state, shared.containerId);
    if (!entered.ok) throw new Error('enter failed');
    summaryParts(entered.state, shared.containerId, en);
    planContainerColumns(120, entered.state, en);
    // Only what is reported or shown is built: the processes the stop reports gone, and the
    // summary's view from inside the container (its own processes, Idle and System).
    const built = processesBuilt() - before;
    expect(built).toBeGreaterThan(0);
    expect(built).toBeLessThan(50);
    // Reading the kernel builds it all: the count sees a whole build.
    void entered.state.kernels.host!.processes;
    expect(processesBuilt() - before).toBeGreaterThan(9_000);
  });
});

describe('a tick after actions on a ticked host of 10,000 processes', () => {
  it("carries the host's draw plan through the edits instead of reading every process", () => {
    const state = tick(createScaledState({ seed: 8, hostProcesses: 10_000, containers: 40 }), 1);
    const shared = runningContainers(state).find((c) => c.runtimeType !== 'HyperV')!;
    const stopped = stopContainer(state, shared.containerId);
    if (!stopped.ok) throw new Error('stop failed');
    const started = startContainer(stopped.state, shared.containerId);
    if (!started.ok) throw new Error('start failed');
    const before = plansReadFromProcesses();
    const ticked = tick(started.state, 1);
    // The host's 10,000 are carried; only kernels new since (none here) would be read.
    expect(plansReadFromProcesses() - before).toBe(0);
    // And the counters are the ones a plan read afresh gives: the same as ticking a copy
    // of the state whose arrays no edit made (a JSON round trip has no carried plans).
    const fresh = tick(JSON.parse(JSON.stringify(started.state)), 1);
    expect(plansReadFromProcesses() - before).toBeGreaterThan(0);
    expect(JSON.stringify(ticked)).toBe(JSON.stringify(fresh));
  });
});

describe('the kernel map on a ticked host of 10,000 processes and 200 containers', () => {
  it('builds no process: the vmwp and each utility VM csrss come from the rosters', () => {
    const state = tick(createScaledState({ seed: 7, hostProcesses: 10_000, containers: 200 }), 1);
    const hyperV = runningContainers(state).filter((c) => c.runtimeType === 'HyperV');
    expect(hyperV.length).toBeGreaterThan(20);
    const before = processesBuilt();
    const map = kernelMapModel(state, hyperV[0]!.containerId, { hostRows: 30, utilityVms: 4 });
    expect(processesBuilt() - before).toBe(0);
    // Who it names is who the built kernels hold (the test reads them after counting).
    const box = map.utilityVms.find((b) => b.containerId === hyperV[0]!.containerId)!;
    const uvm = state.kernels[utilityVmKernelId(hyperV[0]!.containerId)]!.processes;
    const csrss = uvm.find((p) => p.name === 'csrss')!;
    expect([box.csrssPid, box.sessionId]).toEqual([csrss.pid, csrss.sessionId]);
    expect(box.vmwpPid).toBe(vmwpOf(state, hyperV[0]!.containerId)!.pid);
    expect(map.counts.hyperV).toBe(hyperV.length);
  });
});
