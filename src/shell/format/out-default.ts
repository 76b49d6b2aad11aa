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
  type ColumnHint,
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
  /**
   * Only the last this-many lines are wanted (the dashboard's console keeps 500): the rest
   * are not formatted. Unset: every line, as `isolab run` prints them.
   */
  readonly tail?: number;
}

const layoutWidth = (options: FormatOptions): number =>
  Number.isFinite(options.width) ? Math.floor(options.width) - 1 : 119;

/** Output values with nested arrays flattened (Out-Default enumerates collections). */
function flatten(values: readonly PSValue[]): readonly PSValue[] {
  if (!values.some(isArray)) return values;
  const out: PSValue[] = [];
  const walk = (v: PSValue): void => {
    if (isArray(v)) v.forEach(walk);
    else out.push(v);
  };
  values.forEach(walk);
  return out;
}

/**
 * Appends one by one: a spread push passes every line as an argument, and 300,000 lines
 * (Get-Process | Format-List at 50,000 processes) overflow the call stack.
 */
function pushAll(into: string[], more: readonly string[]): void {
  for (const line of more) into.push(line);
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
  const lines = ['', ''];
  for (const entry of entries) {
    pushAll(lines, entry);
    lines.push('');
  }
  lines.push('', '');
  return lines;
}

/**
 * A table's lines, framed; with `tail`, only its last `tail` lines. Only the rows those
 * lines show are formatted, except that an auto-sized table reads every row for its widths.
 */
function tableLines(
  view: TableView,
  objects: readonly PSObject[],
  tableWidth: number,
  tail = Infinity,
): string[] {
  const shown = view.autoSize || !(tail < objects.length) ? objects : objects.slice(-tail);
  const rows = shown.map((o) => view.columns.map((c) => c.value(o)));
  const widths = view.autoSize ? autoWidths(view, rows) : view.columns.map((c) => c.width);
  const columns = view.columns.map((c, k) => ({
    label: c.label,
    alignment: c.alignment,
    width: widths[k] ?? 0,
  }));
  const printed = tail < rows.length ? rows.slice(-tail) : rows;
  const table = renderTable(columns, printed, tableWidth);
  return lastLines(frameTable([...(view.groupHeader ?? []), ...table]), tail);
}

/** A list's lines, framed; with `tail`, only its last `tail` lines (and entries). */
function listLines(
  view: ListView,
  objects: readonly PSObject[],
  columnWidth: number,
  tail = Infinity,
): string[] {
  const entries: string[][] = [];
  let count = 0;
  for (let i = objects.length - 1; i >= 0 && count < tail; i--) {
    const entry = renderListEntry(view.fields(objects[i] as PSObject), columnWidth);
    entries.push(entry);
    count += entry.length + 1;
  }
  return lastLines(frameList(entries.reverse()), tail);
}

const lastLines = (lines: string[], tail: number): string[] =>
  tail < lines.length ? lines.slice(-tail) : lines;

type Block =
  | { readonly kind: 'scalars'; readonly values: PSValue[] }
  | { readonly kind: 'group'; readonly view: View; readonly objects: readonly PSObject[] };

/** Scalars' lines; with `tail`, only the last `tail`, splitting only the scalars they hold. */
function scalarBlockLines(values: readonly PSValue[], tail: number): string[] {
  const parts: string[][] = [];
  let count = 0;
  for (let i = values.length - 1; i >= 0 && count < tail; i--) {
    const part = scalarLines(values[i] as PSValue);
    parts.push(part);
    count += part.length;
  }
  const lines: string[] = [];
  for (let i = parts.length - 1; i >= 0; i--) pushAll(lines, parts[i] as string[]);
  return lastLines(lines, tail);
}

function renderBlock(block: Block, width: number, tail = Infinity): readonly string[] {
  if (block.kind === 'scalars') return scalarBlockLines(block.values, tail);
  const { view, objects } = block;
  return view.kind === 'table'
    ? tableLines(view, objects, width, tail)
    : listLines(view, objects, width, tail);
}

/** Scalars in a row make one block (Format-List's 60,000 lines, say). */
function addScalar(blocks: Block[], value: PSValue): void {
  const last = blocks[blocks.length - 1];
  if (last?.kind === 'scalars') last.values.push(value);
  else blocks.push({ kind: 'scalars', values: [value] });
}

/**
 * Walks the values: scalars print as lines; runs of objects that `viewOf` gives the same key
 * form one group, to be rendered with the view of the group's first object.
 */
function groupValues(values: readonly PSValue[], viewOf: (obj: PSObject) => View): Block[] {
  const blocks: Block[] = [];
  let view: View | null = null;
  let group: PSObject[] = [];
  const close = (): void => {
    if (view && group.length > 0) blocks.push({ kind: 'group', view, objects: group });
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
        addScalar(blocks, value);
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
  return blocks;
}

/**
 * The lines of every group in order; with `tail`, exactly the last `tail` of them, rendering
 * from the end only as much as they need (the dashboard's console keeps 500 lines, so 10,000
 * processes need not all be formatted there).
 */
function formatGroups(
  values: readonly PSValue[],
  viewOf: (obj: PSObject) => View,
  width: number,
  tail = Infinity,
): string[] {
  const blocks = groupValues(values, viewOf);
  const parts: (readonly string[])[] = [];
  let count = 0;
  for (let i = blocks.length - 1; i >= 0 && count < tail; i--) {
    const part = renderBlock(blocks[i] as Block, width, tail - count);
    parts.push(part);
    count += part.length;
  }
  const lines: string[] = [];
  for (let i = parts.length - 1; i >= 0; i--) pushAll(lines, parts[i] as readonly string[]);
  return lines;
}

/** The lines PowerShell prints for a pipeline's output (Out-Default). */
export function formatOutput(values: readonly PSValue[], options: FormatOptions): string[] {
  return formatGroups(entriesOf(values), defaultView, layoutWidth(options), options.tail);
}

/** A hashtable is formatted as its entries (IDictionary's enumeration, Name and Value). */
function entriesOf(values: readonly PSValue[]): readonly PSValue[] {
  if (!values.some((v) => isPSObject(v) && v.typeNames[0] === HASHTABLE_TYPE)) return values;
  return values.flatMap((v) =>
    isPSObject(v) && v.typeNames[0] === HASHTABLE_TYPE ? hashtableEntries(v) : [v],
  );
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
  hints?: ReadonlyMap<string, ColumnHint>,
): string[] {
  const width = layoutWidth(options);
  const entries = entriesOf(values);
  if (!properties || properties.length === 0) return formatGroups(entries, defaultTableView, width);
  let view: TableView | null = null;
  const names = (obj: PSObject) => resolvePropertyNames(obj, properties);
  return formatGroups(
    entries,
    (obj) => (view ??= autoTableView(obj, names(obj), 'format-table', hints)),
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
  return formatGroups(entriesOf(values), () => view, layoutWidth(options));
}
