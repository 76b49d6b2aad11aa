// A bordered pane with its title in the top border and an optional note (scroll position)
// in the bottom one. Focus is shown without colour too: heavy border, inverse title;
// the demo's spotlight: double border and a ★.
import { Box } from 'ink';
import type { ReactNode } from 'react';
import { useDashboard } from '../hooks/use-ui.js';
import { cellWidth, truncateCells, truncateCellsStart } from '../../text/text-width.js';
import { piece, StyledRow, type Piece } from './line.js';

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

type Style = keyof typeof STYLES;

/** What both border rows need: the style, its colour, and how to draw a piece of line. */
interface Edge {
  readonly style: Style;
  readonly color: string | undefined;
  readonly piece: (text: string) => Piece;
}

function TopBorder({ props, edge }: { props: PaneFrameProps; edge: Edge }) {
  const { theme } = useDashboard();
  const { width, focused, spotlight } = props;
  const chars = STYLES[edge.style];
  const { title, detail, topFill } = topBorderTexts(props);
  const titleStyle = {
    bold: focused || spotlight,
    inverse: focused,
    color: spotlight ? theme.spotlight : undefined,
  };
  return (
    <StyledRow
      width={width}
      pieces={[
        edge.piece(`${chars.tl}${chars.h} `),
        piece(titleStyle, title),
        piece({ bold: true, color: theme.header }, detail),
        edge.piece(` ${chars.h.repeat(topFill)}${chars.tr}`),
      ]}
    />
  );
}

function BottomBorder({ props, edge }: { props: PaneFrameProps; edge: Edge }) {
  const { theme } = useDashboard();
  const { width } = props;
  const chars = STYLES[edge.style];
  const footer = props.footer
    ? ` ${truncateCellsStart(props.footer, Math.max(0, width - 6))} `
    : '';
  const bottomFill = Math.max(0, width - 3 - cellWidth(footer));
  return (
    <StyledRow
      width={width}
      pieces={[
        edge.piece(`${chars.bl}${chars.h.repeat(bottomFill)}`),
        // A count (`1–15/33`) is read from the back of the room: bold, never border grey.
        piece({ bold: true, color: theme.header }, footer),
        edge.piece(`${chars.h}${chars.br}`),
      ]}
    />
  );
}

export function PaneFrame(props: PaneFrameProps) {
  const { theme } = useDashboard();
  const { width, height, focused, spotlight } = props;
  if (width < 4 || height < 2) return null;
  const style = spotlight ? 'double' : focused ? 'bold' : 'single';
  const color = spotlight ? theme.spotlight : focused ? theme.focus : theme.border;
  // Not bold: Ink draws the side edges in colour only, and a bold corner would be brighter
  // than the line it ends on many terminals.
  const edge: Edge = { style, color, piece: (text) => piece({ color }, text) };
  return (
    <Box flexDirection="column" width={width} height={height}>
      <TopBorder props={props} edge={edge} />
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
        {...(color === undefined ? {} : { borderColor: color })}
        overflowY="hidden"
      >
        {props.children}
      </Box>
      <BottomBorder props={props} edge={edge} />
    </Box>
  );
}
