// Every error the model reports, with the situation that causes it. A failed action
// leaves the state untouched (the result carries no state) and appends no event.
import { describe, expect, it } from 'vitest';
import {
  bootHost,
  enterSession,
  newContainer,
  removeContainer,
  setRuntimeType,
  startContainer,
  stopContainer,
  type HostState,
  type SimErrorCode,
  type SimResult,
} from '../../src/sim/index.js';
import { hostWith, unwrap } from './helpers.js';

type Case = [name: string, run: () => SimResult<unknown>, code: SimErrorCode, message: RegExp];

const off = () => hostWith({ name: 'WINCONT', image: 'WindowsServerCore' });
const running = () => hostWith({ name: 'DEMO', image: 'NanoServer' }, true);
const missing = '00000000-0000-4000-8000-000000000000';

const cases: Case[] = [
  [
    'start an unknown id',
    () => startContainer(bootHost(1), missing),
    'ContainerNotFound',
    /No container with ID '0{8}-/,
  ],
  [
    'stop an unknown id',
    () => stopContainer(bootHost(1), missing),
    'ContainerNotFound',
    /No container with ID/,
  ],
  [
    'remove an unknown id',
    () => removeContainer(bootHost(1), missing),
    'ContainerNotFound',
    /No container/,
  ],
  [
    'convert an unknown id',
    () => setRuntimeType(bootHost(1), missing, 'HyperV'),
    'ContainerNotFound',
    /No container/,
  ],
  [
    'enter an unknown id',
    () => enterSession(bootHost(1), missing),
    'ContainerNotFound',
    /No container/,
  ],
  [
    'a name in use, other case',
    () => newContainer(off().state, { name: 'wincont', image: 'NanoServer' }),
    'ContainerNameInUse',
    /A container named 'wincont' already exists\./,
  ],
  [
    // PowerShell may repeat a name when asked (allowDuplicateName); docker never.
    'a docker name in use, other case',
    () => {
      const docker = { isolation: '', image: 'nanoserver', command: 'cmd' };
      const made = hostWith({ name: 'web', image: 'nanoserver', owner: 'docker', docker });
      return newContainer(made.state, {
        name: 'WEB',
        image: 'nanoserver',
        owner: 'docker',
        docker,
      });
    },
    'ContainerNameInUse',
    /A container named 'WEB' already exists\./,
  ],
  [
    'an unknown image',
    () => newContainer(bootHost(1), { name: 'A', image: 'ubuntu' }),
    'ImageNotFound',
    /'ubuntu'/,
  ],
  [
    'an unknown switch',
    () => newContainer(bootHost(1), { name: 'A', image: 'NanoServer', switchName: 'External' }),
    'SwitchNotFound',
    /No virtual switch named 'External'/,
  ],
  [
    'HyperV with Server Core',
    () =>
      newContainer(bootHost(1), { name: 'A', image: 'WindowsServerCore', runtimeType: 'HyperV' }),
    'HyperVRequiresNano',
    /require the NanoServer image/,
  ],
  [
    'start a running container',
    () => startContainer(running().state, running().container.containerId),
    'AlreadyRunning',
    /^Container 'DEMO' is already running\.$/,
  ],
  [
    'stop an Off container',
    () => stopContainer(off().state, off().container.containerId),
    'NotRunning',
    /^Container 'WINCONT' is not running\.$/,
  ],
  [
    'enter an Off container',
    () => enterSession(off().state, off().container.containerId),
    'NotRunning',
    /not running/,
  ],
  [
    'remove a running container',
    () => removeContainer(running().state, running().container.containerId),
    'RemoveRequiresOff',
    /stop it before removing/,
  ],
  [
    'convert Server Core',
    () => setRuntimeType(off().state, off().container.containerId, 'HyperV'),
    'ConversionRequiresNano',
    /only Nano Server/,
  ],
  [
    'convert a running container',
    () => setRuntimeType(running().state, running().container.containerId, 'HyperV'),
    'ConversionRequiresOff',
    /stop it before changing/,
  ],
];

describe('model errors', () => {
  it.each(cases)('%s → %s', (_, run, code, message) => {
    const result = run();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(message);
    expect(result.error.target).toBeTruthy();
    expect(result).not.toHaveProperty('state');
  });

  it('a failed action does not touch the state it was given', () => {
    const { state, container } = running();
    const snapshot = structuredClone(state) as HostState;
    expect(startContainer(state, container.containerId).ok).toBe(false);
    expect(state).toEqual(snapshot);
  });

  it('container ids are accepted in upper case too (vmwp and Get-ComputeProcess show them so)', () => {
    const { state, container } = running();
    expect(unwrap(stopContainer(state, container.containerId.toUpperCase())).value.state).toBe(
      'Off',
    );
  });
});
