// The least a writer could send to turn one frame into the next, counted by cells: the
// characters of every changed cell and the styles they need, and the least each cursor
// move can cost. Moves are relative (where Ink's frame starts on the screen is not known):
// along a row, 3 bytes (`ESC [ C` and kin) or writing the gap again if that is shorter; to
// another row, 3 bytes when the column stays, else 6 (two such escapes, or one CUP). Every
// frame also needs its synchronized-update marks (16 bytes) and the move back to the line
// below it. The benchmark and the tests hold the frame writer to a multiple of this.
import { parseCells, type CellLine } from './cells.js';
import { setStyle } from './sgr.js';

const MARKS = '\x1b[?2026h\x1b[?2026l'.length;
const MOVE = 3;

interface Cursor {
  row: number;
  col: number;
  style: string;
  bytes: number;
}

function moveCost(at: Cursor, row: number, col: number): number {
  if (row === at.row) return col === at.col ? 0 : Math.min(MOVE, Math.max(1, col - at.col));
  return col === at.col ? MOVE : 2 * MOVE;
}

function rowCost(before: CellLine, after: CellLine, y: number, at: Cursor): void {
  for (let x = 0; x < after.chars.length; x++) {
    const char = after.chars[x] as string;
    if (char === '') continue;
    if (char === before.chars[x] && after.styles[x] === before.styles[x]) continue;
    at.bytes += moveCost(at, y, x);
    if (after.styles[x] !== at.style) {
      at.style = after.styles[x] as string;
      at.bytes += setStyle(at.style).length;
    }
    at.bytes += Buffer.byteLength(char);
    at.row = y;
    at.col = x + (after.chars[x + 1] === '' ? 2 : 1);
  }
  // What a shorter row leaves: one erase (and the move to it).
  if (before.chars.length > after.chars.length) {
    at.bytes += moveCost(at, y, after.chars.length) + 3;
    at.row = y;
    at.col = after.chars.length;
  }
}

/** `before` and `after` are frames as Ink writes them: the last line is the cursor's. */
export function minimumBytes(before: readonly string[], after: readonly string[]): number {
  const bottom = after.length - 1;
  const at: Cursor = { row: bottom, col: 0, style: '', bytes: 0 };
  for (let y = 0; y < bottom; y++) {
    const was = before[y] ?? '';
    const now = after[y] as string;
    if (was === now) continue;
    const wasCells = parseCells(was);
    const nowCells = parseCells(now);
    if (wasCells !== null && nowCells !== null) rowCost(wasCells, nowCells, y, at);
    else {
      at.bytes += moveCost(at, y, 0) + Buffer.byteLength(now);
      at.row = y;
      at.col = -1;
    }
  }
  if (at.bytes === 0) return 0;
  if (at.style !== '') at.bytes += setStyle('').length;
  return at.bytes + moveCost(at, bottom, 0) + MARKS;
}
