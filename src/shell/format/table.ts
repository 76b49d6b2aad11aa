// The table engine: PowerShell's TableWriter + ColumnWidthManager (FormatAndOutput/common).
//
// renderTable returns the header, the separator and the rows ONLY. The blank lines Out-Default
// puts around a table (one before from FormatStart, two after from GroupEnd + FormatEnd) are
// added by out-default.ts (frameTable), because they belong to the output sequence, not to
// the table: a header-less continuation or a disabled table still gets them.
import { generateLines, truncateAtNewLine } from './wrap.js';

export type Alignment = 'left' | 'center' | 'right';

export interface ColumnSpec {
  readonly label: string;
  /** Characters; 0 = unsized, shares what the fixed columns leave. */
  readonly width: number;
  readonly alignment: Alignment;
}

/** TableWriter.ScreenInfo: below this many columns the writer disables itself (prints nothing). */
export const MINIMUM_SCREEN_COLUMNS = 5;
const MINIMUM_COLUMN_WIDTH = 1;
const SEPARATOR = ' ';
const ELLIPSIS = '...';

/** A hidden column (dropped because it did not fit) has width -1, as in ColumnWidthManager. */
export const HIDDEN = -1;

function currentTableWidth(widths: readonly number[]): number {
  let sum = 0;
  let visible = 0;
  for (const w of widths) {
    if (w > 0) {
      sum += w;
      visible++;
    }
  }
  return sum + SEPARATOR.length * (visible - 1);
}

/**
 * ColumnWidthManager.AssignColumnWidths: unsized (0) columns start at the minimum width and
 * then take the remaining space one character at a time, round-robin from the left — that is
 * how ProcessName and PSComputerName get 28 each at 119. Returns false when even that does
 * not fit.
 */
function assignColumnWidths(widths: number[], tableWidth: number): boolean {
  if (widths.every((w) => w > 0)) {
    return currentTableWidth(widths) <= tableWidth;
  }
  const fixed = widths.map((w) => w > 0);
  for (let k = 0; k < widths.length; k++) if (!fixed[k]) widths[k] = MINIMUM_COLUMN_WIDTH;
  let available = tableWidth - currentTableWidth(widths);
  if (available < 0) return false;
  while (available > 0) {
    for (let k = 0; k < widths.length && available > 0; k++) {
      if (fixed[k]) continue;
      widths[k] = (widths[k] ?? 0) + 1;
      available--;
    }
  }
  return true;
}

/**
 * ColumnWidthManager.TrimToFit: while the table is too wide, shrink the last visible column,
 * or hide it when it would fall under the minimum width. PowerShell drops columns from the
 * right rather than squeezing every column.
 */
function trimToFit(widths: number[], tableWidth: number): void {
  for (;;) {
    const excess = currentTableWidth(widths) - tableWidth;
    if (excess <= 0) return;
    const firstHidden = widths.findIndex((w) => w < 0);
    const last = (firstHidden < 0 ? widths.length : firstHidden) - 1;
    if (last < 0) return;
    const shrunk = (widths[last] ?? 0) - excess;
    widths[last] = shrunk < MINIMUM_COLUMN_WIDTH ? HIDDEN : shrunk;
  }
}

/**
 * Final column widths for a table `tableWidth` characters wide (console width − 1).
 * Hidden columns come back as HIDDEN.
 */
export function computeColumnWidths(requested: readonly number[], tableWidth: number): number[] {
  const widths = requested.map((w) => (Number.isFinite(w) && w > 0 ? Math.floor(w) : 0));
  if (!assignColumnWidths(widths, tableWidth)) trimToFit(widths, tableWidth);
  return widths;
}

/**
 * TableWriter.GenerateRowField: pad to the width by alignment, or truncate an overflowing
 * value — right-aligned keeps the tail (`...` + last width−3), left-aligned keeps the head
 * (first width−3 + `...`); with no room for the ellipsis (width ≤ 3) it is a plain cut.
 * Only the first line of a multi-line value is shown.
 */
export function fitCell(value: string, width: number, alignment: Alignment): string {
  const s = truncateAtNewLine(value);
  if (width <= 0) return '';
  if (s.length < width) {
    const pad = ' '.repeat(width - s.length);
    if (alignment !== 'center') return alignment === 'right' ? pad + s : s + pad;
    // TableWriter.GenerateRowField: half the padding before (rounded down), the rest after.
    const before = Math.floor(pad.length / 2);
    return pad.slice(0, before) + s + pad.slice(before);
  }
  if (s.length === width) return s;
  const room = width - ELLIPSIS.length;
  if (room > 0) {
    return alignment === 'right'
      ? ELLIPSIS + s.slice(s.length - room)
      : s.slice(0, room) + ELLIPSIS;
  }
  return alignment === 'right' ? s.slice(s.length - width) : s.slice(0, width);
}

const trimEnd = (line: string): string => line.trimEnd();

interface VisibleColumn {
  readonly width: number;
  readonly alignment: Alignment;
  readonly index: number;
}

/**
 * TableWriter.GenerateTableRow (multi-line mode, used for the header): a label longer than
 * its column wraps onto further lines instead of being cut.
 */
function multiLineRow(values: readonly string[], columns: readonly VisibleColumn[]): string[] {
  const cells = columns.map((c) =>
    generateLines(values[c.index] ?? '', c.width, c.width).map((piece) =>
      fitCell(piece, c.width, c.alignment),
    ),
  );
  const rows = Math.max(1, ...cells.map((c) => c.length));
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    lines.push(
      trimEnd(columns.map((c, k) => cells[k]?.[r] ?? ' '.repeat(c.width)).join(SEPARATOR)),
    );
  }
  return lines;
}

function singleLineRow(values: readonly string[], columns: readonly VisibleColumn[]): string {
  return trimEnd(
    columns.map((c) => fitCell(values[c.index] ?? '', c.width, c.alignment)).join(SEPARATOR),
  );
}

/**
 * Header, separator and rows of a table `tableWidth` characters wide (console width − 1;
 * 119 in the default 120-column console). Columns are joined by one blank, trailing blanks
 * are trimmed on every line, and no line is longer than `tableWidth`. Each row holds one cell
 * text per column (missing cells are blank). Fixed-width columns keep their width, unsized
 * ones share the rest, and columns that do not fit are dropped from the right. Like
 * TableWriter, a table narrower than MINIMUM_SCREEN_COLUMNS, or with every column dropped,
 * prints nothing at all.
 */
export function renderTable(
  columns: readonly ColumnSpec[],
  rows: readonly (readonly string[])[],
  tableWidth: number,
): string[] {
  if (columns.length === 0 || !(tableWidth >= MINIMUM_SCREEN_COLUMNS)) return [];
  const widths = computeColumnWidths(
    columns.map((c) => c.width),
    Math.floor(tableWidth),
  );
  const visible: VisibleColumn[] = [];
  widths.forEach((width, index) => {
    const column = columns[index];
    if (column && width >= MINIMUM_COLUMN_WIDTH)
      visible.push({ width, alignment: column.alignment, index });
  });
  if (visible.length === 0) return [];

  const labels = columns.map((c) => c.label);
  // The dashes are as long as the label (not the column), aligned like the label; an empty
  // label gets a full-width rule.
  const dashes = columns.map((c, k) => {
    const width = Math.max(0, widths[k] ?? 0);
    return '-'.repeat(c.label.length > 0 ? Math.min(c.label.length, width) : width);
  });
  return [
    ...multiLineRow(labels, visible),
    singleLineRow(dashes, visible),
    ...rows.map((row) => singleLineRow(row, visible)),
  ];
}
