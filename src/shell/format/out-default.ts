// Out-Default, Format-Table and Format-List: a pipeline's output values → the lines the
// PowerShell console prints.
//
// Framing (OutCommandInner in BaseOutputtingCommand.cs): a table is FormatStart (one blank
// line), header + rows, GroupEnd (blank), FormatEnd (blank) — one blank before, two after.
// A list is FormatStart (blank), GroupStart (blank), each entry followed by a blank, GroupEnd
// (blank), FormatEnd (blank) — two blanks before the first entry, one between entries,
// three after the last. Scalars (strings, numbers, booleans, enums, GUIDs) are written as
// plain lines with no blank lines around them.
//
// Grouping: consecutive objects with the same view (and, without a view, the same type and
// property set) share one table or list. PowerShell keeps the first shape for later objects
// of another type; here a change of type simply starts a new table or list, and a scalar
// closes the current one.
import { HASHTABLE_TYPE, hashtableEntries } from '../runtime/automatic.js';
import {
  isArray,
  isPSObject,
  isPSTimeSpan,
  type PSObject,
  type PSValue,
} from '../runtime/values.js';
import { timeSpanObject } from '../runtime/timespan.js';
import { isScalar, scalarLines } from './cell.js';
import { renderListEntry } from './list.js';
import { renderTable } from './table.js';
import {
  autoTableView,
  autoWidths,
  defaultListView,
  defaultTableView,
  defaultView,
  propertyList,
  resolvePropertyNames,
  type ListView,
  type TableView,
  type View,
} from './views.js';

export interface FormatOptions {
  /**
   * The console width in characters (120 by default). Tables and lists use one less
   * (ConsoleLineOutput.ColumnNumber keeps the last column free), so 119.
   */
  readonly width: number;
}

const layoutWidth = (options: FormatOptions): number =>
  Number.isFinite(options.width) ? Math.floor(options.width) - 1 : 119;

/** Output values with nested arrays flattened (Out-Default enumerates collections). */
function flatten(values: readonly PSValue[]): PSValue[] {
  const out: PSValue[] = [];
  const walk = (v: PSValue): void => {
    if (isArray(v)) v.forEach(walk);
    else out.push(v);
  };
  values.forEach(walk);
  return out;
}

/** Objects the views handle; a TimeSpan is formatted as the object of its properties. */
function asObject(v: PSValue): PSObject | null {
  if (isPSTimeSpan(v)) return timeSpanObject(v);
  return isPSObject(v) ? v : null;
}

/** The table's lines inside Out-Default's framing: one blank before, two after. */
export function frameTable(core: readonly string[]): string[] {
  return ['', ...core, '', ''];
}

/** List entries inside Out-Default's framing: two blanks before, one between, three after. */
export function frameList(entries: readonly (readonly string[])[]): string[] {
  return ['', '', ...entries.flatMap((entry) => [...entry, '']), '', ''];
}

function tableLines(view: TableView, objects: readonly PSObject[], tableWidth: number): string[] {
  const rows = objects.map((o) => view.columns.map((c) => c.value(o)));
  const widths = view.autoSize ? autoWidths(view, rows) : view.columns.map((c) => c.width);
  const columns = view.columns.map((c, k) => ({
    label: c.label,
    alignment: c.alignment,
    width: widths[k] ?? 0,
  }));
  return frameTable(renderTable(columns, rows, tableWidth));
}

function listLines(view: ListView, objects: readonly PSObject[], columnWidth: number): string[] {
  return frameList(objects.map((o) => renderListEntry(view.fields(o), columnWidth)));
}

const render = (view: View, objects: readonly PSObject[], width: number): string[] =>
  view.kind === 'table' ? tableLines(view, objects, width) : listLines(view, objects, width);

/**
 * Walks the values: scalars print as lines; runs of objects that `viewOf` gives the same key
 * form one group rendered with the view of the group's first object.
 */
function formatGroups(
  values: readonly PSValue[],
  viewOf: (obj: PSObject) => View,
  width: number,
): string[] {
  const lines: string[] = [];
  let view: View | null = null;
  let group: PSObject[] = [];
  const close = (): void => {
    if (view && group.length > 0) lines.push(...render(view, group, width));
    view = null;
    group = [];
  };
  for (const value of flatten(values)) {
    // Out-Default skips $null; a string, number, enum, GUID… is written as it is.
    if (value === null) continue;
    const obj = asObject(value);
    if (!obj) {
      if (isScalar(value)) {
        close();
        lines.push(...scalarLines(value));
      }
      continue;
    }
    const next = viewOf(obj);
    if (!view || next.key !== view.key) {
      close();
      view = next;
    }
    group.push(obj);
  }
  close();
  return lines;
}

/** The lines PowerShell prints for a pipeline's output (Out-Default). */
export function formatOutput(values: readonly PSValue[], options: FormatOptions): string[] {
  const expanded = values.flatMap((v) =>
    isPSObject(v) && v.typeNames[0] === HASHTABLE_TYPE ? hashtableEntries(v) : [v],
  );
  return formatGroups(expanded, defaultView, layoutWidth(options));
}

/**
 * Format-Table. Without properties each object uses its table view (objects without a view
 * get a table of all their properties, however many). With properties, all objects go into
 * ONE table of those columns, sized to content, names resolved against the first object,
 * aligned by the first object's values.
 */
export function formatTableExplicit(
  values: readonly PSValue[],
  properties: readonly string[] | null,
  options: FormatOptions,
): string[] {
  const width = layoutWidth(options);
  if (!properties || properties.length === 0) return formatGroups(values, defaultTableView, width);
  let view: TableView | null = null;
  return formatGroups(
    values,
    (obj) => (view ??= autoTableView(obj, resolvePropertyNames(obj, properties), 'format-table')),
    width,
  );
}

/**
 * Format-List. Without properties each object shows its list view (a process: Id, Handles,
 * CPU, SI, Name) or all its properties; with properties, those (wildcards expanded per
 * object). All objects form one list.
 */
export function formatListExplicit(
  values: readonly PSValue[],
  properties: readonly string[] | null,
  options: FormatOptions,
): string[] {
  const view: ListView = {
    kind: 'list',
    key: 'format-list',
    // Each entry is laid out on its own: its own properties, its own label width.
    fields: (obj) =>
      (properties && properties.length > 0
        ? propertyList('', resolvePropertyNames(obj, properties))
        : defaultListView(obj)
      ).fields(obj),
  };
  return formatGroups(values, () => view, layoutWidth(options));
}
