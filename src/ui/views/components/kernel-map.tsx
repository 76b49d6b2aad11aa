// The kernel map (key m): in place of the panes, the host kernel with its sessions and
// every utility VM with its own, live from the UI store's host snapshot. The other keys
// keep working under it (t, s, ↑↓ in the Containers pane), so a conversion shows here as
// it happens. The model is state/kernel-map.ts; the rows, kernel-map-lines.ts.
import { Box } from 'ink';
import { memo, useMemo } from 'react';
import { kernelMapModel, mapGeometry } from '../../state/kernel-map.js';
import { innerRows, innerWidth, type Rect } from '../../state/layout.js';
import { useDashboard, useUi } from '../hooks/use-ui.js';
import { useShownHost } from '../hooks/use-shown-host.js';
import { kernelMapLines, type MapLine } from '../kernel-map-lines.js';
import type { Theme } from '../theme.js';
import { piece, StyledRow } from './line.js';
import { PaneFrame } from './pane-frame.js';

export interface KernelMapProps {
  readonly rect: Rect;
}

function MapRow({ line, theme }: { readonly line: MapLine; readonly theme: Theme }) {
  return (
    <StyledRow
      pieces={line.map((segment) =>
        piece(
          {
            color: segment.tone ? theme[segment.tone] : undefined,
            bold: segment.bold ?? false,
            inverse: segment.inverse ?? false,
          },
          segment.text,
        ),
      )}
    />
  );
}

function KernelMapView({ rect }: KernelMapProps) {
  const { t, theme } = useDashboard();
  const host = useShownHost();
  const selected = useUi((s) => s.selectedContainerId);
  const width = innerWidth(rect);
  const height = innerRows(rect);
  const lines = useMemo(() => {
    const geometry = mapGeometry(host, width, height);
    const model = kernelMapModel(host, selected, geometry);
    return kernelMapLines(model, geometry, width, t);
  }, [host, selected, width, height, t]);
  return (
    <PaneFrame
      width={rect.width}
      height={rect.height}
      title={t('map.title')}
      focused
      spotlight={false}
      footer={t('map.footer')}
    >
      <Box flexDirection="column" width={width} height={height}>
        {lines.slice(0, height).map((line, i) => (
          <MapRow key={i} line={line} theme={theme} />
        ))}
      </Box>
    </PaneFrame>
  );
}

export const KernelMap = memo(KernelMapView);
