// The console: scrollback (only the visible tail is wrapped) and the input line, an
// its cursor drawn where the line model has it while the user types, at the end while a
// demo types.
import { Box, Text } from 'ink';
import { memo } from 'react';
import { consoleWindow, type ConsoleLineKind } from '../../state/console-lines.js';
import { useDashboard, useUi } from '../hooks/use-ui.js';
import { innerRows, innerWidth, type Rect } from '../../state/layout.js';
import type { Theme } from '../theme.js';
import { cellWidth, truncateCells, truncateCellsStart } from '../../text/text-width.js';
import { EditLineText } from './edit-line.js';
import { visibleInput } from '../../text/input-window.js';
import { PaneFrame } from './pane-frame.js';
import { Line } from './line.js';

export interface ConsolePaneProps {
  readonly rect: Rect;
}

function lineStyle(kind: ConsoleLineKind, theme: Theme) {
  switch (kind) {
    case 'command':
      return { bold: true, color: theme.command };
    case 'error':
      return { color: theme.error };
    case 'note':
      return { dimColor: theme.dim, color: theme.muted };
    case 'output':
      return {};
  }
}

function ConsolePaneView({ rect }: ConsolePaneProps) {
  const { theme, t } = useDashboard();
  const lines = useUi((s) => s.console.lines);
  const scrollBack = useUi((s) => s.console.scrollBack);
  const input = useUi((s) => s.console.input);
  const cursor = useUi((s) => s.console.cursor);
  const prompt = useUi((s) => s.console.prompt);
  const focused = useUi((s) => s.focus === 'console' && s.overlay === null);
  const demoPlaying = useUi((s) => s.demo === 'playing');
  const spotlight = useUi((s) => s.spotlight === 'console');

  const width = innerWidth(rect);
  const height = innerRows(rect);
  const window = consoleWindow(lines, width, Math.max(0, height - 1), scrollBack);
  const shownPrompt = truncateCells(prompt, Math.max(8, Math.floor(width / 2)));
  const typing = focused && !demoPlaying;
  const inputWidth = Math.max(1, width - cellWidth(shownPrompt));

  return (
    <PaneFrame
      width={rect.width}
      height={rect.height}
      number={4}
      title={t('pane.console')}
      detail={t('pane.console.sub')}
      focused={focused}
      spotlight={spotlight}
      {...(scrollBack > 0 ? { footer: `↑ ${scrollBack}` } : {})}
    >
      {/* Rows are slots keyed by position: keyed moves of Ink text nodes misplace them
          (Ink 6.8), and a window's rows are places on screen, not identities. */}
      {window.rows.map((row, slot) => (
        <Line key={slot} {...lineStyle(row.kind, theme)}>
          {row.text === '' ? ' ' : row.text}
        </Line>
      ))}
      {scrollBack === 0 && height > 0 ? (
        <Box width={width} height={1}>
          <Text bold>{shownPrompt}</Text>
          <Box width={inputWidth} height={1} overflow="hidden">
            {typing ? (
              <Text wrap="truncate-start">
                <EditLineText line={visibleInput(input, cursor, inputWidth)} />
              </Text>
            ) : (
              <Text wrap="truncate-start">
                {truncateCellsStart(input, inputWidth - 1)}
                {demoPlaying && focused ? <Text inverse> </Text> : null}
              </Text>
            )}
          </Box>
        </Box>
      ) : null}
    </PaneFrame>
  );
}

export const ConsolePane = memo(ConsolePaneView);
