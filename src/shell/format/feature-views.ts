// ServerManager's table views (docs/fidelity-notes.md F2). Install-WindowsFeature's result:
// `Success Restart Needed Exit Code Feature Result`, widths as PS-QS prints them (7, 14, 14,
// the rest). Get-WindowsFeature: Display Name 55 (`[X] ` and 4 spaces a level deeper), Name
// 26, Install State 13 right-aligned, as consoles print it [S].
import { findProperty } from '../runtime/values.js';
import { propertyCell } from './cell.js';
import { column } from './known-views.js';
import type { TableView } from './view-types.js';

export const FEATURE_VIEWS: Readonly<Record<string, TableView>> = {
  'Microsoft.Windows.ServerManager.Commands.FeatureOperationResult': {
    kind: 'table',
    key: 'featureOperationResult',
    columns: [
      column('Success', 7, 'left', (o) => propertyCell(o, 'Success')),
      column('Restart Needed', 14, 'left', (o) => propertyCell(o, 'RestartNeeded')),
      column('Exit Code', 14, 'left', (o) => propertyCell(o, 'ExitCode')),
      column('Feature Result', 0, 'left', (o) => propertyCell(o, 'FeatureResult')),
    ],
    autoSize: false,
  },
  'Microsoft.Windows.ServerManager.Commands.Feature': {
    kind: 'table',
    key: 'feature',
    columns: [
      column('Display Name', 55, 'left', (o) => {
        const depth = Number(findProperty(o, 'Depth')?.value ?? 1);
        const mark = findProperty(o, 'Installed')?.value === true ? '[X]' : '[ ]';
        return `${' '.repeat(4 * Math.max(0, depth - 1))}${mark} ${propertyCell(o, 'DisplayName')}`;
      }),
      column('Name', 26, 'left', (o) => propertyCell(o, 'Name')),
      column('Install State', 13, 'right', (o) => propertyCell(o, 'InstallState')),
    ],
    autoSize: false,
  },
};
