// Random sequences of container commands typed as PowerShell (New/Start/Stop/Set/Remove-
// Container, Enter-PSSession, exit/Exit-PSSession, a docker run now and then, some with -p),
// in several spellings (names or $variables, any dash, any case, piped or positional), on
// either switch or none. After every line: nothing threw, the model keeps every invariant
// (test/sim/helpers.ts), the network as the console shows it keeps its own
// (network-as-shown.ts), the prompt says where the console is, and the line failed exactly
// when a small oracle — the rules, decided from the state before the line — says it must.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createSim,
  findContainerByName,
  findContainersByName,
  hostPortHolder,
  type Container,
  type HostState,
  type Sim,
} from '../../src/sim/index.js';
import { Shell } from '../../src/shell/index.js';
import { checkInvariants } from '../sim/helpers.js';
import { HOST_PROMPT } from './shell-harness.js';
import { networkAsShown } from './network-as-shown.js';

const SLOTS = ['C0', 'C1', 'C2'] as const;
type Slot = (typeof SLOTS)[number];
type Verb = 'start' | 'stop' | 'remove' | 'enter';
type SwitchChoice = 'NAT' | 'Virtual Switch' | null;

type Step =
  | {
      kind: 'new';
      slot: Slot;
      image: string;
      runtime: 'Default' | 'HyperV' | null;
      assign: boolean;
      dash: string;
      switchName: SwitchChoice;
    }
  | { kind: Verb; slot: Slot; form: 'name' | 'variable' | 'pipe'; dash: string; upper: boolean }
  | {
      kind: 'set';
      slot: Slot;
      runtime: 'Default' | 'HyperV';
      form: 'name' | 'variable';
      dash: string;
    }
  | { kind: 'exit'; form: 'exit' | 'Exit-PSSession' | 'exsn' }
  | { kind: 'docker'; slot: Slot; isolation: 'hyperv' | 'process'; publish: boolean };

const slot = fc.constantFrom(...SLOTS);
const dash = fc.constantFrom('-', '\u2013', '\u2014', '\u2015');
const switchChoice = fc.constantFrom<SwitchChoice>('NAT', 'Virtual Switch', null);
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('new' as const),
      slot,
      image: fc.constantFrom('NanoServer', 'nanoserver', 'WindowsServerCore'),
      runtime: fc.constantFrom<'Default' | 'HyperV' | null>('Default', 'HyperV', null),
      assign: fc.boolean(),
      dash,
      switchName: switchChoice,
    }),
  },
  ...(['start', 'stop', 'remove', 'enter'] as const).map((verb) => ({
    weight: verb === 'start' || verb === 'enter' ? 3 : 2,
    arbitrary: fc.record({
      kind: fc.constant(verb),
      slot,
      form: fc.constantFrom<'name' | 'variable' | 'pipe'>('name', 'variable', 'pipe'),
      dash,
      upper: fc.boolean(),
    }),
  })),
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('set' as const),
      slot,
      runtime: fc.constantFrom<'Default' | 'HyperV'>('Default', 'HyperV'),
      form: fc.constantFrom<'name' | 'variable'>('name', 'variable'),
      dash,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('exit' as const),
      form: fc.constantFrom<'exit' | 'Exit-PSSession' | 'exsn'>('exit', 'Exit-PSSession', 'exsn'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('docker' as const),
      slot,
      isolation: fc.constantFrom<'hyperv' | 'process'>('hyperv', 'process'),
      publish: fc.boolean(),
    }),
  },
);

/** The line a user would type for the step. */
function typed(st: Step): string {
  switch (st.kind) {
    case 'new': {
      const d = st.dash;
      const runtime = st.runtime ? ` ${d}RuntimeType ${st.runtime}` : '';
      const on = st.switchName === null ? '' : ` ${d}SwitchName "${st.switchName}"`;
      const line = `New-Container ${d}Name ${st.slot} ${d}ContainerImageName ${st.image}${on}${runtime}`;
      return st.assign ? `$${st.slot} = ${line}` : line;
    }
    case 'set':
      return `Set-Container ${st.form === 'name' ? st.slot : `$${st.slot}`} ${st.dash}RuntimeType ${st.runtime}`;
    case 'exit':
      return st.form;
    case 'docker':
      return `docker run -d --name D${st.slot}${st.publish ? ' -p 80:80' : ''} --isolation=${st.isolation} nanoserver cmd`;
    default: {
      const name = st.upper ? st.slot.toUpperCase() : st.slot.toLowerCase();
      if (st.kind === 'enter') {
        if (st.form === 'variable')
          return `Enter-PSSession ${st.dash}ContainerId $${st.slot}.ContainerId ${st.dash}RunAsAdministrator`;
        return st.form === 'pipe'
          ? `etsn ${name}`
          : `Enter-PSSession ${st.dash}ContainerName ${name}`;
      }
      const cmdlet = {
        start: 'Start-Container',
        stop: 'Stop-Container',
        remove: 'Remove-Container',
      }[st.kind];
      const force = st.kind === 'remove' ? ` ${st.dash}Force` : '';
      if (st.form === 'pipe') return `Get-Container ${name} | ${cmdlet}${force}`;
      return `${cmdlet} ${st.form === 'name' ? name : `$${st.slot}`}${force}`;
    }
  }
}

/** What the console's variables hold, as the oracle sees them: a container id, or null. */
type Variables = Map<Slot, string | null>;

/** Whether the step must write an error, decided from the state before it (the rules). */
function mustFail(state: HostState, variables: Variables, st: Step): boolean {
  const inSession = state.entered !== null;
  if (st.kind === 'exit') return false;
  // Inside a session neither the Containers module nor docker exists; nor can one nest sessions.
  if (inSession) return true;
  // Names may repeat (docs/fidelity-notes.md D0–D3): New-Container allows it, -Name means
  // every container of the name, and Enter-PSSession needs a single running one.
  if (st.kind === 'new') return st.runtime === 'HyperV' && st.image === 'WindowsServerCore';
  // A host port a running container publishes is refused (docs/fidelity-notes.md N11, Q6).
  if (st.kind === 'docker')
    return (
      findContainerByName(state, `D${st.slot}`) !== undefined ||
      (st.publish && hostPortHolder(state, 80) !== undefined)
    );
  const viaVariable = 'form' in st && st.form === 'variable';
  if (viaVariable && !variables.get(st.slot)) return true; // $null bound to a mandatory parameter
  const targets = viaVariable
    ? state.containers.filter((c) => c.containerId === variables.get(st.slot))
    : findContainersByName(state, st.slot);
  if (targets.length === 0) return true;
  if (st.kind === 'enter') return targets.filter((t) => t.state === 'Running').length !== 1;
  return targets.some((target) => refuses(st.kind, target));
}

function refuses(kind: Step['kind'], target: Container): boolean {
  switch (kind) {
    case 'start':
      return target.state === 'Running';
    case 'stop':
      return target.state !== 'Running';
    case 'remove':
      return target.state === 'Running';
    case 'set':
      return target.image !== 'NanoServer' || target.state === 'Running';
    default:
      return false;
  }
}

/** A -Name that means several containers can refuse one and act on the others. */
const partlyActs = (state: HostState, st: Step): boolean =>
  !('form' in st && st.form === 'variable') &&
  'slot' in st &&
  st.kind !== 'new' &&
  findContainersByName(state, st.slot).length > 1;

function run(seed: number, steps: readonly Step[], oracle: typeof mustFail = mustFail): void {
  const sim: Sim = createSim({ seed, start: 'host' });
  const shell = new Shell({ sim });
  const variables: Variables = new Map();
  const checkNetwork = networkAsShown(sim);
  checkInvariants(sim.getState());
  for (const st of steps) {
    const before = sim.getState();
    const line = typed(st);
    const expected = oracle(before, variables, st);
    const result = shell.execute(line);
    const context = `${JSON.stringify(line)} → ${result.lines.slice(0, 2).join(' / ')}`;
    if (result.lines.some((l) => l.includes('FullyQualifiedErrorId : InternalError')))
      throw new Error(`internal error: ${context}`);
    if (result.hadError !== expected)
      throw new Error(`hadError ${result.hadError}, the rules say ${expected}: ${context}`);
    const state = sim.getState();
    checkInvariants(state);
    checkNetwork();
    // The prompt follows the model's entered session.
    const entered =
      state.entered && state.containers.find((c) => c.containerId === state.entered!.containerId);
    const prompt = entered ? `[${entered.name}]: ${HOST_PROMPT}` : HOST_PROMPT;
    if (shell.prompt() !== prompt)
      throw new Error(`prompt ${shell.prompt()}, expected ${prompt}: ${context}`);
    // A failed line changes no container.
    if (expected && !partlyActs(before, st) && state.containers !== before.containers)
      throw new Error(`a refused line changed the containers: ${context}`);
    // `$x = New-Container …`: a refusal the cmdlet writes leaves $x $null; a command that
    // is not found (inside a session) ends the statement before the assignment.
    if (st.kind === 'new' && st.assign && before.entered === null) {
      variables.set(
        st.slot,
        expected ? null : (findContainersByName(state, st.slot).at(-1)?.containerId ?? null),
      );
    }
    if (st.kind === 'exit' && result.exitRequested && before.entered !== null)
      throw new Error(`exit in a session ended the script: ${context}`);
    sim.actions.tick(1);
  }
}

/**
 * A prelude that makes the random part interesting (most commands need a container that
 * exists and runs): each slot created, with Nano Server most of the time, then started.
 */
const prelude: fc.Arbitrary<Step[]> = fc
  .tuple(
    ...SLOTS.map((s) =>
      fc
        .record({
          image: fc.constantFrom('NanoServer', 'NanoServer', 'WindowsServerCore'),
          runtime: fc.constantFrom<'Default' | 'HyperV' | null>('Default', 'HyperV', null),
          start: fc.boolean(),
          dash,
          switchName: switchChoice,
        })
        .map(({ image, runtime, start, dash: d, switchName }): Step[] => [
          {
            kind: 'new',
            slot: s,
            image,
            runtime: image === 'WindowsServerCore' ? 'Default' : runtime,
            assign: true,
            dash: d,
            switchName,
          },
          ...(start
            ? [{ kind: 'start', slot: s, form: 'variable', dash: d, upper: false } as Step]
            : []),
        ]),
    ),
  )
  .map((parts) => parts.flat());

describe('container commands typed as PowerShell, in random order', () => {
  it('never throw, keep the model invariants, and fail exactly when the rules say (300 runs)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffff_ffff }),
        prelude,
        fc.array(step, { minLength: 1, maxLength: 30 }),
        (seed, first, steps) => {
          run(seed, [...first, ...steps]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the property can fail: a shell that disagreed with the rules would be caught', () => {
    const start: Step = { kind: 'start', slot: 'C0', form: 'name', dash: '-', upper: false };
    // Starting a container that does not exist must fail…
    expect(mustFail(createSim().getState(), new Map(), start)).toBe(true);
    // …and a run whose expectations are wrong (here: nothing ever fails) throws.
    expect(() => run(1, [start], () => false)).toThrow(/hadError true, the rules say false/);
    expect(() => run(1, [{ kind: 'exit', form: 'exit' }], () => true)).toThrow(
      /hadError false, the rules say true/,
    );
  });

  it('the network check can fail: a shared address, one off its subnet, a stopped one with one', () => {
    const sim = createSim({ seed: 1, start: 'host' });
    const shell = new Shell({ sim });
    for (const name of ['A', 'B'])
      shell.execute(
        `Start-Container (New-Container -Name ${name} -ContainerImageName NanoServer -SwitchName NAT)`,
      );
    const real = sim.getState();
    expect(networkAsShown(sim)).not.toThrow();
    const withAddress = (c: Container, ip: string): Container => ({
      ...c,
      networkAdapters: c.networkAdapters.map((a) => ({ ...a, ipv4Address: ip })),
    });
    const [a, b] = real.containers as [Container, Container];
    const seen = (containers: Container[]) =>
      networkAsShown({ ...sim, getState: () => ({ ...real, containers }) });
    const shared = a.networkAdapters[0]!.ipv4Address!;
    expect(seen([a, withAddress(b, shared)])).toThrow(/shown for two running containers/);
    expect(seen([a, withAddress(b, '192.168.1.100')])).toThrow(/is not on NAT's 172\.16\.0\.0\/12/);
    const stopped: Container = { ...withAddress(b, '172.16.0.9'), state: 'Off' };
    expect(seen([a, stopped])).toThrow(/B \(Off\) shows 172\.16\.0\.9/);
  });

  it('typed lines use every spelling the generator offers', () => {
    expect(
      typed({ kind: 'enter', slot: 'C1', form: 'variable', dash: '\u2013', upper: false }),
    ).toBe('Enter-PSSession \u2013ContainerId $C1.ContainerId \u2013RunAsAdministrator');
    expect(typed({ kind: 'remove', slot: 'C2', form: 'pipe', dash: '-', upper: true })).toBe(
      'Get-Container C2 | Remove-Container -Force',
    );
  });
});
