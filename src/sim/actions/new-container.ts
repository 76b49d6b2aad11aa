// New-Container (and the create half of `docker run`): a container that exists, Off, with
// no process anywhere (docs/spec.md §3 rule 1). PowerShell may reuse a name when asked
// (allowDuplicateName: TP3/TP4 allowed duplicates, docs/fidelity-notes.md); docker refuses a
// name one of its containers holds.
import { noteContainerAppended } from '../container-index.js';
import type { NewContainerOptions } from '../api.js';
import { generateDockerName } from '../docker-names.js';
import { fail } from '../errors.js';
import { appendEvent } from '../events.js';
import { macsInUse, newAdapter } from '../network/adapters.js';
import { dockerBridge, findSwitch } from '../network/switches.js';
import { findContainerById, findContainerByName, resolveImage } from '../queries.js';
import { RngCursor } from '../rng.js';
import type {
  Container,
  ContainerImage,
  HostState,
  Owner,
  PortMapping,
  RuntimeType,
  SimResult,
} from '../types.js';

interface Checked {
  readonly image: ContainerImage;
  /** The switch its adapter joins; null for a PowerShell container made without one. */
  readonly switchName: string | null;
}

export function newContainer(state: HostState, options: NewContainerOptions): SimResult<Container> {
  const owner = options.owner ?? 'VMMS';
  const runtimeType = options.runtimeType ?? 'Default';
  const rng = new RngCursor(state.rng);
  const name =
    options.name === ''
      ? generateDockerName(rng, (n) => findContainerByName(state, n) !== undefined)
      : options.name;
  const checked = checkNewContainer(state, options, name, owner, runtimeType);
  if (!checked.ok) return checked;
  let containerId = rng.guid();
  while (findContainerById(state, containerId) !== undefined) containerId = rng.guid();
  const container = buildContainer(state, options, checked.value, {
    name,
    containerId,
    owner,
    runtimeType,
    dockerId: owner === 'docker' ? rng.dockerId() : null,
  });
  const containers = [...state.containers, container];
  noteContainerAppended(containers, state.containers, container);
  const next = appendEvent(
    { ...state, rng: rng.state, containers },
    {
      action: 'newContainer',
      summary:
        `Created container '${name}' (${container.image}, ${runtimeType}): ` +
        'Off, no process started.',
    },
  );
  return { ok: true, value: container, state: next };
}

function checkNewContainer(
  state: HostState,
  options: NewContainerOptions,
  name: string,
  owner: Owner,
  runtimeType: RuntimeType,
): SimResult<Checked> {
  const lower = name.toLowerCase();
  const shareable = owner === 'VMMS' && options.allowDuplicateName === true;
  const clash = state.containers.some(
    (c) => c.name.toLowerCase() === lower && (owner === 'VMMS' || c.owner === 'docker'),
  );
  if (clash && !shareable) {
    return fail('ContainerNameInUse', `A container named '${name}' already exists.`, name);
  }
  const image = resolveImage(state, options.image, owner);
  if (image === undefined) {
    const message = `No container image named '${options.image}' was found.`;
    return fail('ImageNotFound', message, options.image);
  }
  const switchName = chooseSwitch(state, options, owner);
  if (switchName === undefined) {
    const wanted = options.switchName ?? '';
    return fail('SwitchNotFound', `No virtual switch named '${wanted}' was found.`, wanted);
  }
  // TP4: Hyper-V containers run only the Nano Server image (system_requirements.md).
  if (runtimeType === 'HyperV' && image.osImage !== 'NanoServer') {
    return fail(
      'HyperVRequiresNano',
      `Container '${name}' cannot use RuntimeType HyperV with image '${image.name}': ` +
        'Hyper-V containers require the NanoServer image.',
      name,
    );
  }
  return { ok: true, value: { image, switchName }, state };
}

/** The switch named (undefined when there is none), docker's bridge, or none. */
function chooseSwitch(
  state: HostState,
  options: NewContainerOptions,
  owner: Owner,
): string | null | undefined {
  if (options.switchName != null && options.switchName !== '')
    return findSwitch(state.switches, options.switchName)?.name;
  return owner === 'docker' ? (dockerBridge(state.switches)?.name ?? null) : null;
}

interface Identity {
  readonly name: string;
  readonly containerId: string;
  readonly owner: Owner;
  readonly runtimeType: RuntimeType;
  readonly dockerId: string | null;
}

function buildContainer(
  state: HostState,
  options: NewContainerOptions,
  { image, switchName }: Checked,
  id: Identity,
): Container {
  const dockerMade = id.owner === 'docker';
  return {
    name: id.name,
    containerId: id.containerId,
    image: image.name,
    runtimeType: id.runtimeType,
    state: 'Off',
    switchName,
    owner: id.owner,
    dockerId: id.dockerId,
    dockerIsolation: dockerMade ? (options.docker?.isolation ?? '') : null,
    dockerImage: dockerMade ? (options.docker?.image ?? options.image) : null,
    dockerCommand: dockerMade ? (options.docker?.command ?? null) : null,
    createdAt: state.now,
    startedAt: null,
    stoppedAt: null,
    hostSessionId: null,
    osImage: image.osImage,
    imageId: image.dockerImageId,
    // Created with a switch, it has one adapter on it; without, none (TP4
    // manage_containers.md adds one afterwards with Add-ContainerNetworkAdapter).
    networkAdapters:
      switchName === null ? [] : [newAdapter(id.containerId, 0, switchName, macsInUse(state))],
    portMappings: validPorts(options.docker?.ports ?? []),
    compartmentId: null,
    installedFeatures: image.installedFeatures,
  };
}

/** Only well-formed mappings are kept; docker's own parser rejects the rest before this. */
function validPorts(ports: readonly PortMapping[]): PortMapping[] {
  const isPort = (n: number) => Number.isInteger(n) && n >= 1 && n <= 65535;
  return ports
    .filter((p) => isPort(p.hostPort) && isPort(p.containerPort))
    .filter((p) => p.protocol === 'tcp' || p.protocol === 'udp')
    .slice(0, 64)
    .map((p) => ({ ...p }));
}
