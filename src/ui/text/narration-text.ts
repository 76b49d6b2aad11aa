// Demo mode's narration as rows. A narration is the lesson of its step, so it is not cut
// at the width if more rows can hold it: the layout gives the narration as many rows (up
// to MAX_NARRATION_ROWS; layout.ts may give fewer) as the scenario's longest text needs
// at this width, once for the whole demo, so that the panes do not jump as one narration
// follows another.
import { wrapMarked } from './text-width.js';

/** Three one pane at a time; from 80 columns every built-in narration fits in two. */
export const MAX_NARRATION_ROWS = 3;
/** The split layouts keep their panes: at most two rows there. */
export const SPLIT_NARRATION_ROWS = 2;
const MARK = ' » ';

/** `text` in at most `rows` rows of `width` cells: " » " then words, the last row cut with …. */
export function narrationRows(text: string, width: number, rows: number): string[] {
  return wrapMarked(text, MARK, width, rows);
}

const heights = new WeakMap<readonly string[], Map<number, number>>();

/** The rows the narration needs at `width`: what the longest of `narrations` needs, 1–3. */
export function narrationHeight(narrations: readonly string[], width: number): number {
  let byWidth = heights.get(narrations);
  if (byWidth === undefined) heights.set(narrations, (byWidth = new Map()));
  let height = byWidth.get(width);
  if (height === undefined) {
    height = 1;
    for (const text of narrations) {
      if (height >= MAX_NARRATION_ROWS) break;
      height = Math.max(height, narrationRows(text, width, MAX_NARRATION_ROWS).length);
    }
    if (byWidth.size > 64) byWidth.clear();
    byWidth.set(width, height);
  }
  return height;
}
