// The part of a long input line the console shows: Ink would measure and cut the whole line
// on every keystroke (a 100,000-character paste, issue 15), so only the cells around the
// cursor are given to it, measured with the bounded cuts of text-width.ts.
import type { EditLine } from '../state/line-edit.js';
import { cellWidth, truncateCells, truncateCellsStart } from './text-width.js';

/** At most `width` cells of the line with the cursor on screen, as Ink's truncate-start. */
export function visibleInput(text: string, cursor: number, width: number): EditLine {
  if (text.length <= width) return { text, cursor };
  if (cursor >= text.length) {
    // Typing at the end (the usual case): the tail, and the cursor's blank cell after it.
    const tail = truncateCellsStart(text, Math.max(1, width - 1));
    return { text: tail, cursor: tail.length };
  }
  const before = truncateCellsStart(text.slice(0, cursor), Math.max(1, Math.floor(width / 2)));
  const after = truncateCells(text.slice(cursor), Math.max(1, width - cellWidth(before)));
  return { text: before + after, cursor: before.length };
}
