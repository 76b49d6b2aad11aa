// The console's scrollback: bounded, classified lines, and the rows a pane of a given size
// shows. Only the visible tail is wrapped per frame, so a full scrollback costs no more
// than a short one.
import { printable, wrapCells, wrapWords } from '../text/text-width.js';

/** PowerShell's output wraps like a console, by cells; the dashboard's notes wrap at blanks. */
const wrapLine = (line: ConsoleLine, width: number) =>
  line.kind === 'note' ? wrapWords(line.text, width) : wrapCells(line.text, width);

export type ConsoleLineKind = 'command' | 'output' | 'error' | 'note';

export interface ConsoleLine {
  readonly id: number;
  readonly kind: ConsoleLineKind;
  readonly text: string;
}

export const SCROLLBACK_LIMIT = 500;
export const HISTORY_LIMIT = 100;

/**
 * Which of a command's output lines belong to error records. The shell writes the records
 * first (ending with the FullyQualifiedErrorId line and one blank line), then the output.
 */
export function classifyOutput(lines: readonly string[], hadError: boolean): ConsoleLineKind[] {
  const kinds: ConsoleLineKind[] = lines.map(() => 'output');
  if (!hadError) return kinds;
  let last = -1;
  lines.forEach((line, i) => {
    if (line.startsWith('    + FullyQualifiedErrorId : ')) last = i;
  });
  const end = Math.min(lines.length - 1, last + 1);
  for (let i = 0; i <= end; i++) kinds[i] = 'error';
  return kinds;
}

export interface NewLine {
  readonly kind: ConsoleLineKind;
  readonly text: string;
}

/** Appends, keeping the newest SCROLLBACK_LIMIT lines. */
export function appendLines(
  lines: readonly ConsoleLine[],
  nextId: number,
  added: readonly NewLine[],
): { lines: readonly ConsoleLine[]; nextId: number } {
  if (added.length === 0) return { lines, nextId };
  const fresh = added.map((l, i) => ({ id: nextId + i, kind: l.kind, text: printable(l.text) }));
  const all =
    lines.length + fresh.length > SCROLLBACK_LIMIT
      ? [...lines, ...fresh].slice(-SCROLLBACK_LIMIT)
      : [...lines, ...fresh];
  return { lines: all, nextId: nextId + added.length };
}

export interface ConsoleRow {
  readonly key: string;
  readonly kind: ConsoleLineKind;
  readonly text: string;
}

export interface ConsoleWindow {
  readonly rows: readonly ConsoleRow[];
  /** Wrapped rows above the window (scrolled off the top). */
  readonly hiddenAbove: boolean;
}

/**
 * Output rows a window shows at least before the blank lines that end the output
 * (PowerShell ends a table with two): in a short console those blanks would fill it and
 * push the table's last rows out of sight (80×24 in Korean has two rows above the prompt),
 * so they give way first; a console with room shows them as PowerShell prints them.
 */
export const MIN_ROWS_BEFORE_TRAILING_BLANKS = 4;

const isBlank = (line: ConsoleLine) => line.text.trim() === '';

/** How many of the blank lines that end `lines` a window of `height` rows leaves out. */
function hiddenTrailingBlanks(lines: readonly ConsoleLine[], height: number): number {
  let trailing = 0;
  while (trailing < lines.length && isBlank(lines[lines.length - 1 - trailing] as ConsoleLine))
    trailing++;
  if (trailing === lines.length) return 0;
  const shown = Math.max(0, Math.min(trailing, height - MIN_ROWS_BEFORE_TRAILING_BLANKS));
  return trailing - shown;
}

/**
 * The `height` rows ending `scrollBack` rows above the bottom, wrapped at `width`. Walks
 * back from the newest line only as far as it needs. The blank lines that end the output
 * give way to output rows in a short window (MIN_ROWS_BEFORE_TRAILING_BLANKS); scrolling
 * counts from the last row shown, so PgUp never brings them back.
 */
export function consoleWindow(
  lines: readonly ConsoleLine[],
  width: number,
  height: number,
  scrollBack: number,
): ConsoleWindow {
  if (height <= 0) return { rows: [], hiddenAbove: lines.length > 0 };
  const hidden = hiddenTrailingBlanks(lines, height);
  const need = height + Math.max(0, scrollBack);
  const rows: ConsoleRow[] = [];
  let i = lines.length - 1 - hidden;
  for (; i >= 0 && rows.length < need; i--) {
    const line = lines[i] as ConsoleLine;
    const parts = wrapLine(line, width);
    for (let p = parts.length - 1; p >= 0; p--)
      rows.push({ key: `${line.id}.${p}`, kind: line.kind, text: parts[p] as string });
  }
  rows.reverse();
  const end = Math.max(0, rows.length - Math.max(0, scrollBack));
  const start = Math.max(0, end - height);
  return { rows: rows.slice(start, end), hiddenAbove: start > 0 || i >= 0 };
}

/** All wrapped rows a window of `height` can show: how far the console can scroll back. */
export function shownRowCount(
  lines: readonly ConsoleLine[],
  width: number,
  height: number,
): number {
  let count = 0;
  for (const line of lines) count += wrapLine(line, width).length;
  return count - hiddenTrailingBlanks(lines, height);
}
