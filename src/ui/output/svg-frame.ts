// A frame of cells as an SVG picture (issue 14, "frames for writers"; the README's picture
// too, scripts/render-screenshot.mjs): a monospace grid, one cell 8.4×18 px, a wide
// character two cells; runs of cells in one style become one <text> placed by column and
// stretched to its cells, so the grid holds whatever font the viewer has. Colours are the
// terminal's 16 (the theme names only those) and the 256-colour cube; text is XML-escaped.

export interface FrameCell {
  /** Column of the cell's left edge. */
  readonly x: number;
  /** 1, or 2 for a wide character. */
  readonly width: number;
  readonly char: string;
  /** `#rrggbb`; null for the terminal's default. */
  readonly fg: string | null;
  readonly bg: string | null;
  readonly bold: boolean;
  readonly dim: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly strike: boolean;
}

export type FrameRows = readonly (readonly FrameCell[])[];

/** xterm's default 16 colours. */
export const PALETTE: readonly string[] = [
  '#000000',
  '#cd3131',
  '#0dbc79',
  '#e5e510',
  '#2472c8',
  '#bc3fbc',
  '#11a8cd',
  '#e5e5e5',
  '#666666',
  '#f14c4c',
  '#23d18b',
  '#f5f543',
  '#3b8eea',
  '#d670d6',
  '#29b8db',
  '#ffffff',
];
export const FOREGROUND = '#d4d4d4';
export const BACKGROUND = '#1e1e1e';

const CELL_WIDTH = 8.4;
const LINE_HEIGHT = 18;
const PAD = 12;
const BASELINE = 13;

export const hex2 = (n: number): string => n.toString(16).padStart(2, '0');

/** One of the 256 colours as `#rrggbb`. */
export function color256(n: number): string {
  if (n < 16) return PALETTE[n] as string;
  if (n < 232) {
    const v = [0, 95, 135, 175, 215, 255];
    const i = n - 16;
    return `#${hex2(v[Math.floor(i / 36)] as number)}${hex2(v[Math.floor(i / 6) % 6] as number)}${hex2(v[i % 6] as number)}`;
  }
  const g = hex2(8 + (n - 232) * 10);
  return `#${g}${g}${g}`;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const px = (cells: number) => (PAD + cells * CELL_WIDTH).toFixed(1);

function backgrounds(cells: readonly FrameCell[], top: number): string[] {
  return cells
    .filter((c) => c.bg !== null)
    .map(
      (c) =>
        `<rect x="${px(c.x)}" y="${top}" width="${(c.width * CELL_WIDTH).toFixed(1)}" height="${LINE_HEIGHT}" fill="${c.bg}"/>`,
    );
}

interface Run {
  readonly first: FrameCell;
  text: string;
  cells: number;
}

function runText(run: Run, top: number): string | null {
  if (run.text.trim() === '') return null;
  const c = run.first;
  const attrs = [
    `x="${px(c.x)}"`,
    `y="${top + BASELINE}"`,
    `fill="${c.fg ?? FOREGROUND}"`,
    `textLength="${(run.cells * CELL_WIDTH).toFixed(1)}"`,
    'lengthAdjust="spacingAndGlyphs"',
  ];
  if (c.bold) attrs.push('font-weight="bold"');
  if (c.dim) attrs.push('fill-opacity="0.6"');
  if (c.italic) attrs.push('font-style="italic"');
  const decoration = [c.underline && 'underline', c.strike && 'line-through'].filter(Boolean);
  if (decoration.length > 0) attrs.push(`text-decoration="${decoration.join(' ')}"`);
  return `<text ${attrs.join(' ')} xml:space="preserve">${escapeXml(run.text)}</text>`;
}

const styleKey = (c: FrameCell) =>
  `${c.fg}|${c.bold}|${c.dim}|${c.italic}|${c.underline}|${c.strike}`;

/** Runs of adjacent cells in one style, each one <text>. */
function texts(cells: readonly FrameCell[], top: number): string[] {
  const out: string[] = [];
  let run: Run | null = null;
  const flush = () => {
    const text = run === null ? null : runText(run, top);
    if (text !== null) out.push(text);
  };
  for (const c of cells) {
    if (run && styleKey(run.first) === styleKey(c) && run.first.x + run.cells === c.x) {
      run.text += c.char;
      run.cells += c.width;
    } else {
      flush();
      run = { first: c, text: c.char, cells: c.width };
    }
  }
  flush();
  return out;
}

/** The SVG document of a frame `columns`×`rows` cells. */
export function frameSvg(frame: FrameRows, columns: number, rows: number): string {
  const width = Math.ceil(columns * CELL_WIDTH + PAD * 2);
  const height = rows * LINE_HEIGHT + PAD * 2;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="'DejaVu Sans Mono', Menlo, Consolas, monospace" font-size="14">`,
    `<rect width="100%" height="100%" fill="${BACKGROUND}" rx="6"/>`,
  ];
  frame.slice(0, rows).forEach((cells, y) => {
    const top = PAD + y * LINE_HEIGHT;
    parts.push(...backgrounds(cells, top), ...texts(cells, top));
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
