// The least a writer could send to turn one frame into the next, counted by cells: for
// each run of changed cells, its characters, a cursor move (3 bytes, the shortest there
// is) and the styles it needs where they differ from the run before. The benchmark and
// the tests hold the frame writer to a multiple of it.
import { parseCells, type CellLine } from './cells.js';
import { setStyle } from './sgr.js';

const MOVE = 3;

function rowCost(before: CellLine, after: CellLine, style: { now: string }): number {
  let bytes = 0;
  let inRun = false;
  for (let x = 0; x < after.chars.length; x++) {
    const changed = after.chars[x] !== before.chars[x] || after.styles[x] !== before.styles[x];
    if (!changed) {
      inRun = false;
      continue;
    }
    if (!inRun) bytes += MOVE;
    inRun = true;
    if (after.styles[x] !== style.now) {
      style.now = after.styles[x] as string;
      bytes += setStyle(style.now).length;
    }
    bytes += Buffer.byteLength(after.chars[x] as string);
  }
  // What a shorter row leaves: one erase (and the move to it).
  if (before.chars.length > after.chars.length) bytes += MOVE + 3;
  return bytes;
}

export function minimumBytes(before: readonly string[], after: readonly string[]): number {
  const style = { now: '' };
  let bytes = 0;
  for (let y = 0; y < after.length; y++) {
    const was = before[y] ?? '';
    const now = after[y] as string;
    if (was === now) continue;
    const wasCells = parseCells(was);
    const nowCells = parseCells(now);
    bytes +=
      wasCells !== null && nowCells !== null
        ? rowCost(wasCells, nowCells, style)
        : MOVE + Buffer.byteLength(now);
  }
  return bytes;
}
