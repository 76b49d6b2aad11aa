// Terminal cell widths. Hangul and other CJK characters take two cells, so padding by
// `.length` would push every column after a Korean word out of line. string-width is what
// Ink measures with, so a row padded here is exactly as wide as Ink thinks it is.
import QuickLRU from 'quick-lru';
import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
/**
 * Text string-width gives one cell per code unit: Latin (no soft hyphen, no combining
 * marks), dashes, quotes and ellipsis, arrows, box drawing and geometric shapes (not the
 * two that are emoji). The dashboard's own texts (·, —, →, ◆) are mostly this: measured
 * without segmenting, 500 kernel texts on a first frame cost nothing. Checked against
 * string-width for every code point (test/ui/text-width).
 */
export const NARROW_TEXT =
  /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2190-\u21ff\u2500-\u25fc\u25ff]*$/;
// C0/C1 controls and DEL would move the cursor or start an escape sequence.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
// eslint-disable-next-line no-control-regex -- as above
const ANY_CONTROL = /[\x00-\x1f\x7f-\x9f]/g;
// eslint-disable-next-line no-control-regex -- CSI sequences (a pasted colour code, an arrow key)
const ESCAPE_SEQUENCE = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]/g;

/**
 * Typed or pasted text as a one-line field keeps it: no escape sequences or controls, tabs
 * as blanks.
 */
export function fieldText(text: string): string {
  return text.replace(/\t/g, ' ').replace(ESCAPE_SEQUENCE, '').replace(ANY_CONTROL, '');
}

export const ELLIPSIS = '…';

// string-width segments a non-ASCII string grapheme by grapheme, and the same texts (tags,
// borders, titles, every visible row of a big host) are measured on every frame. A cache
// that forgot everything when full (it held 512) was re-measuring a whole screen after
// each toggle at 10,000 processes (issue 16): keep the ones used lately, bounded.
const WIDTH_CACHE_LIMIT = 8192;
const widths = new QuickLRU<string, number>({ maxSize: WIDTH_CACHE_LIMIT });

/**
 * Readies string-width for the screen's first measure (docs/ink-notes.md, "string-width's
 * cold start"). Its first call on non-Latin-1 text — Ink measuring a pane's box-drawing
 * border — costs 40–60 ms on Node 24; the same start costs ~13 ms in all when its first call
 * is on `·` (Latin-1), as it was while the panes' own widths still went through it. Called
 * once as the dashboard starts, inside its first frame: the work is less, not moved.
 */
export function primeStringWidth(): void {
  stringWidth('·');
}

export function cellWidth(text: string): number {
  if (PLAIN_ASCII.test(text) || NARROW_TEXT.test(text)) return text.length;
  if (text.length > 256) return stringWidth(text);
  let width = widths.get(text);
  if (width === undefined) {
    width = stringWidth(text);
    widths.set(text, width);
  }
  return width;
}

/**
 * Text that is safe to put on screen: tabs expand to the next multiple of 8 columns (as a
 * console does) and control characters show as U+FFFD instead of acting on the terminal.
 */
export function printable(text: string): string {
  if (PLAIN_ASCII.test(text)) return text;
  let out = text.replace(/\r?\n|\r/g, ' ');
  if (out.includes('\t')) {
    let column = 0;
    let expanded = '';
    for (const { segment } of segmenter.segment(out)) {
      if (segment === '\t') {
        const spaces = 8 - (column % 8);
        expanded += ' '.repeat(spaces);
        column += spaces;
      } else {
        expanded += segment;
        column += cellWidth(segment);
      }
    }
    out = expanded;
  }
  return out.replace(CONTROL, '\ufffd');
}

/**
 * How much of a text a cut looks at: a grapheme that needs more code units than this per
 * cell (a letter under dozens of combining marks) is cut inside. Measuring only this window
 * keeps a cut linear in the cells shown, not the text: segmenting a whole 50,000-character
 * title took 103 s (issue 15).
 */
const UNITS_PER_CELL = 16;

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The first code units of `text` that can fill `width` cells. */
function headWindow(text: string, width: number): string {
  const max = (width + 1) * UNITS_PER_CELL;
  if (text.length <= max) return text;
  const end = isLowSurrogate(text.charCodeAt(max)) ? max - 1 : max;
  return text.slice(0, end);
}

/** The last code units of `text` that can fill `width` cells. */
function tailWindow(text: string, width: number): string {
  const max = (width + 1) * UNITS_PER_CELL;
  if (text.length <= max) return text;
  const start = text.length - max;
  return text.slice(isLowSurrogate(text.charCodeAt(start)) ? start + 1 : start);
}

/** At most `width` cells of `text`, ending with … when something was cut. */
export function truncateCells(text: string, width: number): string {
  if (width <= 0) return '';
  if (PLAIN_ASCII.test(text) || NARROW_TEXT.test(text)) {
    return text.length <= width ? text : `${text.slice(0, width - 1)}${ELLIPSIS}`;
  }
  const window = headWindow(text, width);
  if (window === text && cellWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const { segment } of segmenter.segment(window)) {
    const w = stringWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return out + ELLIPSIS;
}

/** The last `width` cells of `text`, starting with … when something was cut. */
export function truncateCellsStart(text: string, width: number): string {
  if (width <= 0) return '';
  if (PLAIN_ASCII.test(text) || NARROW_TEXT.test(text)) {
    return text.length <= width ? text : `${ELLIPSIS}${text.slice(text.length - width + 1)}`;
  }
  const window = tailWindow(text, width);
  if (window === text && cellWidth(text) <= width) return text;
  const segments = Array.from(segmenter.segment(window), (s) => s.segment);
  const kept: string[] = [];
  let used = 0;
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i] as string;
    const w = stringWidth(segment);
    if (used + w > width - 1) break;
    kept.push(segment);
    used += w;
  }
  return ELLIPSIS + kept.reverse().join('');
}

/** `text` cut or padded with blanks to exactly `width` cells. */
export function padCells(text: string, width: number): string {
  const cut = truncateCells(text, width);
  const gap = width - cellWidth(cut);
  return gap > 0 ? cut + ' '.repeat(gap) : cut;
}

/** Right-aligned: blanks first. */
export function padCellsStart(text: string, width: number): string {
  const cut = truncateCells(text, width);
  const gap = width - cellWidth(cut);
  return gap > 0 ? ' '.repeat(gap) + cut : cut;
}

/**
 * Splits one line into rows of at most `width` cells, character by character, as a
 * console wraps (a wide character that would straddle the edge moves to the next row).
 */
export function wrapCells(text: string, width: number): string[] {
  if (width <= 0) return [''];
  if (PLAIN_ASCII.test(text) || NARROW_TEXT.test(text)) {
    if (text.length <= width) return [text];
    const rows: string[] = [];
    for (let i = 0; i < text.length; i += width) rows.push(text.slice(i, i + width));
    return rows;
  }
  const rows: string[] = [];
  let row = '';
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const w = stringWidth(segment);
    if (used + w > width && used > 0) {
      rows.push(row);
      row = '';
      used = 0;
    }
    row += segment;
    used += w;
  }
  rows.push(row);
  return rows;
}

/** Wraps at blanks (the dashboard's own notes); a word wider than the row is cut by cells. */
export function wrapWords(text: string, width: number): string[] {
  if (width <= 0) return [''];
  if (cellWidth(text) <= width) return [text];
  const rows: string[] = [];
  let row = '';
  for (const word of text.split(' ')) {
    const candidate = row === '' ? word : `${row} ${word}`;
    if (cellWidth(candidate) <= width) {
      row = candidate;
      continue;
    }
    if (row !== '') rows.push(row);
    const pieces = wrapCells(word, width);
    row = pieces.pop() ?? '';
    rows.push(...pieces);
  }
  rows.push(row);
  return rows;
}

/**
 * `text` after `mark` (" » ", " → ") in at most `rows` rows of `width` cells, wrapped at
 * blanks with the rows after the first indented under the text; what does not fit ends
 * in … on the last row.
 */
export function wrapMarked(text: string, mark: string, width: number, rows: number): string[] {
  const indent = ' '.repeat(cellWidth(mark));
  const body = Math.max(1, width - indent.length);
  const wrapped = wrapWords(printable(text), body);
  const shown = wrapped.slice(0, Math.max(1, rows));
  if (wrapped.length > shown.length) {
    const last = shown.length - 1;
    // The rest joined back is wider than a row (it wrapped), so the cut ends in ….
    shown[last] = truncateCells(wrapped.slice(last).join(' '), body);
  }
  return shown.map((row, i) => (i === 0 ? mark : indent) + row);
}
