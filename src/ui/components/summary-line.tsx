// The experiment in one line: csrss on the host, and inside the container the Session
// pane shows — same PID (shared kernel) or its own (utility VM).
import { Text } from 'ink';
import { memo, useMemo } from 'react';
import { useDashboard, useUi } from '../hooks/use-ui.js';
import { sessionContainer } from '../process-list.js';
import { summaryParts } from '../summary.js';
import { cellWidth, padCells, truncateCells } from '../text-width.js';

function SummaryLineView({ width }: { readonly width: number }) {
  const { theme, t } = useDashboard();
  const host = useUi((s) => s.host);
  const selectedId = useUi((s) => s.selectedContainerId);
  const containerId = sessionContainer(host, selectedId)?.containerId ?? null;
  const parts = useMemo(() => summaryParts(host, containerId, t), [host, containerId, t]);
  const head = truncateCells(` ${parts.host}`, width);
  const inside =
    parts.inside === null
      ? ''
      : padCells(` · ${parts.inside}`, Math.max(0, width - cellWidth(head)));
  const insideColor =
    parts.kind === 'shared'
      ? theme.shared
      : parts.kind === 'utility-vm'
        ? theme.utilityVm
        : theme.muted;
  return (
    <Text wrap="truncate-end">
      <Text bold color={theme.csrss}>
        {head}
      </Text>
      <Text color={insideColor} bold={parts.kind !== null}>
        {inside}
      </Text>
    </Text>
  );
}

export const SummaryLine = memo(SummaryLineView);
