// The views the lab's objects have in PowerShell's format files (a data table): the
// process views, the Containers module's, Get-Command's, and the process list view.
import { findProperty, type PSObject, type PSValue } from '../runtime/values.js';
import { formatN2, formatNumber, toLong } from '../runtime/numbers.js';
import { formatCell, propertyCell } from './cell.js';
import type { Alignment } from './table.js';
import type { ListView, TableView, ViewColumn } from './view-types.js';

export const value = (obj: PSObject, ...names: string[]): PSValue => {
  for (const name of names) {
    const prop = findProperty(obj, name);
    if (prop) return prop.value;
  }
  return null;
};

export const column = (
  label: string,
  width: number,
  alignment: Alignment,
  get: (obj: PSObject) => string,
): ViewColumn => ({
  label,
  width,
  alignment,
  value: get,
});

/** `[long]($_.X / divisor)` of the process view; `$null` is 0. */
const scaled =
  (name: string, divisor: number) =>
  (obj: PSObject): string => {
    const raw = value(obj, name);
    const long = toLong(typeof raw === 'number' ? raw / divisor : raw);
    return long === null ? '' : formatNumber(long);
  };

// DotNetTypes.format.ps1xml, view "process", as in PowerShell 5.0 (the VM(M) column was
// removed in 5.1). Handles is the HandleCount property and blank when it is $null (the
// Hyper-V Nano csrss row of the seed); CPU(s) is `$_.CPU.ToString("N")`, blank if $null.
const handles = column('Handles', 7, 'right', (o) =>
  formatCell(value(o, 'HandleCount', 'Handles')),
);
const npm = column('NPM(K)', 7, 'right', scaled('NPM', 1024));
const pm = column('PM(K)', 8, 'right', scaled('PM', 1024));
const ws = column('WS(K)', 10, 'right', scaled('WS', 1024));
const vm = column('VM(M)', 5, 'right', scaled('VM', 1048576));
const cpu = column('CPU(s)', 8, 'right', (o) => {
  const seconds = value(o, 'CPU');
  return typeof seconds === 'number' ? formatN2(seconds) : formatCell(seconds);
});
const id = column('Id', 6, 'right', (o) => propertyCell(o, 'Id'));
const si = column('SI', 3, 'right', (o) => propertyCell(o, 'SI'));
const processName = column('ProcessName', 0, 'left', (o) =>
  formatCell(value(o, 'ProcessName', 'Name')),
);
const userName = column('UserName', 17, 'left', (o) => propertyCell(o, 'UserName'));
/**
 * Remote objects (Invoke-Command output) get a PSComputerName column, unsized, so it shares
 * the rest with ProcessName: 28 each at 119 (docs/reference-windows-containers.md §7.3).
 */
export const psComputerName = column('PSComputerName', 0, 'left', (o) =>
  propertyCell(o, 'PSComputerName'),
);

export const PROCESS_VIEW: TableView = {
  kind: 'table',
  key: 'process',
  columns: [handles, npm, pm, ws, vm, cpu, id, si, processName],
  autoSize: false,
};

// DotNetTypes.format.ps1xml, view "ProcessWithUserName" (PowerShell 5.0).
export const PROCESS_WITH_USER_VIEW: TableView = {
  kind: 'table',
  key: 'processWithUser',
  columns: [handles, ws, vm, cpu, id, userName, processName],
  autoSize: false,
};

/** A view whose columns have no widths: sized to content, all left-aligned. */
export const leftAuto = (key: string, names: readonly string[]): TableView => ({
  kind: 'table',
  key,
  columns: names.map((name) => column(name, 0, 'left', (o) => propertyCell(o, name))),
  autoSize: true,
});

// The Containers module's own views: every column left-aligned (State would be
// right-aligned as an enum otherwise) and sized to content (docs/reference-windows-containers.md
// §1.3, §7.5).
export const CONTAINER_VIEW = leftAuto('container', ['Name', 'State', 'Uptime', 'ParentImageName']);
export const CONTAINER_IMAGE_VIEW = leftAuto('containerImage', [
  'Name',
  'Publisher',
  'Version',
  'IsOSImage',
]);

// PowerShellCore.format.ps1xml (5.0): Get-Command's CommandType 15, Name 50, Version 10, Source.
export const COMMAND_INFO_VIEW: TableView = {
  kind: 'table',
  key: 'commandInfo',
  columns: [
    column('CommandType', 15, 'left', (o) => propertyCell(o, 'CommandType')),
    column('Name', 50, 'left', (o) => formatCell(value(o, 'DisplayName', 'Name'))),
    column('Version', 10, 'left', (o) => propertyCell(o, 'Version')),
    column('Source', 0, 'left', (o) => formatCell(value(o, 'Source', 'ModuleName'))),
  ],
  autoSize: false,
};

// types.ps1xml: the DefaultDisplayPropertySet of System.Diagnostics.Process (and of its
// deserialized form) is Id, Handles, CPU, SI, Name — what Format-List shows by default.
export const PROCESS_LIST: ListView = {
  kind: 'list',
  key: 'processList',
  fields: (o) => [
    { label: 'Id', value: propertyCell(o, 'Id') },
    { label: 'Handles', value: formatCell(value(o, 'Handles', 'HandleCount')) },
    { label: 'CPU', value: propertyCell(o, 'CPU') },
    { label: 'SI', value: formatCell(value(o, 'SI', 'SessionId')) },
    { label: 'Name', value: formatCell(value(o, 'Name', 'ProcessName')) },
  ],
};
