import { describe, expect, it } from 'vitest';
import {
  bootHost,
  hostProcesses,
  HOST_KERNEL,
  sortProcessesForDisplay,
} from '../../src/sim/index.js';
import { checkInvariants } from './helpers.js';

const counters = (pid: number) => {
  const p = hostProcesses(bootHost(1)).find((x) => x.pid === pid)!;
  return [p.name, p.sessionId, p.handles, p.npmK, p.pmK, p.wsK, p.vmM, p.cpu];
};

describe('host at boot', () => {
  it.each([
    // The seed's first csrss table, verbatim (VM renders as ...98, ...94, ...17).
    [532, ['csrss', 0, 255, 12, 1820, 4000, 2101398, 0.53]],
    [608, ['csrss', 1, 116, 11, 1284, 3700, 2101394, 0.25]],
    [3484, ['csrss', 2, 246, 13, 1844, 5504, 2101417, 3.45]],
    [0, ['Idle', 0, 0, 0, 0, 0, 0, null]],
  ])('pid %i has the seed values', (pid, expected) => {
    expect(counters(pid)).toEqual(expected);
  });

  it.each([
    ['System', 4, 0],
    ['wininit', 696, 0],
    ['winlogon', 752, 1],
    ['winlogon', 3204, 2],
    ['vmms', 1876, 0],
    ['vmcompute', 876, 0],
  ])('%s has its fixed pid %i in session %i', (name, pid, session) => {
    const p = hostProcesses(bootHost(7)).find((x) => x.pid === pid);
    expect([p?.name, p?.sessionId]).toEqual([name, session]);
  });

  it('has exactly three csrss, in sessions 0, 1 and 2', () => {
    const csrss = hostProcesses(bootHost(1)).filter((p) => p.name === 'csrss');
    expect(csrss.map((p) => [p.pid, p.sessionId])).toEqual([
      [532, 0],
      [608, 1],
      [3484, 2],
    ]);
  });

  it.each([1, 2, 42, 0xffffffff])(
    'seed %i: PIDs are multiples of 4, unique, sorted; 40–60 processes',
    (seed) => {
      const state = bootHost(seed);
      const pids = hostProcesses(state).map((p) => p.pid);
      expect(pids.length).toBeGreaterThanOrEqual(40);
      expect(pids.length).toBeLessThanOrEqual(60);
      expect(new Set(pids).size).toBe(pids.length);
      expect(pids.every((pid) => pid % 4 === 0)).toBe(true);
      expect([...pids].sort((a, b) => a - b)).toEqual(pids);
      checkInvariants(state);
    },
  );

  it.each([1, 2, 3])(
    'seed %i: boot order shows in PIDs (smss before csrss 532, services and lsass after wininit 696)',
    (seed) => {
      const pid = (name: string) => hostProcesses(bootHost(seed)).find((p) => p.name === name)!.pid;
      expect(pid('smss')).toBeGreaterThanOrEqual(200);
      expect(pid('smss')).toBeLessThan(532);
      for (const name of ['services', 'lsass']) {
        expect(pid(name)).toBeGreaterThan(696);
        expect(pid(name)).toBeLessThan(876);
      }
      expect(
        Math.min(
          ...hostProcesses(bootHost(seed))
            .filter((p) => p.pid > 4)
            .map((p) => p.pid),
        ),
      ).toBeGreaterThanOrEqual(200);
    },
  );

  it('uses only sessions 0, 1 and 2, with the usual processes in each', () => {
    const ps = hostProcesses(bootHost(1));
    expect(new Set(ps.map((p) => p.sessionId))).toEqual(new Set([0, 1, 2]));
    const inSession = (name: string) => ps.filter((p) => p.name === name).map((p) => p.sessionId);
    expect(inSession('smss')).toEqual([0]);
    expect(inSession('services')).toEqual([0]);
    expect(inSession('lsass')).toEqual([0]);
    expect(inSession('docker')).toEqual([0]);
    expect(inSession('powershell')).toEqual([1]);
    expect(inSession('svchost').length).toBeGreaterThanOrEqual(6);
    expect(inSession('svchost').every((s) => s === 0)).toBe(true);
    expect(new Set(inSession('explorer'))).toEqual(new Set([1, 2]));
    expect(ps.filter((p) => p.name === 'vmwp')).toEqual([]);
  });

  it('gives every process but Idle and System an x64-sized VM and non-negative counters', () => {
    for (const p of hostProcesses(bootHost(1))) {
      if (p.pid > 4) expect(p.vmM).toBeGreaterThan(2_100_000);
      for (const n of [p.npmK, p.pmK, p.wsK, p.vmM, p.handles ?? 0, p.cpu ?? 0])
        expect(n).toBeGreaterThanOrEqual(0);
      expect(p.containerId).toBeNull();
      expect(p.kernelId).toBe(HOST_KERNEL);
    }
  });

  it('has the TP4 images and switches, no containers and an empty log', () => {
    const state = bootHost(1);
    expect(
      state.images.map((i) => [i.name, i.publisher, i.version, i.isOSImage, i.dockerImageId]),
    ).toEqual([
      ['NanoServer', 'CN=Microsoft', '10.0.10586.0', true, '8572198a60f1'],
      ['WindowsServerCore', 'CN=Microsoft', '10.0.10586.0', true, '6801d964fda5'],
    ]);
    expect(state.switches.map((s) => [s.name, s.type, s.subnet, s.gateway])).toEqual([
      ['Virtual Switch', 'External', '192.168.1.0/24', '192.168.1.1'],
      ['NAT', 'NAT', '172.16.0.0/12', '172.16.0.1'],
    ]);
    expect([state.containers, state.events, state.entered, state.now]).toEqual([[], [], null, 0]);
    expect(Object.keys(state.kernels)).toEqual([HOST_KERNEL]);
  });

  it('sorts for display by name case-insensitively, then pid (PowerShell order)', () => {
    const names = sortProcessesForDisplay(hostProcesses(bootHost(1))).map(
      (p) => `${p.name}:${p.pid}`,
    );
    const csrss = names.filter((n) => n.startsWith('csrss:'));
    expect(csrss).toEqual(['csrss:532', 'csrss:608', 'csrss:3484']);
    const lower = names.map((n) => n.split(':')[0]!.toLowerCase());
    expect([...lower].sort()).toEqual(lower);
    // Case-insensitive, not ordinal: an ordinal sort would put every 'S…' before 'services'.
    expect(lower.indexOf('shellexperiencehost')).toBeGreaterThan(lower.indexOf('services'));
    expect(lower.indexOf('system')).toBeGreaterThan(lower.indexOf('svchost'));
  });
});
