// One row of text, one line high: the dashboard's rows, its borders' pieces, its console.
//
// Why not <Text> itself: Ink lays a <Text> out by measuring its string (Yoga's measure
// function) and caches what it measured (Ink 6.8 never forgot; Ink 8 bounds the cache,
// docs/ink-notes.md): a dashboard whose counters move every second would measure ~34 new
// rows a tick on the 120×40 lab. Measuring is work for nothing: a row whose height is
// given needs none (its width is its pane's). So a row is Ink's own text element with a
// height of one: Yoga never asks.
//
// And why pre-styled: Ink handles every text node on every frame, whatever changed
// (docs/ink-notes.md, "What Ink does with a row on every frame"). It squashes the node's
// spans, applying each one's chalk styles, scans the result for escape sequences
// (sanitizeAnsi), measures it with string-width — through the grapheme segmenter as soon
// as one character is not ASCII, such as a row's ◆ (13–38 µs a row) — and tokenises it
// twice in its output pass. A row here gives Ink a stand-in of blanks as wide as the row
// (string-width's fast path; tokenised once a frame for all rows of that width), and its
// text node's transform, which Ink applies to each line after measuring it and just before
// writing it, hands back the row styled as Ink's <Text> would have styled it: the same
// chalk calls in the same order (styleText), so the terminal shows the same cells. Ink's
// contract for a transform holds: it does not change the output's dimensions. At 50,000
// processes this took a cursor move in the Session pane from ~6 to ~4 ms of CPU.
import chalk, { foregroundColorNames } from 'chalk';
import { Text, useIsScreenReaderEnabled, type TextProps } from 'ink';
import { createElement, type ReactNode } from 'react';
import { cellWidth, truncateCells } from '../../text/text-width.js';

export type LineProps = Omit<TextProps, 'wrap'>;

/** A span of a row: text alone, or text and the style Ink's <Text> would give it. */
export type Piece = string | { readonly text: string; readonly style: LineProps };

const ROW = {
  flexGrow: 0,
  // Never squeezed: a pane lists at most the rows that fit, and clips below its bottom.
  flexShrink: 0,
  flexDirection: 'row',
  textWrap: 'truncate-end',
  height: 1,
} as const;

/** No style is on (every prop unset or false): Ink's <Text> would leave the text as it is. */
export function plainStyle(style: object): boolean {
  for (const value of Object.values(style))
    if (value !== undefined && value !== false) return false;
  return true;
}

/** A span as a Piece: the text itself when no style is on. */
export function piece(style: LineProps, text: string): Piece {
  return plainStyle(style) ? text : { text, style };
}

/** Ink's colorize (build/colorize.js), for the colours a theme names and hex colours. */
function colorize(text: string, color: LineProps['color'], type: 'fg' | 'bg'): string {
  if (!color) return text;
  if ((foregroundColorNames as readonly string[]).includes(color)) {
    const name = type === 'fg' ? color : `bg${color.charAt(0).toUpperCase()}${color.slice(1)}`;
    const style = (chalk as unknown as Record<string, ((s: string) => string) | undefined>)[name];
    return style === undefined ? text : style(text);
  }
  if (color.startsWith('#'))
    return type === 'fg' ? chalk.hex(color)(text) : chalk.bgHex(color)(text);
  return text;
}

/**
 * `text` styled as Ink's <Text> styles it (build/components/Text.js, its transform): the
 * same chalk calls in the same order. An empty text stays empty, as Ink skips it.
 */
export function styleText(text: string, style: LineProps): string {
  if (text === '') return text;
  let out = text;
  if (style.dimColor) out = chalk.dim(out);
  out = colorize(out, style.color, 'fg');
  out = colorize(out, style.backgroundColor, 'bg');
  if (style.bold) out = chalk.bold(out);
  if (style.italic) out = chalk.italic(out);
  if (style.underline) out = chalk.underline(out);
  if (style.strikethrough) out = chalk.strikethrough(out);
  if (style.inverse) out = chalk.inverse(out);
  return out;
}

const textOf = (p: Piece) => (typeof p === 'string' ? p : p.text);

/** The row as Ink squashes <Line {...style}>{spans}</Line>: each span styled, then the row. */
function styledRow(pieces: readonly Piece[], style: LineProps): string {
  let row = '';
  for (const p of pieces) row += typeof p === 'string' ? p : styleText(p.text, p.style);
  return plainStyle(style) ? row : styleText(row, style);
}

/** The pieces cut to `width` cells, the ellipsis in the style of the piece it ends. */
function cutPieces(pieces: readonly Piece[], width: number): Piece[] {
  const cut = truncateCells(pieces.map(textOf).join(''), width);
  const out: Piece[] = [];
  let at = 0;
  for (const p of pieces) {
    if (at >= cut.length) break;
    const text = cut.slice(at, at + textOf(p).length);
    at += textOf(p).length;
    out.push(typeof p === 'string' ? text : { text, style: p.style });
  }
  return out;
}

/** Blanks, one string per width: the stand-in Ink measures and tokenises. */
const blanks: string[] = [];
const blanksOf = (width: number) => (blanks[width] ??= ' '.repeat(width));

// eslint-disable-next-line no-control-regex -- a control character or a line break
const NOT_ONE_LINE = /[\x00-\x1f\x7f-\x9f]/;

/** Ink's own path: its text element, the row's style around the children as a <Text>. */
function inkText(rowStyle: object, style: LineProps, children: ReactNode) {
  return createElement(
    'ink-text',
    { style: rowStyle },
    plainStyle(style) ? children : <Text {...style}>{children}</Text>,
  );
}

/** The pieces as Ink's own spans: text, or a <Text> in its style. */
const inkSpans = (pieces: readonly Piece[]) =>
  pieces.map((p, i) =>
    typeof p === 'string' ? (
      p
    ) : (
      <Text key={i} {...p.style}>
        {p.text}
      </Text>
    ),
  );

/**
 * A row of `pieces` in `style`, drawn as Ink would draw <Text {...style}>{spans}</Text>
 * one line high (the same cells), for a fraction of Ink's per-frame work (above). With
 * `width`, exactly that many cells (a piece of a border row). Text with a control
 * character or a line break, and a screen reader's plain output, take Ink's own path.
 */
export function StyledRow({
  pieces,
  style = {},
  width,
}: {
  readonly pieces: readonly Piece[];
  readonly style?: LineProps;
  readonly width?: number;
}) {
  const screenReader = useIsScreenReaderEnabled();
  const rowStyle = width === undefined ? ROW : { ...ROW, width };
  const plain = pieces.map(textOf).join('');
  if (screenReader || NOT_ONE_LINE.test(plain)) return inkText(rowStyle, style, inkSpans(pieces));
  const stand = blanksOf(cellWidth(plain));
  const row = styledRow(pieces, style);
  // Ink cuts a row wider than its box before the transform: then the pieces are cut alike.
  const transform = (line: string) =>
    line === stand ? row : styledRow(cutPieces(pieces, cellWidth(line)), style);
  return createElement('ink-text', { style: rowStyle, internal_transform: transform }, stand);
}

/**
 * One row in one style: <Text wrap="truncate-end"> one line high. A row of text alone is a
 * StyledRow; one with elements inside (an edit cursor) goes Ink's own way.
 */
export function Line({ children, ...style }: LineProps) {
  if (children === undefined || children === null) return null;
  if (typeof children === 'string') return <StyledRow style={style} pieces={[children]} />;
  return inkText(ROW, style, children as ReactNode);
}
