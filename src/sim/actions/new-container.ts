// New-Container (and the create half of `docker run`): a container that exists, Off, with
// no process anywhere (docs/spec.md §3 rule 1).
import type { NewContainerOptions } from '../api.js';
import { appendEvent } from '../events.js';
import { fail } from '../errors.js';
import { findContainerById, findContainerByName, resolveImage } from '../queries.js';
import { RngCursor } from '../rng.js';
import type { Container, HostState, SimResult } from '../types.js';

// docker's names-generator style (adjective_scientist), for `docker run` without --name.
const LEFT = [
  'admiring',
  'angry',
  'boring',
  'clever',
  'drunk',
  'elegant',
  'focused',
  'gloomy',
  'happy',
  'jolly',
  'pensive',
  'sharp',
  'stoic',
  'tender',
  'zen',
];
const RIGHT = [
  'albattani',
  'babbage',
  'curie',
  'darwin',
  'einstein',
  'feynman',
  'hopper',
  'kalam',
  'lovelace',
  'mccarthy',
  'noether',
  'pasteur',
  'ritchie',
  'swartz',
  'turing',
];

export function newContainer(state: HostState, options: NewContainerOptions): SimResult<Container> {
  const owner = options.owner ?? 'VMMS';
  const runtimeType = options.runtimeType ?? 'Default';
  const rng = new RngCursor(state.rng);

  const name = options.name === '' ? generateName(state, rng) : options.name;
  if (findContainerByName(state, name) !== undefined) {
    return fail('ContainerNameInUse', `A container named '${name}' already exists.`, name);
  }
  const image = resolveImage(state, options.image, owner);
  if (image === undefined) {
    return fail(
      'ImageNotFound',
      `No container image named '${options.image}' was found.`,
      options.image,
    );
  }
  let switchName: string | null = null;
  if (options.switchName != null && options.switchName !== '') {
    const wanted = options.switchName.toLowerCase();
    const found = state.switches.find((s) => s.name.toLowerCase() === wanted);
    if (found === undefined) {
      return fail(
        'SwitchNotFound',
        `No virtual switch named '${options.switchName}' was found.`,
        options.switchName,
      );
    }
    switchName = found.name;
  }
  // TP4: Hyper-V containers run only the Nano Server image (system_requirements.md).
  if (runtimeType === 'HyperV' && image.name !== 'NanoServer') {
    return fail(
      'HyperVRequiresNano',
      `Container '${name}' cannot use RuntimeType HyperV with image '${image.name}': Hyper-V containers require the NanoServer image.`,
      name,
    );
  }

  let containerId = rng.guid();
  while (findContainerById(state, containerId) !== undefined) containerId = rng.guid();
  const dockerMade = owner === 'docker';
  const container: Container = {
    name,
    containerId,
    image: image.name,
    runtimeType,
    state: 'Off',
    switchName,
    owner,
    dockerId: dockerMade ? rng.dockerId() : null,
    dockerIsolation: dockerMade ? (options.docker?.isolation ?? '') : null,
    dockerImage: dockerMade ? (options.docker?.image ?? options.image) : null,
    dockerCommand: dockerMade ? (options.docker?.command ?? null) : null,
    createdAt: state.now,
    startedAt: null,
    stoppedAt: null,
    hostSessionId: null,
  };
  const next = appendEvent(
    { ...state, rng: rng.state, containers: [...state.containers, container] },
    {
      action: 'newContainer',
      summary: `Created container '${name}' (${image.name}, ${runtimeType}): Off, no process started.`,
    },
  );
  return { ok: true, value: container, state: next };
}

/** An unused name: what docker does when --name is omitted (and what we do for an empty -Name). */
function generateName(state: HostState, rng: RngCursor): string {
  const base = `${rng.pick(LEFT)}_${rng.pick(RIGHT)}`;
  // Once a name is taken docker appends a digit; counting up always finds a free one.
  for (let n = 0; ; n++) {
    const name = n === 0 ? base : `${base}${n}`;
    if (findContainerByName(state, name) === undefined) return name;
  }
}
