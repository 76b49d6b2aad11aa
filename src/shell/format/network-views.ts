// Table views of the networking objects (docs/fidelity-notes.md Q8). Get-VMSwitch's is MC's
// `Name SwitchType NetAdapterInterfaceDescription`; Get-NetAdapter's follows
// MSFT_NetAdapter.format.ps1xml's columns (widths the lab's own); the container adapter's
// columns are the lab's choice (no source prints one).
import type { PSObject } from '../runtime/values.js';
import { propertyCell } from './cell.js';
import { column, leftAuto } from './known-views.js';
import type { TableView } from './view-types.js';
import { FEATURE_VIEWS } from './feature-views.js';

const NET_ADAPTER_VIEW: TableView = {
  kind: 'table',
  key: 'netAdapter',
  columns: [
    column('Name', 25, 'left', (o) => propertyCell(o, 'Name')),
    column('InterfaceDescription', 39, 'left', (o) => propertyCell(o, 'InterfaceDescription')),
    column('ifIndex', 7, 'right', (o) => propertyCell(o, 'ifIndex')),
    column('Status', 12, 'left', (o) => propertyCell(o, 'Status')),
    column('MacAddress', 22, 'left', (o) => propertyCell(o, 'MacAddress')),
    column('LinkSpeed', 12, 'right', (o) => propertyCell(o, 'LinkSpeed')),
  ],
  autoSize: false,
};

const VIEWS: Readonly<Record<string, TableView>> = {
  'Microsoft.HyperV.PowerShell.VMSwitch': leftAuto('vmSwitch', [
    'Name',
    'SwitchType',
    'NetAdapterInterfaceDescription',
  ]),
  'Microsoft.Containers.PowerShell.Objects.ContainerNetworkAdapter': leftAuto(
    'containerNetworkAdapter',
    ['Name', 'ContainerName', 'SwitchName', 'MacAddress', 'Status', 'IPAddresses'],
  ),
  'Microsoft.Management.Infrastructure.CimInstance#ROOT/StandardCimv2/MSFT_NetAdapter':
    NET_ADAPTER_VIEW,
  // DotNetTypes.format.ps1xml's Dictionary view: Name 30, Value the rest ($PSVersionTable).
  'System.Collections.DictionaryEntry': {
    kind: 'table',
    key: 'dictionaryEntry',
    columns: [
      column('Name', 30, 'left', (o) => propertyCell(o, 'Name')),
      column('Value', 0, 'left', (o) => propertyCell(o, 'Value')),
    ],
    autoSize: false,
  },
  ...FEATURE_VIEWS,
};

/** The table view of a networking (or ServerManager) object, if it is one of them. */
export function networkViewOf(obj: PSObject): TableView | null {
  const first = obj.typeNames[0] ?? '';
  return VIEWS[first.replace(/^Deserialized\./, '')] ?? null;
}
