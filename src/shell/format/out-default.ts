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
import { isPSObject, type PSObject, type PSValue } from '../runtime/values.js';
import { scalarLines } from './cell.js';
import { renderListEntry } from './list.js';
import { renderTable } from './table.js';
import { groupValues, type Block } from './groups.js';
import { firstLines, frameList, frameTable, lastLines, pushAll } from './framing.js';
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

export { frameList, frameTable };

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
  /**
   * Only the first this-many lines are wanted (a Format-* cmdlet whose output the console
   * shows, which bounds what it shows: CmdletInvocation.shownLines): no more are formatted.
   */
  readonly head?: number;
}

/** Which lines are wanted: the last `tail` of the first `head` (Infinity: no bound). */
interface Window {
  readonly tail: number;
  readonly head: number;
}

const EVERY_LINE: Window = { tail: Infinity, head: Infinity };
const windowOf = (options: FormatOptions): Window => ({
  tail: options.tail ?? Infinity,
  head: options.head ?? Infinity,
});

const layoutWidth = (options: FormatOptions): number =>
  Number.isFinite(options.width) ? Math.floor(options.width) - 1 : 119;

/** The rows a window can show: one row per object, so at most `head` or `tail` of them. */
function rowsInWindow<T>(rows: readonly T[], { tail, head }: Window): readonly T[] {
  if (tail < rows.length) return rows.slice(-tail);
  return head < rows.length ? rows.slice(0, head) : rows;
}

/**
 * A table's lines, framed, in the window. Only the rows those lines show are formatted,
 * except that an auto-sized table reads every row for its widths.
 */
function tableLines(
  view: TableView,
  objects: readonly PSObject[],
  tableWidth: number,
  window: Window,
): string[] {
  const shown = view.autoSize ? objects : rowsInWindow(objects, window);
  const rows = shown.map((o) => view.columns.map((c) => c.value(o)));
  const widths = view.autoSize ? autoWidths(view, rows) : view.columns.map((c) => c.width);
  const columns = view.columns.map((c, k) => ({
    label: c.label,
    alignment: c.alignment,
    width: widths[k] ?? 0,
  }));
  const table = renderTable(columns, rowsInWindow(rows, window), tableWidth);
  const lines = frameTable([...(view.groupHeader ?? []), ...table]);
  return firstLines(lastLines(lines, window.tail), window.head);
}

/** A list's lines, framed, in the window: only the entries it shows are laid out. */
function listLines(
  view: ListView,
  objects: readonly PSObject[],
  columnWidth: number,
  { tail, head }: Window,
): string[] {
  const entry = (i: number) => renderListEntry(view.fields(objects[i] as PSObject), columnWidth);
  const entries: string[][] = [];
  let count = 0;
  if (head < Infinity) {
    for (let i = 0; i < objects.length && count < head; i++) {
      entries.push(entry(i));
      count += (entries.at(-1)?.length ?? 0) + 1;
    }
    return firstLines(frameList(entries), head);
  }
  for (let i = objects.length - 1; i >= 0 && count < tail; i--) {
    entries.push(entry(i));
    count += (entries.at(-1)?.length ?? 0) + 1;
  }
  return lastLines(frameList(entries.reverse()), tail);
}

/** Scalars' lines in the window, splitting only the scalars it holds. */
function scalarBlockLines(values: readonly PSValue[], { tail, head }: Window): string[] {
  if (head < Infinity) {
    const lines: string[] = [];
    for (let i = 0; i < values.length && lines.length < head; i++)
      pushAll(lines, scalarLines(values[i] as PSValue));
    return firstLines(lines, head);
  }
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

function renderBlock(block: Block, width: number, window: Window): readonly string[] {
  if (block.kind === 'scalars') return scalarBlockLines(block.values, window);
  const { view, objects } = block;
  return view.kind === 'table'
    ? tableLines(view, objects, width, window)
    : listLines(view, objects, width, window);
}

/**
 * The lines of every group in order; with a tail, exactly the last `tail` of them, rendering
 * from the end only as much as they need (the dashboard's console keeps 500 lines, so 10,000
 * processes need not all be formatted there); with a head, the first `head`, likewise.
 */
function formatGroups(
  values: readonly PSValue[],
  viewOf: (obj: PSObject) => View,
  width: number,
  window: Window,
): string[] {
  const blocks = groupValues(values, viewOf);
  const { tail, head } = window;
  if (head < Infinity) {
    const lines: string[] = [];
    for (let i = 0; i < blocks.length && lines.length < head; i++)
      pushAll(
        lines,
        renderBlock(blocks[i] as Block, width, { ...EVERY_LINE, head: head - lines.length }),
      );
    return lastLines(lines, tail);
  }
  const parts: (readonly string[])[] = [];
  let count = 0;
  for (let i = blocks.length - 1; i >= 0 && count < tail; i--) {
    const part = renderBlock(blocks[i] as Block, width, { tail: tail - count, head });
    parts.push(part);
    count += part.length;
  }
  const lines: string[] = [];
  for (let i = parts.length - 1; i >= 0; i--) pushAll(lines, parts[i] as readonly string[]);
  return lines;
}

/** The lines PowerShell prints for a pipeline's output (Out-Default). */
export function formatOutput(values: readonly PSValue[], options: FormatOptions): string[] {
  return formatGroups(entriesOf(values), defaultView, layoutWidth(options), windowOf(options));
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
  const window = windowOf(options);
  if (!properties || properties.length === 0)
    return formatGroups(entries, defaultTableView, width, window);
  let view: TableView | null = null;
  const names = (obj: PSObject) => resolvePropertyNames(obj, properties);
  return formatGroups(
    entries,
    (obj) => (view ??= autoTableView(obj, names(obj), 'format-table', hints)),
    width,
    window,
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
  return formatGroups(entriesOf(values), () => view, layoutWidth(options), windowOf(options));
}
