// The Host processes and Session panes: the same windowed list over a different source.
// Only the rows that fit are formatted, with their counters read from the current state;
// the list itself is memoised per change of who runs where, the marks or the query
// (process-list.ts), so a tick at 10,000 processes costs this pane its visible rows only.
import { Text } from 'ink';
import { memo, useMemo } from 'react';
import { processesSeenFrom } from '../../../sim/index.js';
import { useDashboard, useUi } from '../hooks/use-ui.js';
import type { Translate } from '../../text/i18n.js';
import { innerWidth, listRows, type Rect } from '../../state/layout.js';
import {
  isCsrss,
  liveCount,
  liveEntry,
  paneList,
  sessionContainer,
} from '../../state/process-list.js';
import {
  hostTag,
  hostTagWidths,
  planProcessColumns,
  processHeader,
  processRow,
  sessionColumnWidth,
  sessionTag,
  sessionTagWidths,
} from '../rows.js';
import { cellWidth, padCells, printable, wrapWords } from '../../text/text-width.js';
import type { ProcessPaneId } from '../../state/ui-state.js';
import { clampView } from '../../state/selectors.js';
import { EditLineText } from './edit-line.js';
import { PaneFrame } from './pane-frame.js';
import { ProcessRow } from './process-row.js';
import { Line } from './line.js';

export interface ProcessPaneProps {
  readonly pane: ProcessPaneId;
  readonly rect: Rect;
}

/**
 * The title's details, as many as fit: counts first, then csrss-only, then which kernel
 * (shown in reading order). The filter and the sort go in the bottom border.
 */
function detailText(
  t: Translate,
  room: number,
  kernel: string,
  count: number,
  shown: number,
  csrssOnly: boolean,
): string {
  const parts: Array<{ text: string; order: number }> = [
    { text: shown === count ? String(count) : t('title.shown', { shown, count }), order: 1 },
  ];
  if (csrssOnly) parts.push({ text: t('title.csrssOnly'), order: 3 });
  parts.push({ text: `(${kernel})`, order: 0 });
  const chosen: typeof parts = [];
  const render = (list: typeof parts) =>
    [...list]
      .sort((a, b) => a.order - b.order)
      .map((p, i, all) => (i === 0 || all[i - 1]?.order === 0 ? p.text : `· ${p.text}`))
      .join(' ');
  for (const part of parts) if (cellWidth(render([...chosen, part])) <= room) chosen.push(part);
  return render(chosen);
}

function ProcessPaneView({ pane, rect }: ProcessPaneProps) {
  const { theme, t } = useDashboard();
  const host = useUi((s) => s.host);
  const highlights = useUi((s) => s.highlights);
  const view = useUi((s) => s.panes[pane]);
  const csrssOnly = useUi((s) => s.csrssOnly);
  const sort = useUi((s) => s.sort);
  const focused = useUi((s) => s.focus === pane && s.overlay === null);
  const spotlight = useUi((s) => s.spotlight === pane);
  const filterCursor = useUi((s) => (s.filterEdit?.pane === pane ? s.filterEdit.cursor : null));
  const typing = useUi((s) => s.demo !== 'playing' && s.overlay === null);
  const selectedId = useUi((s) => s.selectedContainerId);

  const container = pane === 'session' ? sessionContainer(host, selectedId) : undefined;
  const containerId = container?.containerId ?? null;
  const entries = paneList(pane, {
    host,
    highlights,
    query: { filter: view.filter, csrssOnly, sort },
    containerId,
  });
  const total =
    pane === 'host'
      ? (host.kernels.host?.processes.length ?? 0)
      : containerId === null
        ? 0
        : processesSeenFrom(host, containerId).length;

  const width = innerWidth(rect);
  const rows = listRows(rect);
  const runtime = container?.runtimeType ?? null;
  const tagWidths = useMemo(
    () => (pane === 'host' ? hostTagWidths(host.containers, t) : sessionTagWidths(t, runtime)),
    [pane, host.containers, t, runtime],
  );
  const siWidth = useMemo(() => sessionColumnWidth(host.containers), [host.containers]);
  const columns = useMemo(
    () => planProcessColumns(width, tagWidths.full, tagWidths.short, siWidth),
    [width, tagWidths, siWidth],
  );
  const { cursor, top } = clampView(view, entries.length, rows);
  const visible = entries.slice(top, top + rows).map((e) => liveEntry(host, e));
  const shown = liveCount(entries);

  let title = t('pane.host');
  const detailFor = (kernel: string) =>
    detailText(
      t,
      Math.max(0, rect.width - 6 - cellWidth(`${pane === 'host' ? 2 : 3} ${title}`)),
      kernel,
      total,
      shown,
      csrssOnly,
    );
  let detail = detailFor(t('pane.host.kernel'));
  let empty: string | null = null;
  if (pane === 'session') {
    if (container === undefined) {
      title = t('pane.session.none');
      empty = t('empty.session.none');
    } else {
      const name = printable(container.name);
      title = t(
        host.entered?.containerId === container.containerId
          ? 'pane.session.entered'
          : 'pane.session.selected',
        { name },
      );
      if (container.state !== 'Running') {
        empty = t('empty.session.off', { name });
        detail = '';
      } else {
        detail = detailFor(
          t(container.runtimeType === 'HyperV' ? 'pane.session.own' : 'pane.session.shared'),
        );
      }
    }
  }
  if (empty === null && entries.length === 0)
    empty = view.filter !== '' || csrssOnly ? t('empty.filter') : t('empty.processes');
  const footerParts = [
    view.filter !== '' && filterCursor === null
      ? t('title.filter', { text: printable(view.filter) })
      : null,
    sort !== 'isolation' ? t('title.sort', { sort: t(`sort.${sort}`) }) : null,
    entries.length > rows ? `${top + 1}–${top + visible.length}/${entries.length}` : null,
  ].filter((p): p is string => p !== null);
  const footer = footerParts.length > 0 ? footerParts.join(' · ') : undefined;

  const header =
    filterCursor !== null ? (
      <Text wrap="truncate-end">
        <Text bold>{t('filter.prompt')}</Text>
        {typing ? (
          <EditLineText line={{ text: view.filter, cursor: filterCursor }} />
        ) : (
          <Text>{`${view.filter}▏`}</Text>
        )}
      </Text>
    ) : (
      <Line dimColor underline={!theme.color} color={theme.muted}>
        {processHeader(columns)}
      </Line>
    );

  return (
    <PaneFrame
      width={rect.width}
      height={rect.height}
      number={pane === 'host' ? 2 : 3}
      title={title}
      detail={detail}
      focused={focused}
      spotlight={spotlight}
      {...(footer ? { footer } : {})}
    >
      {header}
      {empty !== null
        ? wrapWords(empty, Math.max(1, width - 2))
            .slice(0, rows)
            .map((line, i) => (
              <Line key={`empty${i}`} dimColor>
                {padCells(`  ${line}`, width)}
              </Line>
            ))
        : visible.map((entry, i) => {
            const tag = pane === 'host' ? hostTag(host, entry, t) : sessionTag(entry, t);
            return (
              <ProcessRow
                key={i}
                parts={processRow(entry, columns, focused && top + i === cursor, tag)}
                selected={focused && top + i === cursor}
                change={entry.change}
                csrss={isCsrss(entry.name)}
                theme={theme}
              />
            );
          })}
    </PaneFrame>
  );
}

export const ProcessPane = memo(ProcessPaneView);
