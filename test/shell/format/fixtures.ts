// Objects shaped like the ones cmdlets emit (src/shell/objects.ts), built directly so the
// formatter tests do not depend on the model.
import {
  makeObject,
  TYPE,
  type PSEnum,
  type PSGuid,
  type PSObject,
  type PSValue,
} from '../../../src/shell/runtime/values.js';

export const KB = 1024;
export const MB = 1048576;

export const enumOf = (typeName: string, names: readonly string[], value: string): PSEnum => ({
  $kind: 'enum',
  typeName,
  names,
  value,
});
export const runtimeType = (value: 'Default' | 'HyperV'): PSEnum =>
  enumOf(TYPE.runtimeType, ['Default', 'HyperV'], value);
export const containerState = (value: 'Off' | 'Running'): PSEnum =>
  enumOf(
    'Microsoft.Containers.PowerShell.Objects.ContainerState',
    ['Off', 'Running', 'Paused', 'Saved'],
    value,
  );
export const guid = (value: string): PSGuid => ({ $kind: 'guid', value });
export const timespan = (ms: number): PSValue => ({ $kind: 'timespan', ms });

export interface ProcessRow {
  readonly handles: number | null;
  readonly npmK: number;
  readonly pmK: number;
  readonly wsK: number;
  readonly vmM: number;
  readonly cpu: number | null;
  readonly id: number;
  readonly si: number;
  readonly name: string;
  readonly userName?: string;
  readonly computerName?: string;
}

/** A process object carrying byte counts, like .NET's Process (and objects.ts). */
export function processObject(row: ProcessRow): PSObject {
  const typeNames = row.computerName
    ? [
        TYPE.remoteProcess,
        'Deserialized.System.ComponentModel.Component',
        'Deserialized.System.Object',
      ]
    : row.userName
      ? [TYPE.processWithUser, TYPE.process, 'System.ComponentModel.Component', 'System.Object']
      : [TYPE.process, 'System.ComponentModel.Component', 'System.Object'];
  const properties: Record<string, PSValue> = {
    Name: row.name,
    Handles: row.handles,
    NPM: row.npmK * KB,
    PM: row.pmK * KB,
    WS: row.wsK * KB,
    VM: row.vmM * MB,
    CPU: row.cpu,
    Id: row.id,
    SI: row.si,
    ProcessName: row.name,
    HandleCount: row.handles,
  };
  if (row.userName !== undefined) properties.UserName = row.userName;
  if (row.computerName !== undefined) properties.PSComputerName = row.computerName;
  return makeObject(typeNames, properties);
}

/** `[handles, npmK, pmK, wsK, vmM, cpu, id, si, name]` as the seed's listings read. */
export type ProcessTuple = [
  number | null,
  number,
  number,
  number,
  number,
  number | null,
  number,
  number,
  string,
];

export const processFromTuple = (t: ProcessTuple, extra: Partial<ProcessRow> = {}): PSObject =>
  processObject({
    handles: t[0],
    npmK: t[1],
    pmK: t[2],
    wsK: t[3],
    vmM: t[4],
    cpu: t[5],
    id: t[6],
    si: t[7],
    name: t[8],
    ...extra,
  });

export function containerObject(
  name: string,
  id: string,
  runtime: 'Default' | 'HyperV',
  state: 'Off' | 'Running',
  uptimeMs: number,
  image: string,
): PSObject {
  return makeObject([TYPE.container, 'System.Object'], {
    Name: name,
    ContainerName: name,
    ContainerId: guid(id),
    Id: guid(id),
    State: containerState(state),
    Uptime: timespan(uptimeMs),
    ParentImageName: image,
    RuntimeType: runtimeType(runtime),
    SwitchName: 'Virtual Switch',
    ComputerName: 'localhost',
  });
}

export function imageObject(name: string): PSObject {
  return makeObject([TYPE.containerImage, 'System.Object'], {
    Name: name,
    Publisher: 'CN=Microsoft',
    Version: '10.0.10586.0',
    IsOSImage: true,
    FullName: `${name}_CN=Microsoft_10.0.10586.0`,
    ParentImage: null,
    IsDeleted: false,
  });
}

export function computeProcess(id: string, name: string, owner: string): PSObject {
  return makeObject([TYPE.computeProcess, 'System.Object'], {
    Id: id,
    Name: name,
    Owner: owner,
    Type: enumOf(TYPE.computeProcessType, ['Container', 'VirtualMachine'], 'Container'),
  });
}

/** Select-Object output: a PSCustomObject whose first type name is `Selected.<original>`. */
export function selected(
  properties: Readonly<Record<string, PSValue>>,
  original: string = TYPE.container,
): PSObject {
  return makeObject(
    [`${TYPE.selected}${original}`, 'System.Management.Automation.PSCustomObject', 'System.Object'],
    properties,
  );
}

/** The lines between Out-Default's framing: drops the one leading and two trailing blanks. */
export function unframeTable(lines: readonly string[]): string[] {
  if (lines[0] !== '' || lines[lines.length - 1] !== '' || lines[lines.length - 2] !== '') {
    throw new Error(`not a framed table: ${JSON.stringify(lines)}`);
  }
  return lines.slice(1, -2);
}

/**
 * Output of every kind one after another, for the window tests (tail.test.ts, head.test.ts):
 * a scalar, process objects (a table view), a two-line string, containers (an auto-sized
 * table), objects without a view (a list each, one wider than the console), processes again.
 */
export function mixedOutput(): {
  processes: PSObject[];
  containers: PSObject[];
  wide: (n: number) => PSObject;
} {
  const processes = Array.from({ length: 7 }, (_, i) =>
    processFromTuple([100 + i, 5, 1000 * i, 2000, 2101398, i / 3, 500 + i, i % 2, `p${i}`]),
  );
  const containers = ['A', 'BBBBBBBBBBBB', 'C'].map((name, i) =>
    containerObject(name, `0000000${i}-d29a-405e-ab64-765fb4de9176`, 'Default', 'Off', 0, 'Nano'),
  );
  // Five properties and no view: a list per object.
  const wide = (n: number) =>
    makeObject(['Wide'], { A: n, B: 'x'.repeat(n * 40), C: 3, D: 4, E: 5 });
  return { processes, containers, wide };
}
