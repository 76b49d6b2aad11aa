// Demo mode's narration: one row, cut with … at the width (CJK-aware).
import { memo } from 'react';
import { useDashboard, useUi } from '../hooks/use-ui.js';
import { padCells, printable } from '../text-width.js';
import { Line } from './line.js';

function NarrationLineView({ width }: { readonly width: number }) {
  const { theme } = useDashboard();
  const narration = useUi((s) => s.narration);
  return (
    <Line bold italic color={theme.narration}>
      {padCells(narration === null ? '' : ` » ${printable(narration)}`, width)}
    </Line>
  );
}

export const NarrationLine = memo(NarrationLineView);
