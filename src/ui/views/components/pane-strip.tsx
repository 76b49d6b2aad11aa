// The single-pane tier's strip: which pane is shown, and the keys to the others.
import { Text } from 'ink';
import { memo } from 'react';
import { useDashboard } from '../hooks/use-ui.js';
import { PANE_ORDER, type PaneId } from '../../state/layout.js';
import type { MessageKey } from '../../text/messages-en.js';
import { cellWidth, padCells, truncateCells } from '../../text/text-width.js';
import { Line } from './line.js';

const LABEL: Readonly<Record<PaneId, MessageKey>> = {
  containers: 'strip.containers',
  host: 'strip.host',
  session: 'strip.session',
  console: 'strip.console',
};

function PaneStripView({ width, shown }: { readonly width: number; readonly shown: PaneId }) {
  const { theme, t } = useDashboard();
  const labels = PANE_ORDER.map((pane, i) => `${i + 1} ${t(LABEL[pane])}`);
  // Shorten every label alike until the strip fits.
  let size = Math.max(...labels.map(cellWidth));
  const fits = (n: number) =>
    labels.reduce((sum, l) => sum + Math.min(cellWidth(l), n) + 2, 0) <= width;
  while (size > 3 && !fits(size)) size--;
  return (
    <Line>
      {PANE_ORDER.map((pane, i) => {
        const label = ` ${truncateCells(labels[i] as string, size)} `;
        const active = pane === shown;
        return (
          <Text
            key={pane}
            inverse={active}
            bold={active}
            color={active ? theme.focus : theme.muted}
          >
            {label}
          </Text>
        );
      })}
      {padCells(
        '',
        Math.max(0, width - labels.reduce((sum, l) => sum + Math.min(cellWidth(l), size) + 2, 0)),
      )}
    </Line>
  );
}

export const PaneStrip = memo(PaneStripView);
