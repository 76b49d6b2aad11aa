// docs/spec.md §3 rules 1–9, one describe per rule.
import { describe, expect, it } from 'vitest';
import {
  bootHost,
  computeProcesses,
  csrssSummary,
  enterSession,
  exitSession,
  findDockerContainer,
  hostProcesses,
  newContainer,
  processesSeenFrom,
  removeContainer,
  resolveImage,
  setRuntimeType,
  startContainer,
  stopContainer,
  tick,
  TICK_MS,
  utilityVmKernelId,
  type HostState,
  type NewContainerOptions,
} from '../../src/sim/index.js';
import { checkInvariants, hostWith, unwrap } from './helpers.js';

const csrssOnHost = (s: HostState) => hostProcesses(s).filter((p) => p.name === 'csrss');

describe('rule 1: New-Container creates a container Off, starting no process', () => {
  it.each<[string, NewContainerOptions, string, string]>([
    ['NanoServer', { name: 'DEMO', image: 'NanoServer' }, 'NanoServer', 'Default'],
    [
      'lower-case image name',
      { name: 'DEMO', image: 'nanoserver', switchName: 'NAT' },
      'NanoServer',
      'Default',
    ],
    [
      'Server Core',
      { name: 'WINCONT', image: 'WindowsServerCore', switchName: 'Virtual Switch' },
      'WindowsServerCore',
      'Default',
    ],
    [
      'HyperV on Nano',
      { name: 'HYPVCON', image: 'NanoServer', runtimeType: 'HyperV' },
      'NanoServer',
      'HyperV',
    ],
  ])('%s', (_, options, image, runtime) => {
    const before = bootHost(1);
    const { value, state } = unwrap(newContainer(before, options));
    expect([value.name, value.image, value.runtimeType, value.state, value.owner]).toEqual([
      options.name,
      image,
      runtime,
      'Off',
      'VMMS',
    ]);
    expect(value.containerId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(state.kernels).toEqual(before.kernels);
    expect(state.events.map((e) => [e.action, e.appeared.length, e.vanished.length])).toEqual([
      ['newContainer', 0, 0],
    ]);
  });

  it('stores the switch under its real name', () => {
    expect(
      hostWith({ name: 'A', image: 'NanoServer', switchName: 'virtual switch' }).container
        .switchName,
    ).toBe('Virtual Switch');
  });
});

describe('rule 2: starting a Default container spawns host processes in the next free session', () => {
  it('adds a fourth host csrss, in session 3, and the usual user-mode system', () => {
    const { state, container } = hostWith({ name: 'WINCONT', image: 'WindowsServerCore' }, true);
    expect(container.hostSessionId).toBe(3);
    expect(
      csrssOnHost(state)
        .map((p) => p.sessionId)
        .sort(),
    ).toEqual([0, 1, 2, 3]);
    const own = hostProcesses(state).filter((p) => p.containerId === container.containerId);
    const names = own.map((p) => p.name);
    for (const n of [
      'csrss',
      'wininit',
      'services',
      'lsass',
      'CExecSvc',
      'msdtc',
      'sppsvc',
      'SppExtComObj',
      'WmiPrvSE',
      'smss',
    ]) {
      expect(
        names.filter((x) => x === n),
        n,
      ).toHaveLength(1);
    }
    expect(names.filter((x) => x === 'svchost').length).toBeGreaterThanOrEqual(6);
    expect(own.filter((p) => p.sessionId !== 3).map((p) => [p.name, p.sessionId])).toEqual([
      ['smss', 0],
    ]);
    const start = state.events.at(-1)!;
    expect(start.appeared.map((r) => r.pid).sort()).toEqual(own.map((p) => p.pid).sort());
    checkInvariants(state);
  });

  it.each([
    ['two containers take 3 and 4', ['start A', 'start B'], { A: 3, B: 4 }],
    [
      'a freed session is reused (lowest free)',
      ['start A', 'start B', 'stop A', 'start C'],
      { A: null, B: 4, C: 3 },
    ],
    ['a Hyper-V container takes no host session', ['start H', 'start A'], { H: null, A: 3 }],
  ])('%s', (_, steps, expected) => {
    let state = bootHost(3);
    const ids: Record<string, string> = {};
    for (const n of ['A', 'B', 'C', 'H']) {
      const r = unwrap(
        newContainer(state, {
          name: n,
          image: 'NanoServer',
          runtimeType: n === 'H' ? 'HyperV' : 'Default',
        }),
      );
      state = r.state;
      ids[n] = r.value.containerId;
    }
    for (const step of steps) {
      const [verb, n] = step.split(' ') as [string, string];
      state = unwrap((verb === 'start' ? startContainer : stopContainer)(state, ids[n]!)).state;
      checkInvariants(state);
    }
    for (const [n, session] of Object.entries(expected)) {
      expect(state.containers.find((c) => c.name === n)!.hostSessionId, n).toBe(session);
    }
  });
});

describe('rule 3: inside a Default container: its own processes plus the host Idle and System', () => {
  it('sees exactly one csrss, the same process (same PID) the host lists', () => {
    const { state, container } = hostWith({ name: 'WINCONT', image: 'WindowsServerCore' }, true);
    const inside = processesSeenFrom(state, container.containerId);
    const insideCsrss = inside.filter((p) => p.name === 'csrss');
    expect(insideCsrss).toHaveLength(1);
    expect(insideCsrss[0]).toBe(csrssOnHost(state).find((p) => p.sessionId === 3));
    expect(inside.slice(0, 2).map((p) => [p.name, p.pid])).toEqual([
      ['Idle', 0],
      ['System', 4],
    ]);
    const host = hostProcesses(state);
    for (const p of inside) expect(host).toContain(p);
    expect(inside.slice(2).every((p) => p.containerId === container.containerId)).toBe(true);
    const summary = csrssSummary(state, container.containerId);
    expect([
      summary.host.length,
      summary.hostFromContainers.length,
      summary.inside?.csrss.length,
      summary.inside?.sharedWithHost,
    ]).toEqual([4, 1, 1, true]);
  });

  it('sees nothing of another container', () => {
    const { state: withA, container: a } = hostWith({ name: 'A', image: 'NanoServer' }, true);
    const b = unwrap(newContainer(withA, { name: 'B', image: 'NanoServer' }));
    const state = unwrap(startContainer(b.state, b.value.containerId)).state;
    const seenByA = processesSeenFrom(state, a.containerId);
    expect(seenByA.some((p) => p.containerId === b.value.containerId)).toBe(false);
    expect(seenByA.filter((p) => p.name === 'csrss')).toHaveLength(1);
  });
});

describe('rule 4: a Hyper-V container boots a utility VM; the host gains one vmwp only', () => {
  it('leaves host csrss unchanged, adds one vmwp named for the container, csrss 956 SI 1 inside', () => {
    const before = bootHost(1);
    const created = unwrap(
      newContainer(before, {
        name: 'HYPVCON',
        image: 'NanoServer',
        switchName: 'Virtual Switch',
        runtimeType: 'HyperV',
      }),
    );
    const { state, value: c } = unwrap(startContainer(created.state, created.value.containerId));
    const added = hostProcesses(state).filter(
      (p) => !hostProcesses(before).some((q) => q.pid === p.pid),
    );
    expect(added.map((p) => [p.name, p.sessionId, p.userName, p.containerId])).toEqual([
      ['vmwp', 0, c.containerId.toUpperCase(), c.containerId],
    ]);
    expect(csrssOnHost(state)).toEqual(csrssOnHost(before));
    const inside = processesSeenFrom(state, c.containerId);
    expect(inside).toBe(state.kernels[utilityVmKernelId(c.containerId)]!.processes);
    const csrss = inside.filter((p) => p.name === 'csrss');
    expect(
      csrss.map((p) => [p.pid, p.sessionId, p.handles, p.npmK, p.pmK, p.wsK, p.vmM, p.cpu]),
    ).toEqual([[956, 1, null, 4, 452, 1520, 2101363, 0.06]]);
    const names = inside.map((p) => p.name);
    for (const n of [
      'Idle',
      'System',
      'smss',
      'wininit',
      'services',
      'lsass',
      'svchost',
      'CExecSvc',
    ])
      expect(names).toContain(n);
    expect(inside.slice(0, 2).map((p) => p.pid)).toEqual([0, 4]);
    expect(inside.every((p) => p.handles === null)).toBe(true);
    expect(inside.some((p) => p.kernelId === 'host')).toBe(false);
    expect(csrssSummary(state, c.containerId).inside?.sharedWithHost).toBe(false);
    checkInvariants(state);
  });

  it('two Hyper-V containers both have csrss 956: PIDs are unique per kernel only', () => {
    let state = bootHost(5);
    const ids: string[] = [];
    for (const name of ['TST', 'TST2']) {
      const c = unwrap(newContainer(state, { name, image: 'NanoServer', runtimeType: 'HyperV' }));
      state = unwrap(startContainer(c.state, c.value.containerId)).state;
      ids.push(c.value.containerId);
    }
    const csrss = ids.map((id) => processesSeenFrom(state, id).find((p) => p.name === 'csrss')!);
    expect(csrss.map((p) => p.pid)).toEqual([956, 956]);
    expect(csrss[0]!.kernelId).not.toBe(csrss[1]!.kernelId);
    expect(
      hostProcesses(state)
        .filter((p) => p.name === 'vmwp')
        .map((p) => p.userName)
        .sort(),
    ).toEqual(ids.map((id) => id.toUpperCase()).sort());
    checkInvariants(state);
  });
});

describe('rule 5: stopping removes processes and ends the session; removing requires Off', () => {
  it.each(['Default', 'HyperV'] as const)(
    '%s: stop returns the host to its boot list, entered session ends',
    (runtimeType) => {
      const boot = bootHost(1);
      const c = unwrap(newContainer(boot, { name: 'X', image: 'NanoServer', runtimeType }));
      const started = unwrap(startContainer(c.state, c.value.containerId));
      const entered = unwrap(enterSession(started.state, c.value.containerId));
      const stopped = unwrap(stopContainer(entered.state, c.value.containerId));
      expect(hostProcesses(stopped.state)).toEqual(hostProcesses(boot));
      expect(Object.keys(stopped.state.kernels)).toEqual(['host']);
      expect(stopped.state.entered).toBeNull();
      expect([stopped.value.state, stopped.value.hostSessionId, stopped.value.startedAt]).toEqual([
        'Off',
        null,
        null,
      ]);
      const event = stopped.state.events.at(-1)!;
      expect(event.action).toBe('stopContainer');
      // Everything it had, including the entered powershell, is reported as vanished.
      const had = Object.values(entered.state.kernels)
        .flatMap((k) => k.processes)
        .filter((p) => p.containerId === c.value.containerId);
      expect(event.vanished.length).toBe(had.length);
      checkInvariants(stopped.state);
    },
  );

  it('stopping another container keeps the entered session', () => {
    const { state: withA, container: a } = hostWith({ name: 'A', image: 'NanoServer' }, true);
    const b = unwrap(newContainer(withA, { name: 'B', image: 'NanoServer' }));
    let state = unwrap(startContainer(b.state, b.value.containerId)).state;
    state = unwrap(enterSession(state, a.containerId)).state;
    state = unwrap(stopContainer(state, b.value.containerId)).state;
    expect(state.entered?.containerId).toBe(a.containerId);
  });

  it('removes an Off container, refuses a running one', () => {
    const { state, container } = hostWith({ name: 'A', image: 'NanoServer' }, true);
    const refused = removeContainer(state, container.containerId);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('RemoveRequiresOff');
    const off = unwrap(stopContainer(state, container.containerId)).state;
    const removed = unwrap(removeContainer(off, container.containerId)).state;
    expect(removed.containers).toEqual([]);
  });
});

describe('rule 6: Set-Container -RuntimeType converts Nano Server containers while Off', () => {
  it('Default → HyperV: the next start boots a utility VM; back to Default spawns on the host', () => {
    const { state, container } = hostWith({ name: 'DEMO', image: 'nanoserver', switchName: 'NAT' });
    const converted = unwrap(setRuntimeType(state, container.containerId, 'HyperV'));
    expect(converted.value.runtimeType).toBe('HyperV');
    const asHyperV = unwrap(startContainer(converted.state, container.containerId)).state;
    expect(asHyperV.kernels[utilityVmKernelId(container.containerId)]).toBeDefined();
    expect(csrssOnHost(asHyperV)).toHaveLength(3);
    const off = unwrap(stopContainer(asHyperV, container.containerId)).state;
    const back = unwrap(setRuntimeType(off, container.containerId, 'Default')).state;
    const asDefault = unwrap(startContainer(back, container.containerId)).state;
    expect(csrssOnHost(asDefault)).toHaveLength(4);
    expect(asDefault.kernels[utilityVmKernelId(container.containerId)]).toBeUndefined();
  });

  it.each([
    ['WindowsServerCore', false, 'ConversionRequiresNano'],
    ['WindowsServerCore', true, 'ConversionRequiresNano'],
    ['NanoServer', true, 'ConversionRequiresOff'],
  ])('%s (running: %s) → %s', (image, running, code) => {
    const { state, container } = hostWith({ name: 'C', image }, running);
    const r = setRuntimeType(state, container.containerId, 'HyperV');
    expect(r.ok ? 'ok' : r.error.code).toBe(code);
  });
});

describe('rule 7: Enter-PSSession starts powershell inside (on the host only for Default)', () => {
  it.each([
    ['Default', 'host', true],
    ['HyperV', 'uvm', false],
  ] as const)('%s: powershell in %s kernel, visible on host: %s', (runtimeType, kernel, onHost) => {
    const { state, container } = hostWith({ name: 'X', image: 'NanoServer', runtimeType }, true);
    const { value: session, state: inside } = unwrap(enterSession(state, container.containerId));
    expect(session.kernelId).toBe(
      kernel === 'host' ? 'host' : utilityVmKernelId(container.containerId),
    );
    const ps = processesSeenFrom(inside, container.containerId).find(
      (p) => p.pid === session.pid && p.name === 'powershell',
    );
    expect(ps?.sessionId).toBe(runtimeType === 'Default' ? container.hostSessionId : 1);
    const hostPs = hostProcesses(inside).filter((p) => p.name === 'powershell');
    expect(hostPs.length).toBe(onHost ? 2 : 1);
    expect(inside.events.at(-1)!.appeared.map((r) => r.pid)).toEqual([session.pid]);
    const out = unwrap(exitSession(inside));
    expect(out.state.entered).toBeNull();
    expect(processesSeenFrom(out.state, container.containerId)).toEqual(
      processesSeenFrom(state, container.containerId),
    );
    expect(out.state.events.at(-1)!.vanished.map((r) => r.pid)).toEqual([session.pid]);
  });

  it('entering another container first leaves the current one', () => {
    const { state: withA, container: a } = hostWith({ name: 'A', image: 'NanoServer' }, true);
    const b = unwrap(
      newContainer(withA, { name: 'B', image: 'NanoServer', runtimeType: 'HyperV' }),
    );
    const state = unwrap(startContainer(b.state, b.value.containerId)).state;
    const inA = unwrap(enterSession(state, a.containerId));
    const inB = unwrap(enterSession(inA.state, b.value.containerId));
    expect(inB.state.entered?.containerId).toBe(b.value.containerId);
    expect(processesSeenFrom(inB.state, a.containerId).some((p) => p.name === 'powershell')).toBe(
      false,
    );
    expect(inB.state.events.at(-1)!.vanished.map((r) => r.pid)).toEqual([inA.value.pid]);
    checkInvariants(inB.state);
  });

  it('exit without a session changes nothing', () => {
    const state = bootHost(1);
    expect(unwrap(exitSession(state)).state).toBe(state);
  });
});

describe('rule 8: docker-made containers', () => {
  const dockerRun = (
    state: HostState,
    isolation: 'process' | 'hyperv',
    image = '646d6317b02f',
    command: string | null = 'cmd',
  ) =>
    unwrap(
      newContainer(state, {
        name: '',
        image,
        runtimeType: isolation === 'hyperv' ? 'HyperV' : 'Default',
        owner: 'docker',
        docker: { isolation, image, command },
      }),
    );

  it('carry docker fields and a generated name; Get-ComputeProcess lists both owners while running', () => {
    const ps = unwrap(newContainer(bootHost(1), { name: 'DEMO1', image: 'NanoServer' }));
    const d = dockerRun(ps.state, 'hyperv');
    expect(d.value.owner).toBe('docker');
    expect(d.value.dockerId).toMatch(/^[0-9a-f]{64}$/);
    expect(d.value.name).toMatch(/^[a-z]+_[a-z]+$/);
    expect([
      d.value.dockerIsolation,
      d.value.dockerImage,
      d.value.dockerCommand,
      d.value.image,
    ]).toEqual(['hyperv', '646d6317b02f', 'cmd', 'NanoServer']);
    expect(computeProcesses(d.state)).toEqual([]);
    let state = unwrap(startContainer(d.state, d.value.containerId)).state;
    state = unwrap(startContainer(state, ps.value.containerId)).state;
    const rows = computeProcesses(state).map((r) => [r.id, r.name, r.owner, r.type]);
    expect(rows).toHaveLength(2);
    expect(rows).toContainEqual([ps.value.containerId.toUpperCase(), 'DEMO1', 'VMMS', 'Container']);
    expect(rows).toContainEqual([d.value.dockerId, d.value.dockerId, 'docker', 'Container']);
    expect(findDockerContainer(state, d.value.dockerId!.slice(0, 12))).toEqual(state.containers[1]);
    expect(findDockerContainer(state, 'DEMO1')).toBeUndefined();
  });

  it.each([
    ['process', 'cmd', 'host'],
    ['hyperv', 'cmd', 'uvm'],
    ['process', 'C:\\Windows\\System32\\PING.EXE localhost', 'host'],
  ] as const)('--isolation=%s runs its command (%s) inside', (isolation, command, where) => {
    const d = dockerRun(bootHost(1), isolation, 'nanoserver', command);
    const state = unwrap(startContainer(d.state, d.value.containerId)).state;
    const name = command === 'cmd' ? 'cmd' : 'PING';
    const p = processesSeenFrom(state, d.value.containerId).find((x) => x.name === name);
    expect(p?.kernelId).toBe(where === 'host' ? 'host' : utilityVmKernelId(d.value.containerId));
  });

  it.each([
    ['646d6317b02f', 'docker', 'NanoServer'],
    ['nanoserver:latest', 'docker', 'NanoServer'],
    ['microsoft/windowsservercore:10.0.10586.0', 'docker', 'WindowsServerCore'],
    ['6801d964fda5', 'docker', 'WindowsServerCore'],
    ['nanoserver:1.0', 'docker', undefined],
    ['646d6317b02f', 'VMMS', undefined],
    ['NANOSERVER', 'VMMS', 'NanoServer'],
  ] as const)('image reference %s (%s) → %s', (ref, owner, expected) => {
    expect(resolveImage(bootHost(1), ref, owner)?.name).toBe(expected);
  });
});

describe('rule 9: counters drift on the clock tick; CPU only grows; PID and SI never change', () => {
  const lab = () => {
    const { state: withA, container } = hostWith({ name: 'A', image: 'NanoServer' }, true);
    const h = unwrap(
      newContainer(withA, { name: 'H', image: 'NanoServer', runtimeType: 'HyperV' }),
    );
    return { state: unwrap(startContainer(h.state, h.value.containerId)).state, a: container };
  };
  const all = (s: HostState) => Object.values(s.kernels).flatMap((k) => k.processes);

  it.each([1, 5, 3600])(
    'tick(%i) moves the clock and keeps identity, CPU monotone, counters plausible',
    (n) => {
      const { state } = lab();
      const after = tick(state, n);
      expect([after.now - state.now, after.ticks - state.ticks]).toEqual([n * TICK_MS, n]);
      expect(after.events).toBe(state.events);
      const before = all(state);
      const now = all(after);
      expect(now.map((p) => [p.kernelId, p.pid, p.sessionId, p.name])).toEqual(
        before.map((p) => [p.kernelId, p.pid, p.sessionId, p.name]),
      );
      now.forEach((p, i) => {
        const b = before[i]!;
        if (b.cpu === null) expect(p.cpu).toBeNull();
        else expect(p.cpu!).toBeGreaterThanOrEqual(b.cpu);
        expect(p.handles === null).toBe(b.handles === null);
        const base = b.drift!;
        if (base.handles !== null)
          expect(Math.abs(p.handles! - base.handles)).toBeLessThanOrEqual(
            Math.ceil(base.handles * 0.03) + 1,
          );
        expect(Math.abs(p.pmK - base.pmK)).toBeLessThanOrEqual(Math.ceil(base.pmK * 0.05) + 1);
        expect(Math.abs(p.wsK - base.wsK)).toBeLessThanOrEqual(Math.ceil(base.wsK * 0.01) + 1);
        expect(Math.abs(p.npmK - base.npmK)).toBeLessThanOrEqual(1);
        expect(p.vmM - base.vmM).toBeGreaterThanOrEqual(0);
        expect(p.vmM - base.vmM).toBeLessThanOrEqual(1);
        for (const v of [p.npmK, p.pmK, p.wsK, p.vmM]) expect(v).toBeGreaterThanOrEqual(0);
      });
    },
  );

  it('actually drifts: handles and CPU change over ten ticks; Idle stays zero with no CPU', () => {
    const { state } = lab();
    const after = tick(state, 10);
    const csrss = (s: HostState) => hostProcesses(s).find((p) => p.pid === 3484)!;
    expect(csrss(after).cpu!).toBeGreaterThan(csrss(state).cpu!);
    const changed = hostProcesses(after).filter(
      (p, i) => p.handles !== hostProcesses(state)[i]!.handles,
    );
    expect(changed.length).toBeGreaterThan(10);
    expect(hostProcesses(after)[0]).toMatchObject({
      name: 'Idle',
      handles: 0,
      npmK: 0,
      pmK: 0,
      wsK: 0,
      vmM: 0,
      cpu: null,
    });
  });

  it('a ticked process is a plain SimProcess: the same fields in the same order, nothing else', () => {
    const { state } = lab();
    const after = tick(state, 1);
    const before = all(state);
    all(after).forEach((p, i) => {
      expect(Object.keys(p)).toEqual(Object.keys(before[i]!));
      expect({ ...p }).toEqual(p);
      expect(JSON.parse(JSON.stringify(p))).toEqual(JSON.parse(JSON.stringify({ ...p })));
    });
    // State built from a ticked one compares equal to the same state built again.
    expect(tick(lab().state, 3)).toEqual(tick(lab().state, 3));
  });

  it.each([0, -1, 0.5, Number.NaN])('tick(%s) is a no-op', (n) => {
    const { state } = lab();
    expect(tick(state, n)).toBe(state);
  });

  it('Uptime source: startedAt is the start time and the clock runs on', () => {
    const { state, a } = lab();
    const later = tick(state, 131);
    expect(later.now - a.startedAt!).toBe(131_000);
  });
});
