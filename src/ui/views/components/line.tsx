// One row of text: <Text wrap="truncate-end"> for a row that is always one line high.
//
// Why not <Text> itself: Ink lays a <Text> out by measuring its string (Yoga's measure
// function) and caches what it measured (Ink 6.8 never forgot; Ink 8 bounds the cache,
// docs/ink-notes.md): a dashboard whose counters move every second would measure ~34 new
// rows a tick on the 120×40 lab. Measuring is work for nothing:
// a row whose height is given needs none (its width is its pane's). So this is Ink's own
// text element with a height of one: Yoga never asks, and the rest is Ink's <Text>
// (styles, cutting the row at the pane's width with …).
import { Text, type TextProps } from 'ink';
import { createElement, type ReactNode } from 'react';

export type LineProps = Omit<TextProps, 'wrap'>;

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

export function Line({ children, ...style }: LineProps) {
  if (children === undefined || children === null) return null;
  // A row without style (most rows) is the text element alone: an unstyled <Text> inside
  // would add a component, a node and another pass over the row's escape codes (Ink
  // sanitises each nested text's squashed string) to every row of every frame, for the
  // same output.
  return createElement(
    'ink-text',
    { style: ROW },
    plainStyle(style) ? children : <Text {...style}>{children}</Text>,
  );
}

/**
 * A span of a row: `text` in Ink's <Text> with this style, or the text itself when no
 * style is on (the same output, without the component and its node).
 */
export function span(style: LineProps, text: string): ReactNode {
  return plainStyle(style) ? text : <Text {...style}>{text}</Text>;
}

/**
 * One row of exactly `width` cells (a piece of a border row): Yoga neither stretches nor
 * measures it.
 */
export function Cells({
  width,
  children,
}: {
  readonly width: number;
  readonly children: ReactNode;
}) {
  return createElement('ink-text', { style: { ...ROW, width } }, children);
}
