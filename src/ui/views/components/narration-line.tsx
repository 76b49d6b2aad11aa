// Demo mode's narration: one to three rows (narration-text.ts), the last cut with … at the
// width (CJK-aware). A false claim of the narration is never narrated silently: its last
// row says what was expected and what is so (issue 14).
import { Box } from 'ink';
import { memo } from 'react';
import { useDashboard, useUi } from '../hooks/use-ui.js';
import { narrationRows } from '../../text/narration-text.js';
import { padCells, truncateCells } from '../../text/text-width.js';
import { Line } from './line.js';

function NarrationLineView({ width, height }: { readonly width: number; readonly height: number }) {
  const { theme } = useDashboard();
  const narration = useUi((s) => s.narration);
  const claimNote = useUi((s) => s.claimNote);
  const textRows = claimNote === null ? height : Math.max(1, height - 1);
  const rows = narration === null ? [] : narrationRows(narration, width, textRows);
  // With one row only, the warning takes it: what is not so must not be said alone.
  const noteAt = claimNote === null ? -1 : height === 1 ? 0 : height - 1;
  return (
    <Box flexDirection="column" height={height} flexShrink={0}>
      {Array.from({ length: height }, (_, i) =>
        i === noteAt ? (
          <Line key={i} bold inverse color={theme.error}>
            {padCells(truncateCells(` ${claimNote ?? ''}`, width), width)}
          </Line>
        ) : (
          <Line key={i} bold italic color={theme.narration}>
            {padCells(rows[i] ?? '', width)}
          </Line>
        ),
      )}
    </Box>
  );
}

export const NarrationLine = memo(NarrationLineView);
