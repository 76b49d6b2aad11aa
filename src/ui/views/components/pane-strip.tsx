// The single-pane tier's strip: which pane is shown, and the keys to the others.
import { Text } from 'ink';
import { memo } from 'react';
import { useDashboard } from '../hooks/use-ui.js';
import { PANE_ORDER, type PaneId } from '../../state/layout.js';
import { padCells } from '../../text/text-width.js';
import { stripLabels, stripTexts } from '../../text/strip-labels.js';
import { Line } from './line.js';

function PaneStripView({ width, shown }: { readonly width: number; readonly shown: PaneId }) {
  const { theme, t } = useDashboard();
  const labels = stripLabels(stripTexts(t), width);
  const used = labels.at(-1)?.to ?? 0;
  return (
    <Line>
      {PANE_ORDER.map((pane, i) => {
        const active = pane === shown;
        return (
          <Text
            key={pane}
            inverse={active}
            bold={active}
            color={active ? theme.focus : theme.muted}
          >
            {labels[i]?.text}
          </Text>
        );
      })}
      {padCells('', Math.max(0, width - used))}
    </Line>
  );
}

export const PaneStrip = memo(PaneStripView);
