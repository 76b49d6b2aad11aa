// The property test's actions: how to draw them, what each must do (an oracle decided from
// the state alone, from the rules rather than the implementation) and how to apply them.
import fc from 'fast-check';
import {
  addNetworkAdapter,
  captureImage,
  connectNetworkAdapter,
  disconnectNetworkAdapter,
  enterSession,
  exitSession,
  findContainerByName,
  installWindowsFeatures,
  newContainer,
  removeContainer,
  removeContainerImage,
  removeNetworkAdapter,
  resolveImage,
  setRuntimeType,
  startContainer,
  stopContainer,
  tick,
  type HostState,
  type ModelErrorCode,
  type ModelResult,
  type RuntimeType,
} from '../../src/sim/index.js';

// Three names keep collisions (and so every error path) frequent.
const SLOTS = ['C0', 'C1', 'C2'] as const;
type Slot = (typeof SLOTS)[number];
const SWITCHES = [null, 'NAT', 'Virtual Switch'] as const;
const IMAGE_NAMES = ['img0', 'img1'] as const;
type AdapterOp = 'add' | 'connect' | 'disconnect' | 'remove';

export type Step =
  | {
      kind: 'new';
      slot: Slot;
      image: string;
      runtime: RuntimeType;
      docker: boolean;
      switchName: string | null;
      duplicates: boolean;
    }
  | { kind: 'start' | 'stop' | 'remove' | 'enter' | 'feature'; slot: Slot }
  | { kind: 'set'; slot: Slot; runtime: RuntimeType }
  | { kind: 'capture'; slot: Slot; name: string; docker: boolean }
  | { kind: 'rmimage'; index: number }
  | { kind: 'adapter'; slot: Slot; op: AdapterOp; switchName: string }
  | { kind: 'exit' }
  | { kind: 'tick'; count: number };

const slot = fc.constantFrom(...SLOTS);
const runtime = fc.constantFrom<RuntimeType>('Default', 'HyperV');
const rec = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });
const only = <K extends string>(kind: K) => fc.constant(kind);

export const step: fc.Arbitrary<Step> = fc.oneof(
  rec(
    3,
    fc.record({
      kind: only('new'),
      slot,
      image: fc.constantFrom('NanoServer', 'nanoserver', 'WindowsServerCore', ...IMAGE_NAMES),
      runtime,
      docker: fc.boolean(),
      switchName: fc.constantFrom(...SWITCHES),
      // Now and then: enough to exercise shared names without crowding every run.
      duplicates: fc.constantFrom(false, false, false, true),
    }),
  ),
  rec(4, fc.record({ kind: only('start'), slot })),
  rec(2, fc.record({ kind: only('stop'), slot })),
  rec(1, fc.record({ kind: only('remove'), slot })),
  rec(2, fc.record({ kind: only('set'), slot, runtime })),
  rec(3, fc.record({ kind: only('enter'), slot })),
  rec(1, fc.record({ kind: only('exit') })),
  rec(1, fc.record({ kind: only('feature'), slot })),
  rec(
    1,
    fc.record({
      kind: only('capture'),
      slot,
      name: fc.constantFrom(...IMAGE_NAMES),
      docker: fc.boolean(),
    }),
  ),
  rec(1, fc.record({ kind: only('rmimage'), index: fc.nat({ max: 5 }) })),
  rec(
    1,
    fc.record({
      kind: only('adapter'),
      slot,
      op: fc.constantFrom<AdapterOp>('add', 'connect', 'disconnect', 'remove'),
      switchName: fc.constantFrom('NAT', 'Virtual Switch'),
    }),
  ),
  rec(2, fc.record({ kind: only('tick'), count: fc.integer({ min: 1, max: 30 }) })),
);

/** An id for a slot: the (first) container of that name, or a well-formed id nobody has. */
export function idOf(state: HostState, s: Slot): string {
  return (
    findContainerByName(state, s)?.containerId ?? `00000000-0000-4000-8000-00000000000${s.slice(1)}`
  );
}

const lowerEq = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function expectedNew(state: HostState, st: Extract<Step, { kind: 'new' }>): ModelErrorCode | null {
  const owner = st.docker ? 'docker' : 'VMMS';
  // PowerShell: any container of the name, unless duplicates are allowed; docker: its own.
  const clash = state.containers.some(
    (c) => lowerEq(c.name, st.slot) && (!st.docker || c.owner === 'docker'),
  );
  if (clash && (st.docker || !st.duplicates)) return 'ContainerNameInUse';
  const image = resolveImage(state, st.image, owner);
  if (image === undefined) return 'ImageNotFound';
  return st.runtime === 'HyperV' && image.osImage !== 'NanoServer' ? 'HyperVRequiresNano' : null;
}

function expectedImageStep(state: HostState, st: Step): ModelErrorCode | null {
  if (st.kind === 'rmimage') {
    const image = state.images[st.index];
    if (image === undefined) return 'ImageNotFound';
    if (image.isOSImage) return 'ImageIsOSImage';
    if (state.containers.some((c) => c.imageId === image.dockerImageId)) return 'ImageInUse';
    return state.images.some((i) => i.parentImageId === image.dockerImageId)
      ? 'ImageHasChildren'
      : null;
  }
  if (st.kind !== 'capture') return null;
  const c = findContainerByName(state, st.slot);
  if (!c || c.owner !== (st.docker ? 'docker' : 'VMMS')) return 'ContainerNotFound';
  if (c.state === 'Running') return 'CaptureRequiresOff';
  return !st.docker && resolveImage(state, st.name, 'VMMS') ? 'ImageNameInUse' : null;
}

/** What must happen, decided from the state alone. */
export function expectedError(state: HostState, st: Step): ModelErrorCode | null {
  if (st.kind === 'exit' || st.kind === 'tick') return null;
  if (st.kind === 'new') return expectedNew(state, st);
  if (st.kind === 'rmimage' || st.kind === 'capture') return expectedImageStep(state, st);
  const c = findContainerByName(state, st.slot);
  if (!c) return 'ContainerNotFound';
  switch (st.kind) {
    case 'start':
      return c.state === 'Running' ? 'AlreadyRunning' : null;
    case 'stop':
    case 'enter':
    case 'feature':
      return c.state === 'Running' ? null : 'NotRunning';
    case 'remove':
      return c.state === 'Running' ? 'RemoveRequiresOff' : null;
    case 'set':
      if (c.osImage !== 'NanoServer') return 'ConversionRequiresNano';
      return c.state === 'Running' ? 'ConversionRequiresOff' : null;
    case 'adapter':
      if (c.state === 'Running') return 'AdapterChangeRequiresOff';
      if (st.op === 'add') return c.networkAdapters.length >= 8 ? 'InvalidArgument' : null;
      return c.networkAdapters.length === 0 ? 'AdapterNotFound' : null;
  }
}

function applyAdapter(state: HostState, st: Extract<Step, { kind: 'adapter' }>) {
  const id = idOf(state, st.slot);
  if (st.op === 'add') return addNetworkAdapter(state, id, { switchName: st.switchName });
  if (st.op === 'connect') return connectNetworkAdapter(state, id, st.switchName);
  if (st.op === 'disconnect') return disconnectNetworkAdapter(state, id);
  return removeNetworkAdapter(state, id);
}

export function apply(state: HostState, st: Step): ModelResult<unknown> | HostState {
  switch (st.kind) {
    case 'new': {
      const docker = { isolation: st.runtime === 'HyperV' ? 'hyperv' : 'process', image: st.image };
      return newContainer(state, {
        name: st.slot,
        image: st.image,
        runtimeType: st.runtime,
        switchName: st.switchName,
        allowDuplicateName: st.duplicates,
        ...(st.docker
          ? {
              owner: 'docker' as const,
              docker: {
                ...docker,
                command: 'cmd',
                ports: [{ hostIp: '0.0.0.0', hostPort: 80, containerPort: 80, protocol: 'tcp' }],
              },
            }
          : {}),
      });
    }
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
    case 'feature':
      return installWindowsFeatures(state, idOf(state, st.slot), ['Web-Server']);
    case 'capture': {
      const owner = st.docker ? ('docker' as const) : ('VMMS' as const);
      const id = idOf(state, st.slot);
      return captureImage(state, { containerId: id, name: st.name, publisher: 'Demo', owner });
    }
    case 'rmimage':
      return removeContainerImage(state, state.images[st.index]?.dockerImageId ?? 'ffffffffffff');
    case 'adapter':
      return applyAdapter(state, st);
    case 'exit':
      return exitSession(state);
    case 'tick':
      return tick(state, st.count);
  }
}
