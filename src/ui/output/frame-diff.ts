// Ink redraws a frame by erasing every line and writing them all again (~5 KB at 120×40
// when one counter changed); its `incrementalRendering` rewrites whole changed lines. This
// turns Ink's standard erase-and-rewrite write into one that rewrites only the cells that
// changed (cell-diff.ts), and leaves the cursor where Ink expects it (at the
// start of the line below the frame), so Ink's own bookkeeping stays true. Whatever it
// does not recognise as a frame it passes through untouched and forgets what the screen
// holds, so the next frame is Ink's full redraw again: a resize, a clear, a frame of
// another height or anything written by someone else costs bytes, never correctness.

/** Ink's erase of the previous frame: `n` × erase-line, cursor-up between, then column 1. */
// eslint-disable-next-line no-control-regex -- matching escape sequences is the point
const ERASE = /^((?:\x1b\[2K\x1b\[1A)*)\x1b\[2K\x1b\[G/;
const ERASE_STEP = '\x1b[2K\x1b[1A';
// eslint-disable-next-line no-control-regex -- as above
const SGR = /\x1b\[[0-9;:]*m/g;
// An OSC 8 hyperlink, which does not move the cursor either.
// eslint-disable-next-line no-control-regex -- as above
const HYPERLINK = /\x1b\]8;[^\x07\x1b]*(?:\x07|\x1b\\)/g;
// Anything but text, SGR and line feeds may move the cursor.
// eslint-disable-next-line no-control-regex -- as above
const OTHER_CONTROL = /[\x00-\x09\x0b-\x1f\x7f]/;

// eslint-disable-next-line no-control-regex -- the same, for a body with no hyperlink in it
const CONTROL_BUT_SGR = /[\x00-\x09\x0b-\x1a\x1c-\x1f\x7f]|\x1b(?!\[[0-9;:]*m)/;

/** Writes that change neither the screen's text nor the cursor's place. */
const NEUTRAL = new Set([
  '',
  '\x1b[?2026h', // begin synchronized update
  '\x1b[?2026l', // end synchronized update
  '\x1b[?25l', // hide cursor
  '\x1b[?25h', // show cursor
]);

import { cellDiff, cellsOf, type FrameRow } from './cell-diff.js';

export interface FrameWrite {
  /** Lines erased above (and including) the cursor's line before the body was written. */
  readonly erased: number;
  /** The frame, one entry per line; the last is '' (the cursor's line below the frame). */
  readonly lines: string[];
}

/** Ink's standard frame write, or null for anything else. */
export function parseFrameWrite(chunk: string): FrameWrite | null {
  const erase = ERASE.exec(chunk);
  const erased = erase === null ? 0 : (erase[1] as string).length / ERASE_STEP.length + 1;
  const body = erase === null ? chunk : chunk.slice(erase[0].length);
  if (!body.endsWith('\n')) return null;
  // One pass without copies when there is no hyperlink (every frame of ours): a frame is
  // ~5 KB and this runs on each.
  const moves = body.includes('\x1b]')
    ? OTHER_CONTROL.test(body.replace(SGR, '').replace(HYPERLINK, ''))
    : CONTROL_BUT_SGR.test(body);
  if (moves) return null;
  return { erased, lines: body.split('\n') };
}

/** Follows what Ink has put on screen and rewrites its frames as cell diffs. */
export class FrameDiffer {
  /** The rows on screen as Ink left them, or null when not known. */
  private screen: FrameRow[] | null = null;
  /** The last frame Ink wrote, kept through a resize or a final write (key p, --snapshot). */
  private last: FrameRow[] | null = null;

  /** @param columns the terminal's width now (a write into its last column is special) */
  constructor(private readonly columns: () => number = () => Number.POSITIVE_INFINITY) {}

  /** What to send to the terminal for one write of Ink's. */
  transform(chunk: string): string {
    if (NEUTRAL.has(chunk)) return chunk;
    const frame = parseFrameWrite(chunk);
    const before = this.screen;
    const after = frame?.lines.map((text, y) => reuse(before?.[y], text)) ?? null;
    this.screen = after;
    if (after !== null) this.last = after;
    if (frame === null || after === null || before === null) return chunk;
    if (frame.erased !== before.length || after.length !== before.length) return chunk;
    return cellDiff(before, after, this.columns());
  }

  /** The last frame Ink wrote, one string a row (key p's picture); null before the first. */
  lastFrame(): readonly string[] | null {
    return this.last === null ? null : this.last.slice(0, -1).map((row) => row.text);
  }

  /**
   * Parses the cells of the rows on screen now, which the next frame's diff reads for each
   * row it changes; returns how many were parsed (rows already parsed are kept). Run while
   * idle after the first frame (warm-up.ts): the first key's diff then neither parses the
   * screen it changes nor runs the cell parser for the first time (its regular expressions
   * compiled, each character's width looked up: ~11 ms of that key in a real terminal).
   */
  parseScreen(): number {
    let parsed = 0;
    for (const row of this.screen ?? [])
      if (row.cells === undefined) {
        cellsOf(row);
        parsed++;
      }
    return parsed;
  }

  /** The screen changed under us (a resize): the next frame goes out in full. */
  forget(): void {
    this.screen = null;
  }
}

/** The row as it was when its text is the same (its cells already parsed), else a new one. */
const reuse = (row: FrameRow | undefined, text: string): FrameRow =>
  row !== undefined && row.text === text ? row : { text };
