// A frame as Ink wrote it (lines of text and SGR escapes) read into the cells the SVG
// writer draws (svg-frame.ts): cells.ts splits a line into characters and style keys, and
// a key's parameters become colours and attributes. A line the cell model cannot vouch for
// (combining marks, joiners) is drawn as its plain text in the default style.
import stringWidth from 'string-width';
import { parseCells } from './cells.js';
import { BACKGROUND, color256, FOREGROUND, hex2, PALETTE, type FrameCell } from './svg-frame.js';

interface CellStyle {
  fg: string | null;
  bg: string | null;
  bold: boolean;
  dim: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  inverse: boolean;
}

const plain = (): CellStyle => ({
  fg: null,
  bg: null,
  bold: false,
  dim: false,
  italic: false,
  underline: false,
  strike: false,
  inverse: false,
});

const FLAGS: Readonly<Record<number, keyof CellStyle>> = {
  1: 'bold',
  2: 'dim',
  3: 'italic',
  4: 'underline',
  7: 'inverse',
  9: 'strike',
};

/** A colour code (30–37, 90–97, 38;5;n, 38;2;r;g;b and the background's) as `#rrggbb`. */
function colourOf(params: readonly number[], at: number): { colour: string; used: number } {
  const code = params[at] as number;
  const base = code % 10;
  if (base === 8) {
    if (params[at + 1] === 5) return { colour: color256(params[at + 2] ?? 0), used: 3 };
    const [r, g, b] = params.slice(at + 2, at + 5).map(hex2);
    return { colour: `#${r}${g}${b}`, used: 5 };
  }
  return { colour: PALETTE[base + (code >= 90 ? 8 : 0)] as string, used: 1 };
}

/** The style a key of sgr.ts stands for (its parameters, as set from a reset). */
export function styleOfKey(key: string): CellStyle {
  const style = plain();
  if (key === '') return style;
  const params = key.split(';').map(Number);
  for (let i = 0; i < params.length;) {
    const code = params[i] as number;
    const flag = FLAGS[code];
    if (flag !== undefined) {
      (style[flag] as boolean) = true;
      i += 1;
      continue;
    }
    const isFg = (code >= 30 && code <= 38) || (code >= 90 && code <= 97);
    const isBg = (code >= 40 && code <= 48) || (code >= 100 && code <= 107);
    if (!isFg && !isBg) {
      i += 1;
      continue;
    }
    const { colour, used } = colourOf(params, i);
    if (isFg) style.fg = colour;
    else style.bg = colour;
    i += used;
  }
  return style;
}

function cell(x: number, width: number, char: string, s: CellStyle): FrameCell {
  const [fg, bg] = s.inverse ? [s.bg ?? BACKGROUND, s.fg ?? FOREGROUND] : [s.fg, s.bg];
  const { bold, dim, italic, underline, strike } = s;
  return { x, width, char, fg, bg, bold, dim, italic, underline, strike };
}

// eslint-disable-next-line no-control-regex -- SGR escapes, dropped from a plain line
const SGR = /\x1b\[[0-9;:]*m/g;

/** One frame line as cells; a continuation cell ('') belongs to the wide one before it. */
export function lineCells(line: string): FrameCell[] {
  const parsed = parseCells(line);
  const out: FrameCell[] = [];
  if (parsed === null) {
    let x = 0;
    for (const char of line.replace(SGR, '')) {
      const width = Math.max(1, stringWidth(char));
      out.push(cell(x, width, char, plain()));
      x += width;
    }
    return out;
  }
  parsed.chars.forEach((char, x) => {
    if (char === '') return;
    const width = parsed.chars[x + 1] === '' ? 2 : 1;
    out.push(cell(x, width, char, styleOfKey(parsed.styles[x] as string)));
  });
  return out;
}

export const frameCells = (lines: readonly string[]): FrameCell[][] => lines.map(lineCells);
