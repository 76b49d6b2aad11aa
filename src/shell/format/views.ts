// Views: which columns (or list fields) an object is shown with, chosen by its type names
// the way PowerShell's FormatViewManager does — the first type name, most derived first,
// that has a view wins; `Deserialized.X` falls back to X's view; Select-Object output
// (`Selected.*`) never has one.
import { findProperty, TYPE, type PSObject } from '../runtime/values.js';
import { networkViewOf } from './network-views.js';
import { isTimeSpanObject } from '../runtime/timespan.js';
import { hasWildcard, wildcardMatch } from '../runtime/wildcard.js';
import { defaultAlignment, propertyCell } from './cell.js';
import {
  column,
  COMMAND_INFO_VIEW,
  CONTAINER_IMAGE_VIEW,
  CONTAINER_VIEW,
  leftAuto,
  PROCESS_LIST,
  PROCESS_VIEW,
  PROCESS_WITH_USER_VIEW,
  psComputerName,
} from './known-views.js';
import type { ListView, TableView, View } from './view-types.js';
import type { Alignment } from './table.js';

export type { ListView, TableView, View, ViewColumn } from './view-types.js';

/**
 * PropertyCountForTable (typeDataQuery.cs): objects without a view and ≤ 4 properties print as a
 * table.
 */
export const PROPERTY_COUNT_FOR_TABLE = 4;

/**
 * Properties PowerShell keeps out of the default display of an object without a view
 * (the remoting bookkeeping on deserialized objects).
 */
const HIDDEN_PROPERTIES = new Set(['psshowcomputername', 'runspaceid']);

/**
 * A table for properties without a view: sized to content, each column aligned by the type
 * of the FIRST object's value (FormatViewGenerator_Table computes the header's alignment from
 * the first object only): numbers, booleans, enums right; strings, GUIDs, TimeSpans, $null left.
 * Unknown names give a blank column under the name as typed.
 */
export function autoTableView(
  first: PSObject,
  names: readonly string[],
  key: string,
  hints?: ReadonlyMap<string, ColumnHint>,
): TableView {
  return {
    kind: 'table',
    key,
    columns: names.map((name) => {
      const hint = hints?.get(name);
      const alignment =
        hint?.alignment ?? defaultAlignment(findProperty(first, name)?.value ?? null);
      return column(name, hint?.width ?? 0, alignment, (o) => propertyCell(o, name));
    }),
    autoSize: true,
  };
}

/** A calculated property's Width and Alignment (Format-Table; docs/fidelity-notes.md H5). */
export interface ColumnHint {
  readonly width?: number;
  readonly alignment?: Alignment;
}

// Get-ComputeProcess output has no view in the sources; it prints as PowerShell's default
// table of its four properties (Id, Name, Owner left; the enum Type right). Naming the
// columns keeps that shape even if the object grows more properties.
const COMPUTE_PROCESS_NAMES = ['Id', 'Name', 'Owner', 'Type'];

/**
 * PowerShellCore.format.ps1xml's MemberDefinition view: grouped by TypeName (a new table, and
 * its `   TypeName: X` label, whenever the type changes), Name, MemberType and Definition
 * sized to content (docs/fidelity-notes.md G1).
 */
function memberDefinitionView(obj: PSObject): TableView | null {
  if (obj.typeNames[0] !== 'Microsoft.PowerShell.Commands.MemberDefinition') return null;
  const typeName = String(findProperty(obj, 'TypeName')?.value ?? '');
  return {
    ...leftAuto(`memberDefinition ${typeName}`, ['Name', 'MemberType', 'Definition']),
    groupHeader: [`   TypeName: ${typeName}`, ''],
  };
}

/** The properties an object without a view shows, in declaration order. */
export function displayPropertyNames(obj: PSObject): string[] {
  return obj.properties
    .map((p) => p.name)
    .filter((name) => !HIDDEN_PROPERTIES.has(name.toLowerCase()));
}

type KnownView =
  'process' | 'processWithUser' | 'container' | 'containerImage' | 'computeProcess' | 'commandInfo';

const KNOWN: Readonly<Record<string, KnownView>> = {
  [TYPE.process]: 'process',
  [TYPE.processWithUser]: 'processWithUser',
  [TYPE.container]: 'container',
  [TYPE.containerImage]: 'containerImage',
  [TYPE.computeProcess]: 'computeProcess',
  [TYPE.commandInfo]: 'commandInfo',
};

const isDeserialized = (obj: PSObject): boolean =>
  (obj.typeNames[0] ?? '').startsWith('Deserialized.');

function knownViewOf(obj: PSObject): KnownView | null {
  if ((obj.typeNames[0] ?? '').startsWith(TYPE.selected)) return null;
  for (const name of obj.typeNames) {
    const bare = name.startsWith('Deserialized.') ? name.slice('Deserialized.'.length) : name;
    const known = KNOWN[name] ?? KNOWN[bare];
    if (known) return known;
  }
  return null;
}

function withComputerName(view: TableView, obj: PSObject): TableView {
  if (!isDeserialized(obj) || !findProperty(obj, 'PSComputerName')) return view;
  if (view.columns.some((c) => c.label.toLowerCase() === 'pscomputername')) return view;
  return { ...view, key: `${view.key}+PSComputerName`, columns: [...view.columns, psComputerName] };
}

function knownTableView(known: KnownView, obj: PSObject): TableView {
  switch (known) {
    case 'process':
      return PROCESS_VIEW;
    case 'processWithUser':
      return PROCESS_WITH_USER_VIEW;
    case 'container':
      return CONTAINER_VIEW;
    case 'containerImage':
      return CONTAINER_IMAGE_VIEW;
    case 'commandInfo':
      return COMMAND_INFO_VIEW;
    case 'computeProcess':
      return autoTableView(obj, COMPUTE_PROCESS_NAMES, 'computeProcess');
  }
}

const autoKey = (obj: PSObject, names: readonly string[]): string =>
  `auto:${obj.typeNames[0] ?? ''}:${names.map((n) => n.toLowerCase()).join('|')}`;

/** A list of the given properties (labels as given), values by cell formatting. */
export function propertyList(key: string, names: readonly string[] | null): ListView {
  return {
    kind: 'list',
    key,
    fields: (obj) =>
      (names ?? displayPropertyNames(obj)).map((name) => ({
        label: name,
        value: propertyCell(obj, name),
      })),
  };
}

// DotNetTypes.format.ps1xml: System.TimeSpan's first view is a list of its eleven properties.
const TIMESPAN_FIELDS = [
  'Days',
  'Hours',
  'Minutes',
  'Seconds',
  'Milliseconds',
  'Ticks',
  'TotalDays',
  'TotalHours',
  'TotalMinutes',
  'TotalSeconds',
  'TotalMilliseconds',
];
const TIMESPAN_LIST = propertyList('timespan', TIMESPAN_FIELDS);
// ...and its table view (what Format-Table shows) has the first five, sized to content.
const TIMESPAN_TABLE = leftAuto('timespanTable', TIMESPAN_FIELDS.slice(0, 5));

/**
 * The view Out-Default uses: the object's table view; for objects without one, a table of
 * its properties when it has at most four, else a list of them.
 */
export function defaultView(obj: PSObject): View {
  if (isTimeSpanObject(obj)) return TIMESPAN_LIST;
  const members = memberDefinitionView(obj);
  if (members) return members;
  const network = networkViewOf(obj);
  if (network) return withComputerName(network, obj);
  const known = knownViewOf(obj);
  if (known) return withComputerName(knownTableView(known, obj), obj);
  const names = displayPropertyNames(obj);
  const key = autoKey(obj, names);
  return names.length <= PROPERTY_COUNT_FOR_TABLE
    ? autoTableView(obj, names, key)
    : propertyList(key, names);
}

/** Format-Table without properties: the table view, or a table of all properties. */
export function defaultTableView(obj: PSObject): TableView {
  if (isTimeSpanObject(obj)) return TIMESPAN_TABLE;
  const members = memberDefinitionView(obj);
  if (members) return members;
  const network = networkViewOf(obj);
  if (network) return withComputerName(network, obj);
  const known = knownViewOf(obj);
  if (known) return withComputerName(knownTableView(known, obj), obj);
  const names = displayPropertyNames(obj);
  return autoTableView(obj, names, autoKey(obj, names));
}

/** Format-List without properties: the list view or default display set, else all properties. */
export function defaultListView(obj: PSObject): ListView {
  if (isTimeSpanObject(obj)) return TIMESPAN_LIST;
  const known = knownViewOf(obj);
  if (known === 'process' || known === 'processWithUser') return PROCESS_LIST;
  return propertyList(`list:${obj.typeNames[0] ?? ''}`, null);
}

/**
 * Property names as Format-Table / Format-List resolve them (Mshexpression ResolveNames):
 * case-insensitive, the member's real name is used, wildcards expand in declaration order,
 * duplicates drop, and a name the object lacks stays as typed (a blank column/field).
 */
export function resolvePropertyNames(obj: PSObject, requested: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (name: string): void => {
    const lower = name.toLowerCase();
    if (!seen.has(lower)) {
      seen.add(lower);
      out.push(name);
    }
  };
  for (const name of requested) {
    if (hasWildcard(name)) {
      displayPropertyNames(obj)
        .filter((p) => wildcardMatch(name, p))
        .forEach(add);
    } else {
      add(findProperty(obj, name)?.name ?? name);
    }
  }
  return out;
}

/** Column widths of an auto-sized table: max(label, longest cell) per column. */
export function autoWidths(view: TableView, rows: readonly (readonly string[])[]): number[] {
  return view.columns.map((c, k) =>
    // A width asked for (Format-Table's Width key) is kept; the others fit their content.
    c.width > 0 ? c.width : Math.max(c.label.length, ...rows.map((row) => (row[k] ?? '').length)),
  );
}
