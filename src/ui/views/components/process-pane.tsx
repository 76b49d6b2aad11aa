// The Host processes and Session panes: the same windowed list over a different source.
// Only the rows that fit are formatted, with their counters read from the current state;
// the list itself is memoised per change of who runs where, the marks or the query
// (process-list.ts), so a tick at 10,000 processes costs this pane its visible rows only,
// and nothing at all while no counter column is shown.
import { Text } from 'ink';
import { memo, useMemo } from 'react';
import { kernelRoster, processesSeenFrom } from '../../../sim/index.js';
import { useDashboard, useUi } from '../hooks/use-ui.js';
import { useShownHost } from '../hooks/use-shown-host.js';
import type { Translate } from '../../text/i18n.js';
import { innerWidth, listRows, type Rect } from '../../state/layout.js';
import { isCsrss, liveEntry, paneRows, sessionContainer } from '../../state/process-list.js';
import { hostTag, processHeader, processRow, sessionTag } from '../rows.js';
import { paneColumns, type ProcessColumns } from '../../state/process-columns.js';
import { cellWidth, padCells, printable, wrapWords } from '../../text/text-width.js';
import type { ProcessPaneId, UiState } from '../../state/ui-state.js';
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
 * (shown in reading order). The filter goes in the bottom border, the sort on its column's
 * header.
 */
function detailText(
  t: Translate,
  room: number,
  kernel: string,
  count: number,
  shown: number,
  csrssOnly: boolean,
  vanished: number,
): string {
  const parts: Array<{ text: string; order: number }> = [
    { text: shown === count ? String(count) : t('title.shown', { shown, count }), order: 1 },
  ];
  // The bottom border counts rows, ghosts included: the title says how many are ghosts.
  if (vanished > 0) parts.push({ text: t('title.vanished', { count: vanished }), order: 2 });
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

/**
 * Whether a tick changes what the pane draws: it shows a counter column or sorts by one.
 * Otherwise the pane keeps the host state it drew (useShownHost) and a tick costs nothing.
 */
function countersShown(pane: ProcessPaneId, width: number, t: Translate) {
  return (s: UiState): boolean => {
    if (s.sort === 'cpu' || s.sort === 'memory') return true;
    const containerId = sessionContainer(s.host, s.selectedContainerId)?.containerId ?? null;
    const columns = paneColumns(pane, s.host, containerId, width, t);
    return columns.cpu || columns.ws;
  };
}

/** What the pane reads from the UI store. */
function usePaneState(pane: ProcessPaneId, width: number) {
  const { t } = useDashboard();
  return {
    host: useShownHost(useMemo(() => countersShown(pane, width, t), [pane, width, t])),
    highlights: useUi((s) => s.highlights),
    view: useUi((s) => s.panes[pane]),
    csrssOnly: useUi((s) => s.csrssOnly),
    sort: useUi((s) => s.sort),
    reverse: useUi((s) => s.sortReverse),
    focused: useUi((s) => s.focus === pane && s.overlay === null),
    spotlight: useUi((s) => s.spotlight === pane),
    filterCursor: useUi((s) => (s.filterEdit?.pane === pane ? s.filterEdit.cursor : null)),
    typing: useUi((s) => s.demo !== 'playing' && s.overlay === null),
    selectedId: useUi((s) => s.selectedContainerId),
  };
}

type PaneState = ReturnType<typeof usePaneState>;
type SessionContainer = ReturnType<typeof sessionContainer>;

/** How many processes the pane's kernel runs, before the filter. */
function totalProcesses(pane: ProcessPaneId, host: PaneState['host'], containerId: string | null) {
  const kernel = host.kernels.host;
  if (pane === 'host') return kernelRoster(kernel).length;
  return containerId === null ? 0 : processesSeenFrom(host, containerId).length;
}

interface TitleParts {
  readonly title: string;
  /** The title the details are fitted beside (the Host pane's while no container is chosen). */
  readonly fittedBeside: string;
  /** The kernel's words for the title's details; null: no details (a stopped container). */
  readonly kernel: string | null;
  readonly empty: string | null;
}

/** The title, which kernel it shows, and the message shown instead of rows (if any). */
function titleParts(
  t: Translate,
  pane: ProcessPaneId,
  host: PaneState['host'],
  container: SessionContainer,
): TitleParts {
  const hostTitle = {
    title: t('pane.host'),
    fittedBeside: t('pane.host'),
    kernel: t('pane.host.kernel'),
  };
  if (pane !== 'session') return { ...hostTitle, empty: null };
  if (container === undefined)
    return { ...hostTitle, title: t('pane.session.none'), empty: t('empty.session.none') };
  const name = printable(container.name);
  const title = t(
    host.entered?.containerId === container.containerId
      ? 'pane.session.entered'
      : 'pane.session.selected',
    { name },
  );
  if (container.state !== 'Running')
    return { title, fittedBeside: title, kernel: null, empty: t('empty.session.off', { name }) };
  const own = container.runtimeType === 'HyperV';
  const kernel = t(own ? 'pane.session.own' : 'pane.session.shared');
  return { title, fittedBeside: title, kernel, empty: null };
}

/** The bottom border: the filter (unless being edited), the sort, and the scroll position. */
function footerText(
  t: Translate,
  state: PaneState,
  window: { top: number; shown: number; total: number; rows: number },
): string | undefined {
  const { view, filterCursor, sort } = state;
  const parts = [
    view.filter !== '' && filterCursor === null
      ? t('title.filter', { text: printable(view.filter) })
      : null,
    // The sorted column's header carries ▲/▼; the default order has no column, so it is
    // named only when reversed.
    sort === 'isolation' && state.reverse
      ? t('title.sort', { sort: t('sort.isolationReversed') })
      : null,
    window.total > window.rows
      ? `${window.top + 1}–${window.top + window.shown}/${window.total}`
      : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** The first line: the filter being typed, or the column headings. */
function PaneHeader({ state, columns }: { state: PaneState; columns: ProcessColumns }) {
  const { theme, t } = useDashboard();
  const { filterCursor, typing, view } = state;
  if (filterCursor === null)
    return (
      <Line bold underline color={theme.header}>
        {processHeader(columns, t, { key: state.sort, reverse: state.reverse })}
      </Line>
    );
  return (
    <Text wrap="truncate-end">
      <Text bold>{t('filter.prompt')}</Text>
      {typing ? (
        <EditLineText line={{ text: view.filter, cursor: filterCursor }} />
      ) : (
        <Text>{`${view.filter}▏`}</Text>
      )}
    </Text>
  );
}

/** A message in place of rows, word-wrapped to the pane. */
function EmptyLines({ text, width, rows }: { text: string; width: number; rows: number }) {
  const { theme } = useDashboard();
  return wrapWords(text, Math.max(1, width - 2))
    .slice(0, rows)
    .map((line, i) => (
      <Line key={`empty${i}`} dimColor={theme.dim}>
        {padCells(`  ${line}`, width)}
      </Line>
    ));
}

function ProcessPaneView({ pane, rect }: ProcessPaneProps) {
  const { theme, t } = useDashboard();
  const state = usePaneState(pane, innerWidth(rect));
  const { host, view, csrssOnly, focused } = state;
  const container = pane === 'session' ? sessionContainer(host, state.selectedId) : undefined;
  const containerId = container?.containerId ?? null;
  const query = { filter: view.filter, csrssOnly, sort: state.sort, reverse: state.reverse };
  // Only the visible rows are read: a list of every process is not even made (paneRows).
  const entries = paneRows(pane, { host, highlights: state.highlights, query, containerId });
  const width = innerWidth(rect);
  const rows = listRows(rect);
  const columns = paneColumns(pane, host, containerId, width, t);
  const { cursor, top } = clampView(view, entries.length, rows);
  const visible = entries.slice(top, top + rows).map((e) => liveEntry(host, e));
  const number = pane === 'host' ? 2 : 3;
  const parts = titleParts(t, pane, host, container);
  const room = Math.max(0, rect.width - 6 - cellWidth(`${number} ${parts.fittedBeside}`));
  const total = totalProcesses(pane, host, containerId);
  const shownLive = entries.live;
  const detail =
    parts.kernel === null
      ? ''
      : detailText(t, room, parts.kernel, total, shownLive, csrssOnly, entries.length - shownLive);
  const filtered = view.filter !== '' || csrssOnly;
  const empty =
    parts.empty ??
    (entries.length === 0 ? (filtered ? t('empty.filter') : t('empty.processes')) : null);
  const window = { top, shown: visible.length, total: entries.length, rows };
  const footer = footerText(t, state, window);
  const tagOf = (entry: (typeof visible)[number]) =>
    pane === 'host' ? hostTag(host, entry, t) : sessionTag(entry, t);
  const frame = { width: rect.width, height: rect.height, number, title: parts.title, detail };
  return (
    <PaneFrame
      {...frame}
      focused={focused}
      spotlight={state.spotlight}
      {...(footer ? { footer } : {})}
    >
      <PaneHeader state={state} columns={columns} />
      {empty !== null ? (
        <EmptyLines text={empty} width={width} rows={rows} />
      ) : (
        visible.map((entry, i) => (
          <ProcessRow
            key={i}
            parts={processRow(entry, columns, focused && top + i === cursor, tagOf(entry))}
            selected={focused && top + i === cursor}
            change={entry.change}
            csrss={isCsrss(entry.name)}
            theme={theme}
          />
        ))
      )}
    </PaneFrame>
  );
}

export const ProcessPane = memo(ProcessPaneView);
