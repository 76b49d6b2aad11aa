// The claims vocabulary: each kind holds and fails against real model states, bad claims
// are refused naming the field, every built-in narration's claims hold at three seeds, and
// the player reports a narration's claims to its target.
import { describe, expect, it } from 'vitest';
import {
  builtinScenarios,
  compileTimeline,
  Player,
  validateScenario,
  type DemoTarget,
} from '../../src/demo/index.js';
import { checkClaim, claimProblem, type Claim } from '../../src/demo/claims/index.js';
import { checkScenario } from '../../src/demo/claims/check-scenario.js';
import type { ClaimReport } from '../../src/demo/claims/report.js';
import { Shell } from '../../src/shell/index.js';
import { createSim, FakeClock, hostProcesses, type HostState } from '../../src/sim/index.js';

export const SEEDS = [1, 7, 4242];

/** Host with a running Default WINCONT (entered, then left) and a running Hyper-V HYPVCON. */
function twoKinds(seed: number): HostState {
  const sim = createSim({ seed, start: 'host' });
  const shell = new Shell({ sim });
  for (const line of [
    '$w = New-Container -Name WINCONT -ContainerImageName WindowsServerCore -SwitchName NAT',
    '$h = New-Container -Name HYPVCON -ContainerImageName NanoServer -SwitchName NAT -RuntimeType HyperV',
    'Start-Container $w',
    'Start-Container $h',
    'Enter-PSSession -ContainerId $h.ContainerId -RunAsAdministrator',
  ])
    expect(shell.execute(line).hadError).toBe(false);
  return sim.getState();
}

const holds = (state: HostState, claim: Claim) => checkClaim(state, claim).holds;

describe('claims against the model', () => {
  const state = twoKinds(3);

  it.each<[Claim, Claim]>([
    [{ hostCsrss: 4, sessions: [0, 1, 2, 3] }, { hostCsrss: 3 }],
    [{ hostShows: { vmwp: 1, csrss: 4 } }, { hostShows: { vmwp: 2 } }],
    [
      { container: 'WINCONT', sees: { csrss: 1 } },
      { container: 'WINCONT', sees: { vmwp: 1 } },
    ],
    [
      { container: 'HYPVCON', onHost: { vmwp: 1 }, only: true },
      { container: 'WINCONT', onHost: { csrss: 1 }, only: true },
    ],
    [
      { container: 'HYPVCON', process: 'csrss', session: 1, pid: 956 },
      { container: 'WINCONT', process: 'csrss', session: 1 },
    ],
    [
      { samePid: { container: 'WINCONT', process: 'csrss' } },
      { samePid: { container: 'HYPVCON', process: 'csrss' } },
    ],
    [
      { vmwpFor: 'HYPVCON', running: true },
      { vmwpFor: 'WINCONT', running: true },
    ],
    [
      { vmwpFor: 'WINCONT', running: false },
      { vmwpFor: 'HYPVCON', running: false },
    ],
    [{ entered: 'hypvcon' }, { entered: null }],
    [
      { containers: 1, runtime: 'HyperV', state: 'Running' },
      { containers: 2, owner: 'docker' },
    ],
    [{ computeProcesses: 2 }, { computeProcesses: 1, owner: 'docker' }],
    [
      { container: 'HYPVCON', runtime: 'HyperV', image: 'NanoServer', owner: 'VMMS' },
      { container: 'WINCONT', state: 'Off' },
    ],
    [
      { container: 'GONE', exists: false },
      { container: 'GONE', runtime: 'Default' },
    ],
    // The network (docs/fidelity-notes.md N1–N11): both containers run on NAT.
    [
      { switch: 'NAT', type: 'NAT', subnet: '172.16.0.0/12' },
      { switch: 'Virtual Switch', type: 'NAT' },
    ],
    [
      { addressOn: 'NAT', container: 'WINCONT', address: '172.16.0.2' },
      { addressOn: 'Virtual Switch', container: 'WINCONT' },
    ],
    [
      { addressOn: 'NAT', container: 'HYPVCON', address: '172.16.0.3' },
      { addressOn: null, container: 'HYPVCON' },
    ],
    [
      { nicIn: 'host', container: 'WINCONT' },
      { nicIn: 'host', container: 'HYPVCON' },
    ],
    [
      { nicIn: 'utilityVm', container: 'HYPVCON' },
      { nicIn: 'utilityVm', container: 'WINCONT' },
    ],
    [{ hostNics: 1 }, { hostNics: 2 }],
    [
      { hostPort: 80, container: null },
      { hostPort: 80, container: 'WINCONT' },
    ],
  ])('%j holds; %j does not', (good, bad) => {
    expect(holds(state, good)).toBe(true);
    expect(holds(state, bad)).toBe(false);
  });

  it('says what was expected and what is so, in English and Korean', () => {
    const result = checkClaim(state, { hostCsrss: 5 });
    expect(result.expected).toEqual({ en: 'the host shows 5 csrss', ko: '호스트에 csrss 5개' });
    const real = hostProcesses(state).filter((p) => p.name === 'csrss').length;
    expect(result.actual.en).toBe(`the host shows ${real} csrss`);
    expect(checkClaim(state, { container: 'NOPE', sees: { csrss: 1 } }).actual.en).toBe(
      'no container named NOPE',
    );
    const pids = checkClaim(state, { samePid: { container: 'HYPVCON', process: 'csrss' } });
    expect(pids.actual.en).toBe('PIDs inside: 956; on the host: —');
  });

  it('a stopped container holds no address and has no NIC anywhere; -p names the holder', () => {
    const sim = createSim({ seed: 1, start: 'host' });
    const shell = new Shell({ sim });
    shell.execute('New-Container -Name OFF -ContainerImageName NanoServer -SwitchName NAT');
    shell.execute('docker run -it -p 8080:80 --name web nanoserver cmd');
    const state = sim.getState();
    expect(holds(state, { addressOn: null, container: 'OFF' })).toBe(true);
    const nic = checkClaim(state, { nicIn: 'host', container: 'OFF' });
    expect([nic.holds, nic.actual.en]).toEqual([false, 'OFF is not running: nothing runs inside']);
    expect(holds(state, { hostPort: 8080, container: 'web' })).toBe(true);
    expect(holds(state, { hostPort: 80, container: null })).toBe(true);
    const address = checkClaim(state, { addressOn: 'NAT', container: 'OFF' });
    expect(address.expected).toEqual({
      en: "OFF holds an address on NAT's subnet",
      ko: 'OFF가 NAT 서브넷의 주소를 가짐',
    });
    expect(address.actual.en).toBe('OFF holds no address');
    expect(checkClaim(state, { addressOn: 'NAT', container: 'web' }).actual.en).toBe(
      'web holds 172.16.0.2 (NAT)',
    );
  });

  it('a stopped container sees nothing, and the claim says so', () => {
    const sim = createSim({ seed: 1, start: 'host' });
    new Shell({ sim }).execute('New-Container -Name OFF -ContainerImageName NanoServer');
    const result = checkClaim(sim.getState(), { container: 'OFF', sees: { csrss: 0 } });
    expect(result.holds).toBe(false);
    expect(result.actual.en).toMatch(/OFF is not running/);
  });
});

describe('claim syntax', () => {
  it.each([
    [{ hostCsrss: -1 }, ['hostCsrss'], /expected number to be >=0|Too small/i],
    [{ container: 'X', sees: {} }, ['sees'], /one to twenty/],
    [{ container: 'X' }, [], /say something about the container/],
    [{ csrss: 4 }, [], /a claim needs one of hostCsrss/],
    [{ vmwpFor: 'X', running: true, extra: 1 }, [], /unknown field "extra" in a vmwpFor claim/],
    [{ nicIn: 'vm', container: 'X' }, ['nicIn'], /host|utilityVm/],
    [{ addressOn: 'NAT', container: 'X', address: '1.2' }, ['address'], /an IPv4 address/],
    ['hostCsrss', [], /expected a claim object/],
  ])('%j is refused at %j', (value, path, message) => {
    const problem = claimProblem(value);
    expect(problem?.path).toEqual(path);
    expect(problem?.message).toMatch(message);
  });

  it('a scenario with a bad claim is refused naming the step, the claim and the field', () => {
    const raw = {
      name: 'x',
      title: { en: 'x', ko: 'x' },
      description: { en: 'x', ko: 'x' },
      start: 'host',
      steps: [{ say: { en: 'a', ko: 'a' }, claims: [{ hostCsrss: 3 }, { vmwpFor: 7 }] }],
    };
    const result = validateScenario(raw, "'x.json'");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toMatch(/^scenario 'x.json': steps\[0\]\.claims\[1\]\.vmwpFor: /);
  });
});

describe('built-in narrations', () => {
  it.each(SEEDS)('every claim of every built-in demo holds at seed %i', (seed) => {
    for (const scenario of builtinScenarios()) {
      const result = checkScenario(scenario, seed);
      expect(result.failures, scenario.name).toEqual([]);
      expect(result.claims, scenario.name).toBeGreaterThan(0);
    }
  });

  it('a scenario with one false claim fails, naming the scenario, the step and the claim', () => {
    const isolation = builtinScenarios()[0];
    if (!isolation) throw new Error('no isolation demo');
    // The measurement: the HYPVCON narration claimed about WINCONT.
    const steps = isolation.steps.map((step, i) =>
      i === 20 ? { ...step, claims: [{ container: 'WINCONT', process: 'csrss', pid: 956 }] } : step,
    );
    const result = checkScenario({ ...isolation, steps: steps as typeof isolation.steps }, 1);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatch(
      /^scenario 'isolation' steps\[20\]: claim \{"container":"WINCONT","process":"csrss","pid":956\} is false: expected csrss inside WINCONT, PID 956; actual csrss inside WINCONT, session 3, PID \d+$/,
    );
  });
});

describe('the player checks claims when it reaches them', () => {
  it('reports every say step with claims to its target, against the live model', () => {
    const scenario = builtinScenarios().find((s) => s.name === 'isolation');
    if (!scenario) throw new Error('no isolation demo');
    let sim = createSim({ seed: 1, start: 'host' });
    let shell = new Shell({ sim });
    let input = '';
    const reports: ClaimReport[] = [];
    const target: DemoTarget = {
      reset: () => {
        sim = createSim({ seed: 1, start: 'host' });
        shell = new Shell({ sim });
      },
      typeText: (text) => (input += text),
      submit: () => {
        shell.execute(input);
        input = '';
      },
      pressKey: () => undefined,
      narrate: () => undefined,
      spotlight: () => undefined,
      status: () => undefined,
      handOver: () => undefined,
      claimsChecked: (report) => reports.push(report),
    };
    const clock = new FakeClock();
    const player = new Player(compileTimeline(scenario, 'en'), target, clock, {
      modelState: () => sim.getState(),
    });
    player.start();
    clock.advance(10 * 60_000);
    expect(reports.map((r) => r.step)).toEqual([1, 9, 12, 20, 23, 25]);
    expect(reports.flatMap((r) => r.failed)).toEqual([]);
    expect(reports[2]?.results.map((r) => r.holds)).toEqual([true, true, true, true]);
  });
});
