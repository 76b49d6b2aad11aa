// The Containers pane: a compact pre-padded table (one row a container), windowed. The
// column plan reads every container, so it is memoised on what it depends on (the
// containers, the entered one, who runs where), not on the state a tick renews.
import { memo, useMemo } from 'react';
import { kernelRoster, processSetOf, type Container } from '../../../sim/index.js';
import { containerHeader, containerRow, planContainerColumns } from '../container-rows.js';
import { useDashboard, useUi } from '../hooks/use-ui.js';
import { useShownHost } from '../hooks/use-shown-host.js';
import { innerWidth, listRows, type Rect } from '../../state/layout.js';
import { selectedContainer } from '../../state/process-list.js';
import { padCells } from '../../text/text-width.js';
import { clampView } from '../../state/selectors.js';
import { PaneFrame } from './pane-frame.js';
import { Line, piece, StyledRow } from './line.js';

export interface ContainersPaneProps {
  readonly rect: Rect;
}

/** One container's row; the selected one bold, under the inverse bar while focused. */
function ContainerLine({
  row: parts,
  container: c,
  selected: isSelected,
  focused,
}: {
  readonly row: ReturnType<typeof containerRow>;
  readonly container: Container;
  readonly selected: boolean;
  readonly focused: boolean;
}) {
  const { theme } = useDashboard();
  // Under the inverse bar, coloured spans would become coloured blocks.
  const plain = isSelected && focused;
  const tone = (color: string | undefined) => (plain ? undefined : color);
  const kernelColor =
    parts.kernelKind === 'shared'
      ? theme.shared
      : parts.kernelKind === 'utility-vm'
        ? theme.utilityVm
        : theme.muted;
  return (
    <StyledRow
      style={{ inverse: isSelected && focused, bold: isSelected }}
      pieces={[
        parts.lead,
        parts.name,
        parts.image,
        piece(
          { color: tone(c.runtimeType === 'HyperV' ? theme.utilityVm : theme.shared) },
          parts.runtime,
        ),
        piece(
          {
            color: tone(c.state === 'Running' ? theme.running : theme.muted),
            dimColor: theme.dim && !plain && c.state !== 'Running',
          },
          parts.state,
        ),
        parts.rest,
        piece({ color: tone(kernelColor) }, parts.kernel),
      ]}
    />
  );
}

/** The bottom border's scroll position, while not every row fits. */
function scrollNote(top: number, shown: number, total: number, rows: number) {
  return total > rows ? `${top + 1}–${top + shown}/${total}` : undefined;
}

function ContainersPaneView({ rect }: ContainersPaneProps) {
  const { theme, t } = useDashboard();
  const host = useShownHost();
  const selectedId = useUi((s) => s.selectedContainerId);
  const view = useUi((s) => s.containersView);
  const focused = useUi((s) => s.focus === 'containers' && s.overlay === null);
  const spotlight = useUi((s) => s.spotlight === 'containers');

  const containers = host.containers;
  const width = innerWidth(rect);
  const rows = listRows(rect);
  // The kernel column names each Hyper-V container's vmwp pid: the host's process set.
  // Its roster, not its processes, which a ticked kernel would build all of.
  const hostSet = processSetOf(kernelRoster(host.kernels.host));
  const columns = useMemo(
    () => planContainerColumns(width, host, t),
    // `host` matters only through these; a tick renews it without changing them.
    [width, containers, host.entered, hostSet, t],
  );
  const selected = selectedContainer(host, selectedId);
  const index = selected === undefined ? 0 : containers.indexOf(selected);
  const { top } = clampView({ cursor: index, top: view.top }, containers.length, rows);
  const visible = containers.slice(top, top + rows);
  const running = useMemo(
    () => containers.filter((c) => c.state === 'Running').length,
    [containers],
  );
  const footer = scrollNote(top, visible.length, containers.length, rows);

  return (
    <PaneFrame
      width={rect.width}
      height={rect.height}
      number={1}
      title={t('pane.containers')}
      detail={t('pane.containers.count', { count: containers.length, running })}
      focused={focused}
      spotlight={spotlight}
      {...(footer ? { footer } : {})}
    >
      <Line bold underline color={theme.header}>
        {containerHeader(columns, t)}
      </Line>
      {containers.length === 0 ? (
        <Line dimColor={theme.dim}>{padCells(`  ${t('empty.containers')}`, width)}</Line>
      ) : (
        visible.map((c, slot) => (
          <ContainerLine
            key={slot}
            row={containerRow(host, c, columns, c === selected, t)}
            container={c}
            selected={c === selected}
            focused={focused}
          />
        ))
      )}
    </PaneFrame>
  );
}

export const ContainersPane = memo(ContainersPaneView);
