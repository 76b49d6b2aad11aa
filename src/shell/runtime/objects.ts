// The .NET-shaped objects cmdlets emit, built from the model's plain data.
import type { Container, ContainerImage, HostState, SimProcess } from '../../sim/index.js';
import { TYPE, makeObject, type PSEnum, type PSObject, type PSValue } from './values.js';

export const RUNTIME_TYPE_NAMES = ['Default', 'HyperV'] as const;
const CONTAINER_STATE_TYPE = 'Microsoft.Containers.PowerShell.Objects.ContainerState';
const CONTAINER_STATE_NAMES = ['Off', 'Running', 'Paused', 'Saved'] as const;

export const enumValue = (typeName: string, names: readonly string[], value: string): PSEnum => ({
  $kind: 'enum',
  typeName,
  names,
  value,
});

export const runtimeTypeValue = (value: string): PSEnum =>
  enumValue(TYPE.runtimeType, RUNTIME_TYPE_NAMES, value);

export interface ProcessViewOptions {
  readonly includeUserName?: boolean;
  /** Set for objects returned by Invoke-Command (they come back deserialized). */
  readonly computerName?: string;
  /**
   * A session entered without -RunAsAdministrator runs with a restricted token that cannot
   * read CPU times of SYSTEM processes: the TP4 sample shows CPU(s) blank for them.
   */
  readonly hideSystemCpu?: boolean;
}

// Shared by every process object (read-only): Get-Process at 10,000 processes makes one each.
const REMOTE_PROCESS_TYPES = [
  TYPE.remoteProcess,
  'Deserialized.System.ComponentModel.Component',
  'Deserialized.System.Object',
];
const PROCESS_WITH_USER_TYPES = [
  TYPE.processWithUser,
  TYPE.process,
  'System.ComponentModel.Component',
  'System.Object',
];
const PROCESS_TYPES = [TYPE.process, 'System.ComponentModel.Component', 'System.Object'];

export function processObject(process: SimProcess, options: ProcessViewOptions = {}): PSObject {
  const typeNames = options.computerName
    ? REMOTE_PROCESS_TYPES
    : options.includeUserName
      ? PROCESS_WITH_USER_TYPES
      : PROCESS_TYPES;
  const isSystemOwned =
    options.hideSystemCpu === true && process.userName.toUpperCase().startsWith('NT AUTHORITY\\');
  const cpu = options.hideSystemCpu && isSystemOwned ? null : process.cpu;
  const properties: Record<string, PSValue> = {
    Name: process.name,
    Handles: process.handles,
    NPM: process.npmK * 1024,
    PM: process.pmK * 1024,
    WS: process.wsK * 1024,
    VM: process.vmM * 1048576,
    CPU: cpu,
    Id: process.pid,
    SI: process.sessionId,
    ProcessName: process.name,
    HandleCount: process.handles,
    SessionId: process.sessionId,
  };
  if (options.includeUserName) properties.UserName = process.userName;
  if (options.computerName) properties.PSComputerName = options.computerName;
  return makeObject(typeNames, properties, {
    kind: 'process',
    kernelId: process.kernelId,
    pid: process.pid,
  });
}

export function uptimeMs(container: Container, now: number): number {
  return container.state === 'Running' && container.startedAt !== null
    ? now - container.startedAt
    : 0;
}

export function containerObject(container: Container, state: HostState): PSObject {
  const guid = { $kind: 'guid', value: container.containerId } as const;
  return makeObject(
    [TYPE.container, 'System.Object'],
    {
      Name: container.name,
      ContainerName: container.name,
      ContainerId: guid,
      // TP3 samples use $container.Id; the TP4 module kept both.
      Id: guid,
      State: enumValue(CONTAINER_STATE_TYPE, CONTAINER_STATE_NAMES, container.state),
      Uptime: { $kind: 'timespan', ms: uptimeMs(container, state.now) },
      ParentImageName: container.image,
      RuntimeType: runtimeTypeValue(container.runtimeType),
      SwitchName: container.switchName,
      ComputerName: 'localhost',
    },
    { kind: 'container', containerId: container.containerId },
  );
}

export function imageObject(image: ContainerImage): PSObject {
  return makeObject(
    [TYPE.containerImage, 'System.Object'],
    {
      Name: image.name,
      Publisher: image.publisher,
      Version: image.version,
      IsOSImage: image.isOSImage,
      FullName: `${image.name}_${image.publisher}_${image.version}`,
      ParentImage: null,
      IsDeleted: false,
    },
    { kind: 'image', name: image.name },
  );
}

/** Get-ComputeProcess rows: PowerShell-made containers by upper-case GUID, docker's by id. */
export function computeProcessObject(container: Container): PSObject {
  const id =
    container.owner === 'docker' && container.dockerId
      ? container.dockerId
      : container.containerId.toUpperCase();
  const name =
    container.owner === 'docker' && container.dockerId ? container.dockerId : container.name;
  return makeObject(
    [TYPE.computeProcess, 'System.Object'],
    {
      Id: id,
      Name: name,
      Owner: container.owner,
      Type: enumValue(TYPE.computeProcessType, ['Container', 'VirtualMachine'], 'Container'),
    },
    { kind: 'container', containerId: container.containerId },
  );
}
