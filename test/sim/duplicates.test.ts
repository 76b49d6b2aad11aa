// Duplicate container names and repeated start/stop (docs/fidelity-notes.md, "Duplicate
// names" and "Start and Stop on a container already in that state").
import { describe, expect, it } from 'vitest';
import {
  bootHost,
  findContainerByName,
  findContainersByName,
  newContainer,
  startContainer,
  stopContainer,
} from '../../src/sim/index.js';
import { checkInvariants, unwrap } from './helpers.js';

const HYPVCON = {
  name: 'HYPVCON',
  image: 'NanoServer',
  switchName: 'Virtual Switch',
  runtimeType: 'HyperV' as const,
  // What the TP4 module did; the option keeps today's shell refusing until it takes this over.
  allowDuplicateName: true,
};

describe('duplicate names (docs/fidelity-notes.md, Duplicate names)', () => {
  it('D1 the seed typed top to bottom makes HYPVCON twice: both exist, with their own ids', () => {
    const first = unwrap(newContainer(bootHost(1), HYPVCON));
    const second = unwrap(newContainer(first.state, { ...HYPVCON, name: 'hypvcon' }));
    checkInvariants(second.state);
    const all = findContainersByName(second.state, 'HypvCon');
    expect(all.map((c) => c.containerId)).toEqual([
      first.value.containerId,
      second.value.containerId,
    ]);
    expect(new Set(all.map((c) => c.containerId)).size).toBe(2);
    // The single lookup keeps answering, with the first made.
    expect(findContainerByName(second.state, 'HYPVCON')?.containerId).toBe(first.value.containerId);
  });

  it('D2 both can run at once, each with its own address', () => {
    const first = unwrap(newContainer(bootHost(1), HYPVCON));
    const second = unwrap(newContainer(first.state, HYPVCON));
    let state = unwrap(startContainer(second.state, first.value.containerId)).state;
    state = unwrap(startContainer(state, second.value.containerId)).state;
    checkInvariants(state);
    const addresses = findContainersByName(state, 'HYPVCON').map(
      (c) => c.networkAdapters[0]?.ipv4Address,
    );
    expect(addresses).toEqual(['192.168.1.100', '192.168.1.101']);
  });

  it('D0 without the option a repeated name is refused, as before', () => {
    const first = unwrap(newContainer(bootHost(1), HYPVCON));
    const again = newContainer(first.state, { ...HYPVCON, allowDuplicateName: false });
    expect(again.ok || again.error.code).toBe('ContainerNameInUse');
  });

  it('D3 docker still refuses a name one of its containers holds', () => {
    const docker = { isolation: '', image: 'nanoserver', command: 'cmd' };
    const made = unwrap(
      newContainer(bootHost(1), { name: 'web', image: 'nanoserver', owner: 'docker', docker }),
    );
    const again = newContainer(made.state, {
      name: 'web',
      image: 'nanoserver',
      owner: 'docker',
      docker,
    });
    expect(again.ok || again.error.code).toBe('ContainerNameInUse');
    // A PowerShell container may share a docker container's name: the planes do not see each other.
    const ps = { name: 'web', image: 'NanoServer', allowDuplicateName: true };
    expect(newContainer(made.state, ps).ok).toBe(true);
  });
});

describe('start and stop again (docs/fidelity-notes.md, Start/Stop in that state)', () => {
  it('S1 starting a running container and stopping an Off one are refused, state untouched', () => {
    const made = unwrap(newContainer(bootHost(1), { name: 'A', image: 'NanoServer' }));
    const id = made.value.containerId;
    const stopOff = stopContainer(made.state, id);
    expect(stopOff.ok || stopOff.error.code).toBe('NotRunning');
    const running = unwrap(startContainer(made.state, id)).state;
    const startAgain = startContainer(running, id);
    expect(startAgain.ok || startAgain.error.code).toBe('AlreadyRunning');
  });
});
