// The experiment in one line: csrss on the host, and inside the container the Session
// pane shows — same PID (shared kernel) or its own (utility VM). Two rows where the
// conclusion would not fit beside the count (state/summary-rows.ts).
import { memo, useMemo } from 'react';
import { useDashboard, useUi } from '../hooks/use-ui.js';
import { useShownHost } from '../hooks/use-shown-host.js';
import { sessionContainer } from '../../state/process-list.js';
import { fitSummary, fitSummaryRows, summaryDeps, summaryParts } from '../summary.js';
import { piece, StyledRow } from './line.js';

function SummaryLineView({ width, rows = 1 }: { readonly width: number; readonly rows?: number }) {
  const { theme, t } = useDashboard();
  const host = useShownHost();
  const selectedId = useUi((s) => s.selectedContainerId);
  const containerId = sessionContainer(host, selectedId)?.containerId ?? null;
  const { parts, lines } = useMemo(
    () => {
      const parts = summaryParts(host, containerId, t);
      const lines = rows > 1 ? fitSummaryRows(parts, width, t) : [fitSummary(parts, width, t)];
      return { parts, lines };
    },
    // `host` matters only through summaryDeps: a tick renews it without changing them.
    [...summaryDeps(host, containerId), t, width, rows],
  );
  const insideColor =
    parts.kind === 'shared'
      ? theme.shared
      : parts.kind === 'utility-vm'
        ? theme.utilityVm
        : theme.muted;
  return lines.map(({ head, inside }, i) => (
    <StyledRow
      key={i}
      pieces={[
        piece({ bold: true, color: theme.csrss }, head),
        piece({ color: insideColor, bold: parts.kind !== null }, inside),
      ]}
    />
  ));
}

export const SummaryLine = memo(SummaryLineView);
