// Demo mode's narration: one to three rows (narration-text.ts), the last cut with … at the
// width (CJK-aware).
import { Box } from 'ink';
import { memo } from 'react';
import { useDashboard, useUi } from '../hooks/use-ui.js';
import { narrationRows } from '../../text/narration-text.js';
import { padCells } from '../../text/text-width.js';
import { Line } from './line.js';

function NarrationLineView({ width, height }: { readonly width: number; readonly height: number }) {
  const { theme } = useDashboard();
  const narration = useUi((s) => s.narration);
  const rows = narration === null ? [] : narrationRows(narration, width, height);
  return (
    <Box flexDirection="column" height={height} flexShrink={0}>
      {Array.from({ length: height }, (_, i) => (
        <Line key={i} bold italic color={theme.narration}>
          {padCells(rows[i] ?? '', width)}
        </Line>
      ))}
    </Box>
  );
}

export const NarrationLine = memo(NarrationLineView);
