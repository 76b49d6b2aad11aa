// The read side the shell and the dashboard use.
import { describe, expect, it } from 'vitest';
import {
  bootHost,
  computeProcesses,
  containerOfProcess,
  containerUptimeMs,
  createStartingState,
  enterSession,
  eventsAfter,
  findContainerById,
  findContainerByName,
  findProcess,
  hostProcessCounts,
  hostProcessRole,
  hostProcesses,
  hostSessions,
  newContainer,
  processesSeenFrom,
  processKey,
  recentProcessChanges,
  runningContainers,
  startContainer,
  stopContainer,
  tick,
  vmwpOf,
  type HostState,
} from '../../src/sim/index.js';
import { unwrap } from './helpers.js';

/** lab + a running Hyper-V container HYPVCON. */
function labWithHyperV(): { state: HostState; demo: string; hyperv: string } {
  // DEMO's session entered, as the lab started before issue 12.
  const start = createStartingState('lab', 1);
  const lab = unwrap(enterSession(start, findContainerByName(start, 'DEMO')!.containerId)).state;
  const h = unwrap(
    newContainer(lab, { name: 'HYPVCON', image: 'NanoServer', runtimeType: 'HyperV' }),
  );
  const state = unwrap(startContainer(h.state, h.value.containerId)).state;
  return {
    state,
    demo: findContainerByName(state, 'DEMO')!.containerId,
    hyperv: h.value.containerId,
  };
}

describe('lookups', () => {
  it.each([
    ['DEMO', 'DEMO'],
    ['demo', 'DEMO'],
    ['WinCont', 'WINCONT'],
    ['NOPE', undefined],
  ])('findContainerByName(%s) → %s', (name, found) => {
    expect(findContainerByName(createStartingState('lab', 1), name)?.name).toBe(found);
  });

  it('findContainerById takes lower or upper case, not a name', () => {
    const { state, hyperv } = labWithHyperV();
    expect(findContainerById(state, hyperv.toUpperCase())?.name).toBe('HYPVCON');
    expect(findContainerById(state, hyperv)?.name).toBe('HYPVCON');
    expect(findContainerById(state, 'HYPVCON')).toBeUndefined();
  });

  it('maps processes to containers, vmwp to its Hyper-V container', () => {
    const { state, demo, hyperv } = labWithHyperV();
    const vmwp = vmwpOf(state, hyperv)!;
    expect(vmwp.userName).toBe(hyperv.toUpperCase());
    expect(containerOfProcess(state, vmwp)?.name).toBe('HYPVCON');
    expect(findProcess(state, 'host', vmwp.pid)).toBe(vmwp);
    expect(findProcess(state, 'host', 2)).toBeUndefined();
    expect(vmwpOf(state, demo)).toBeUndefined();
    expect(
      containerOfProcess(
        state,
        hostProcesses(state).find((p) => p.pid === 532)!,
      ),
    ).toBeUndefined();
    expect(runningContainers(state).map((c) => c.name)).toEqual(['DEMO', 'HYPVCON']);
  });

  it('an Off or unknown container sees nothing', () => {
    const lab = createStartingState('lab', 1);
    expect(processesSeenFrom(lab, findContainerByName(lab, 'WINCONT')!.containerId)).toEqual([]);
    expect(processesSeenFrom(lab, 'nope')).toEqual([]);
  });
});

describe('dashboard views', () => {
  it('hostSessions: 0–2 for the host, one per running Default container', () => {
    const { state } = labWithHyperV();
    expect(
      hostSessions(state).map((s) => [s.sessionId, s.kind, s.container?.name ?? null]),
    ).toEqual([
      [0, 'services', null],
      [1, 'console', null],
      [2, 'rdp', null],
      [3, 'container', 'DEMO'],
    ]);
  });

  it('hostProcessRole tags shared-kernel rows and vmwp rows', () => {
    const { state, demo, hyperv } = labWithHyperV();
    const roles = hostProcesses(state).map((p) => {
      const r = hostProcessRole(state, p);
      return r.kind === 'host' ? 'host' : `${r.kind}:${r.container.name}`;
    });
    const demoOnHost = hostProcesses(state).filter((p) => p.containerId === demo).length;
    expect(roles.filter((r) => r === 'container:DEMO')).toHaveLength(demoOnHost);
    expect(roles.filter((r) => r === 'vmwp:HYPVCON')).toHaveLength(1);
    expect(roles.filter((r) => r.includes('HYPVCON'))).toHaveLength(1);
    expect(hostProcessCounts(state)).toEqual({
      total: hostProcesses(state).length,
      own: hostProcesses(bootHost(1)).length,
      forContainers: demoOnHost + 1,
    });
    expect(hyperv).toBeTruthy();
  });

  it('computeProcesses: running containers only, ordered by container id', () => {
    let state = bootHost(2);
    for (const name of ['TST3', 'TST', 'TST2', 'IDLE']) {
      const c = unwrap(newContainer(state, { name, image: 'NanoServer', runtimeType: 'HyperV' }));
      state =
        name === 'IDLE' ? c.state : unwrap(startContainer(c.state, c.value.containerId)).state;
    }
    const rows = computeProcesses(state);
    expect(rows.map((r) => r.name).sort()).toEqual(['TST', 'TST2', 'TST3']);
    expect(rows.map((r) => r.id)).toEqual(
      rows.map((r) => r.container.containerId.toUpperCase()).sort(),
    );
    expect(rows.every((r) => r.owner === 'VMMS' && r.type === 'Container')).toBe(true);
  });

  it('uptime counts from the start, 0 while Off', () => {
    const { state, demo } = labWithHyperV();
    const later = tick(state, 131);
    expect(containerUptimeMs(later, findContainerById(later, demo)!)).toBe(131_000);
    const off = unwrap(stopContainer(later, demo)).state;
    expect(containerUptimeMs(off, findContainerById(off, demo)!)).toBe(0);
  });

  it('recent changes: what appeared and vanished since a time, for highlighting', () => {
    const { state, demo, hyperv } = labWithHyperV();
    const t = tick(state, 5);
    const entered = unwrap(enterSession(t, hyperv)).state;
    const changes = recentProcessChanges(entered, t.now);
    // Entering HYPVCON left DEMO's session: DEMO's powershell vanished, one appeared in the VM.
    expect(changes.vanished.map((r) => [r.name, r.containerId])).toEqual([['powershell', demo]]);
    expect([...changes.appeared]).toEqual([
      processKey({ kernelId: entered.entered!.kernelId, pid: entered.entered!.pid }),
    ]);
    const lastSeen = state.events.at(-1)!.seq;
    expect(eventsAfter(entered, lastSeen).map((e) => e.action)).toEqual(['enterSession']);
    expect(eventsAfter(entered, entered.nextEventSeq)).toEqual([]);
  });
});
