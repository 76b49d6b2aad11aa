// A bordered pane with its title in the top border and an optional note (scroll position)
// in the bottom one. Focus is shown without colour too: heavy border, inverse title;
// the demo's spotlight: double border and a ★.
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useDashboard } from '../hooks/use-ui.js';
import { cellWidth, truncateCells, truncateCellsStart } from '../../text/text-width.js';
import { Line, span } from './line.js';

export interface PaneFrameProps {
  readonly width: number;
  readonly height: number;
  /** Pane number (the 1–4 keys), shown before the title. */
  readonly number?: number;
  readonly title: string;
  /** Dimmer text after the title (counts, filter). */
  readonly detail?: string;
  readonly focused: boolean;
  readonly spotlight: boolean;
  /** Right end of the bottom border. */
  readonly footer?: string;
  readonly children?: ReactNode;
}

const STYLES = {
  single: { tl: '┌', tr: '┐', bl: '└', br: '┘', h: '─' },
  bold: { tl: '┏', tr: '┓', bl: '┗', br: '┛', h: '━' },
  double: { tl: '╔', tr: '╗', bl: '╚', br: '╝', h: '═' },
} as const;

/** The top border's title and detail, cut to fit, and how much border is left after them. */
function topBorderTexts(props: PaneFrameProps) {
  const { width, spotlight } = props;
  const room = width - 5;
  const number = props.number === undefined ? '' : `${props.number} `;
  const label = `${spotlight ? '★ ' : ''}${number}${props.title}`;
  const title = truncateCells(label, room);
  const detail =
    props.detail && cellWidth(title) + 1 < room
      ? truncateCells(` ${props.detail}`, room - cellWidth(title))
      : '';
  const topFill = Math.max(0, width - 5 - cellWidth(title) - cellWidth(detail));
  return { title, detail, topFill };
}

export function PaneFrame(props: PaneFrameProps) {
  const { theme } = useDashboard();
  const { width, height, focused, spotlight } = props;
  if (width < 4 || height < 2) return null;
  const style = spotlight ? 'double' : focused ? 'bold' : 'single';
  const chars = STYLES[style];
  const borderColor = spotlight ? theme.spotlight : focused ? theme.focus : theme.border;
  const { title, detail, topFill } = topBorderTexts(props);
  const footer = props.footer
    ? ` ${truncateCellsStart(props.footer, Math.max(0, width - 6))} `
    : '';
  const bottomFill = Math.max(0, width - 3 - cellWidth(footer));
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Line>
        <Text color={borderColor} bold={focused}>{`${chars.tl}${chars.h} `}</Text>
        {span(
          {
            bold: focused || spotlight,
            inverse: focused,
            color: spotlight ? theme.spotlight : undefined,
          },
          title,
        )}
        <Text bold color={theme.header}>
          {detail}
        </Text>
        <Text color={borderColor} bold={focused}>{` ${chars.h.repeat(topFill)}${chars.tr}`}</Text>
      </Line>
      {/* Keyed by style: Ink 6.8 re-applies a changed borderStyle to all four edges, so
          switching it on a Box with borderTop={false} would bring the hidden edges back
          (and squeeze the rows). A new Box per style avoids that. Rows are clipped, not
          columns: a horizontal clip makes Ink measure and slice every line inside on every
          frame (string-width and slice-ansi, a third of a frame's cost), and each row is
          already cut to the width (line.tsx). */}
      <Box
        key={style}
        flexDirection="column"
        width={width}
        height={height - 2}
        borderStyle={style}
        borderTop={false}
        borderBottom={false}
        borderColor={borderColor}
        overflowY="hidden"
      >
        {props.children}
      </Box>
      <Line color={borderColor} bold={focused}>
        {`${chars.bl}${chars.h.repeat(bottomFill)}`}
        {/* A count (`1–15/33`) is read from the back of the room: bold, never border grey. */}
        <Text bold color={theme.header}>
          {footer}
        </Text>
        {`${chars.h}${chars.br}`}
      </Line>
    </Box>
  );
}
