// The single-pane tier's strip: which pane is shown, and the keys to the others.
import { memo } from 'react';
import { useDashboard } from '../hooks/use-ui.js';
import { PANE_ORDER, type PaneId } from '../../state/layout.js';
import { padCells } from '../../text/text-width.js';
import { stripLabels, stripTexts } from '../../text/strip-labels.js';
import { piece, StyledRow } from './line.js';

function PaneStripView({ width, shown }: { readonly width: number; readonly shown: PaneId }) {
  const { theme, t } = useDashboard();
  const labels = stripLabels(stripTexts(t), width);
  const used = labels.at(-1)?.to ?? 0;
  return (
    <StyledRow
      pieces={[
        ...PANE_ORDER.map((pane, i) => {
          const active = pane === shown;
          const style = {
            inverse: active,
            bold: active,
            color: active ? theme.focus : theme.muted,
          };
          return piece(style, labels[i]?.text ?? '');
        }),
        padCells('', Math.max(0, width - used)),
      ]}
    />
  );
}

export const PaneStrip = memo(PaneStripView);
