// The bytes that turn one frame into the next, cell by cell: for each row that changed,
// the runs of cells that changed, reached by the shortest cursor move (or by writing a
// short gap of unchanged cells again, when that is shorter), each in its style. Rows the
// cell model cannot read (cells.ts) are rewritten whole. The cursor starts and ends where
// Ink keeps it, at the start of the line below the frame, and the style ends plain.
import { parseCells, type CellLine } from './cells.js';
import { setStyle } from './sgr.js';

export interface FrameRow {
  readonly text: string;
  /** Its cells, parsed when first needed; null when the row must be rewritten whole. */
  cells?: CellLine | null;
}

/** The row's cells, parsed on first use and kept on it (an unchanged row is not parsed again). */
export const cellsOf = (row: FrameRow): CellLine | null => {
  if (row.cells === undefined) row.cells = parseCells(row.text);
  return row.cells;
};

const csi = (n: number, final: string) => (n === 1 ? `\x1b[${final}` : `\x1b[${n}${final}`);

/** Where the cursor is and which style is set; a column or style of null is unknown. */
class Pen {
  out = '';
  row: number;
  col: number | null = 0;
  style: string | null = '';

  constructor(row: number) {
    this.row = row;
  }

  moveTo(row: number, col: number): void {
    if (row !== this.row) {
      this.out += row < this.row ? csi(this.row - row, 'A') : csi(row - this.row, 'B');
      this.row = row;
    }
    if (col === this.col) return;
    const absolute = col === 0 ? '\r' : csi(col + 1, 'G');
    let relative = absolute;
    if (this.col !== null) relative = csi(Math.abs(col - this.col), col > this.col ? 'C' : 'D');
    this.out += relative.length < absolute.length ? relative : absolute;
    this.col = col;
  }

  put(char: string, style: string, width: number, lastColumn: number): void {
    if (style !== this.style) {
      this.out += setStyle(style);
      this.style = style;
    }
    this.out += char;
    const after = (this.col as number) + width;
    // A write into the last column leaves the cursor there or pending a wrap: unknown.
    this.col = after > lastColumn ? null : after;
  }
}

/** What moving from `from` to `to` on one row would cost (an estimate of moveTo's bytes). */
const moveCost = (from: number, to: number) => (to - from === 1 ? 3 : String(to - from).length + 3);

/** A short gap of narrow cells in the pen's own style is cheaper written again than skipped. */
function rewritable(line: CellLine, style: string | null, from: number, to: number): boolean {
  if (from >= to || to - from > moveCost(from, to)) return false;
  for (let g = from; g < to; g++)
    if (line.styles[g] !== style || line.chars[g] === '' || line.chars[g + 1] === '') return false;
  return true;
}

function diffRow(pen: Pen, y: number, before: CellLine, after: CellLine, width: number): void {
  const { chars, styles } = after;
  const end = Math.max(before.chars.length, chars.length);
  let x = 0;
  while (x < Math.min(end, chars.length)) {
    if (chars[x] === before.chars[x] && styles[x] === before.styles[x]) {
      x++;
      continue;
    }
    if (chars[x] === '') x--; // the right half of a wide character: write the character
    const col = pen.row === y ? pen.col : null;
    if (col !== null && rewritable(after, pen.style, col, x)) {
      for (let g = col; g < x; g++) pen.put(chars[g] as string, styles[g] as string, 1, width - 1);
    } else pen.moveTo(y, x);
    const char = chars[x] as string;
    const wide = chars[x + 1] === '';
    pen.put(char, styles[x] as string, wide ? 2 : 1, width - 1);
    x += wide ? 2 : 1;
  }
  if (before.chars.length > chars.length) {
    // What the old row had beyond the new one's end: erased, in the plain style.
    pen.moveTo(y, chars.length);
    if (pen.style !== '') pen.out += setStyle('');
    pen.style = '';
    pen.out += '\x1b[K';
  }
}

/**
 * The bytes that turn `before` into `after` (same number of rows; the last is the empty
 * line the cursor waits on) on a terminal `width` columns wide.
 */
export function cellDiff(before: FrameRow[], after: FrameRow[], width: number): string {
  const bottom = after.length - 1;
  const pen = new Pen(bottom);
  for (let y = 0; y < bottom; y++) {
    const was = before[y] as FrameRow;
    const now = after[y] as FrameRow;
    if (was.text === now.text) continue;
    const wasCells = cellsOf(was);
    const nowCells = cellsOf(now);
    if (wasCells !== null && nowCells !== null) {
      diffRow(pen, y, wasCells, nowCells, width);
      continue;
    }
    pen.moveTo(y, 0);
    if (pen.style !== '') pen.out += setStyle('');
    pen.out += `\x1b[2K${now.text}`;
    // The row's own escapes leave the style as they leave it, and its end may be the last
    // column: neither is known any more.
    pen.style = null;
    pen.col = null;
  }
  if (pen.out === '') return '';
  if (pen.style !== '') pen.out += setStyle('');
  pen.moveTo(bottom, 0);
  return pen.out;
}
