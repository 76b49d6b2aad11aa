// Demo mode's narration: one row, cut with … at the width (CJK-aware).
import { Text } from 'ink';
import { memo } from 'react';
import { useDashboard, useUi } from '../hooks/use-ui.js';
import { padCells, printable } from '../text-width.js';

function NarrationLineView({ width }: { readonly width: number }) {
  const { theme } = useDashboard();
  const narration = useUi((s) => s.narration);
  return (
    <Text wrap="truncate-end" bold italic color={theme.narration}>
      {padCells(narration === null ? '' : ` » ${printable(narration)}`, width)}
    </Text>
  );
}

export const NarrationLine = memo(NarrationLineView);
