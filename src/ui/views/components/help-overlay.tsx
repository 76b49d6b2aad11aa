// The help overlay, generated from the keymap: it covers the panes (the console and the
// hint line stay), in two columns when there is room, scrolled with ↑↓ PgUp PgDn.
import { Box } from 'ink';
import { memo, useMemo } from 'react';
import {
  helpColumns,
  helpColumnWidth,
  helpSections,
  type HelpLine,
} from '../../keys/help-content.js';
import { useDashboard, useUi } from '../hooks/use-ui.js';
import { innerRows, innerWidth, type Rect } from '../../state/layout.js';
import { currentModeContexts } from '../../state/selectors.js';
import type { KeyContext } from '../../keys/key-table.js';
import { cellWidth, padCells } from '../../text/text-width.js';
import { PaneFrame } from './pane-frame.js';
import { Line, piece, StyledRow } from './line.js';

export interface HelpOverlayProps {
  readonly rect: Rect;
}

function HelpLineView({
  line,
  keyWidth,
  width,
}: {
  line: HelpLine;
  keyWidth: number;
  width: number;
}) {
  const { theme } = useDashboard();
  if (line.kind === 'blank') return <Line> </Line>;
  if (line.kind === 'section') {
    return (
      <Line bold underline color={theme.focus}>
        {padCells(line.text, Math.min(width, 40))}
      </Line>
    );
  }
  return (
    <StyledRow
      pieces={[
        piece({ bold: true, color: theme.csrss, strikethrough: line.strike === true }, line.keys),
        ' '.repeat(Math.max(0, keyWidth - cellWidth(line.keys))),
        '  ',
        padCells(line.text, Math.max(0, width - keyWidth - 2)),
      ]}
    />
  );
}

function HelpOverlayView({ rect }: HelpOverlayProps) {
  const { t, demoAvailable } = useDashboard();
  const scroll = useUi((s) => (s.overlay?.kind === 'help' ? s.overlay.scroll : 0));
  const lesson = useUi((s) => s.lesson !== null);
  // Joined: a selector must return the same value for the same state (a new array would not).
  const first = useUi((s) => currentModeContexts(s).join(' '));
  const sections = useMemo(
    () => helpSections(t, { demo: demoAvailable, lesson }, first.split(' ') as KeyContext[]),
    [t, demoAvailable, lesson, first],
  );
  const width = innerWidth(rect);
  const height = innerRows(rect);
  const twoColumns = width >= 100;
  const columnWidth = helpColumnWidth(width);
  const columns = useMemo(() => helpColumns(sections, width), [sections, width]);
  const longest = Math.max(...columns.map((c) => c.lines.length));
  const top = Math.max(0, Math.min(scroll, longest - height));
  const footer =
    longest > height
      ? `${top + 1}–${Math.min(longest, top + height)}/${longest} · ${t('help.footer')}`
      : t('help.footer');

  return (
    <PaneFrame
      width={rect.width}
      height={rect.height}
      title={t('help.title')}
      focused
      spotlight={false}
      footer={footer}
    >
      <Box flexDirection="row" width={width} height={height}>
        {columns.map(({ lines, keyWidth }, c) => (
          <Box
            key={c}
            flexDirection="column"
            width={columnWidth}
            marginRight={c === 0 && twoColumns ? 2 : 0}
          >
            {lines.slice(top, top + height).map((line, i) => (
              <HelpLineView key={i} line={line} keyWidth={keyWidth} width={columnWidth} />
            ))}
          </Box>
        ))}
      </Box>
    </PaneFrame>
  );
}

export const HelpOverlay = memo(HelpOverlayView);
