// The root: lays out the panes for the terminal's size (layout.ts) and places them.
// Everything else lives in the panes, the store and the hooks.
import { Box, Text } from 'ink';
import { useClockTick } from '../hooks/use-clock-tick.js';
import { useKeyInput } from '../hooks/use-key-input.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { DashboardContext, useDashboard, useUi, type DashboardEnv } from '../hooks/use-ui.js';
import {
  computeLayout,
  MIN_SIZE,
  type Layout,
  type PaneId,
  type Rect,
} from '../../state/layout.js';
import { narrationHeight } from '../../text/narration-text.js';
import { summaryRows } from '../../state/summary-rows.js';
import { ConfirmRemovePane } from './confirm-remove.js';
import { ConsolePane } from './console-pane.js';
import { ContainersPane } from './containers-pane.js';
import { DetailsView } from './details-view.js';
import { HelpOverlay } from './help-overlay.js';
import { KernelMap } from './kernel-map.js';
import { KeyHints } from './key-hints.js';
import { LastCommandLine } from './last-command-line.js';
import { LessonPanel } from './lesson-panel.js';
import { NarrationLine } from './narration-line.js';
import { NewContainerFormPane } from './new-container-form.js';
import { PaneStrip } from './pane-strip.js';
import { ProcessPane } from './process-pane.js';
import { SummaryLine } from './summary-line.js';

export interface DashboardProps {
  readonly env: DashboardEnv;
  /** Follow stdout's size (off in tests that set the size themselves). */
  readonly followTerminal?: boolean;
}

export function Dashboard({ env, followTerminal = true }: DashboardProps) {
  return (
    <DashboardContext.Provider value={env}>
      <Root followTerminal={followTerminal} />
    </DashboardContext.Provider>
  );
}

function TerminalSizeSync() {
  useTerminalSize(useDashboard().store);
  return null;
}

function Root({ followTerminal }: { readonly followTerminal: boolean }) {
  const { store, t } = useDashboard();
  useKeyInput(store);
  useClockTick(store);
  const columns = useUi((s) => s.size.columns);
  const rows = useUi((s) => s.size.rows);
  const demo = useUi((s) => s.demo === 'playing');
  const containerCount = useUi((s) => s.host.containers.length);
  const narrationRows = useUi((s) => narrationHeight(s.narrations, s.size.columns));
  const lesson = useUi((s) => s.lesson !== null);
  const zoomed = useUi((s) => s.zoomed);
  const summary = useUi((s) => summaryRows(s.host, s.size.columns, t));
  const layout = computeLayout(columns, rows, {
    demo,
    containerCount,
    narrationRows,
    lesson,
    zoomed,
    summaryRows: summary,
  });

  if (layout.tier === 'too-small') {
    const line = t('tooSmall', {
      need: `${MIN_SIZE.columns}×${MIN_SIZE.rows}`,
      have: `${columns}×${rows}`,
    });
    return (
      <>
        {followTerminal ? <TerminalSizeSync /> : null}
        <Box width={Math.max(1, columns)} height={Math.max(1, rows - 1)} overflow="hidden">
          <Text wrap="wrap">{line}</Text>
        </Box>
      </>
    );
  }
  // Clipped to the frame's rows only: every row is already cut to the width (line.tsx),
  // and a horizontal clip costs Ink a measure and a slice of each line per frame.
  return (
    <Box flexDirection="column" width={layout.columns} height={layout.height} overflowY="hidden">
      {followTerminal ? <TerminalSizeSync /> : null}
      {layout.tier === 'single' ? <SingleTier layout={layout} /> : <SplitTiers layout={layout} />}
    </Box>
  );
}

function Overlay({ layout }: { readonly layout: Layout }) {
  const overlay = useUi((s) => s.overlay);
  if (overlay?.kind === 'new-container')
    return <NewContainerFormPane rect={layout.form} form={overlay} />;
  if (overlay?.kind === 'confirm-remove')
    return <ConfirmRemovePane rect={layout.form} confirm={overlay} />;
  return null;
}

function Pane({ pane, layout }: { readonly pane: PaneId; readonly layout: Layout }) {
  const rect = layout.panes[pane];
  switch (pane) {
    case 'containers':
      return <ContainersPane rect={rect} />;
    case 'host':
    case 'session':
      return <ProcessPane pane={pane} rect={rect} />;
    case 'console':
      return <ConsolePane rect={rect} />;
  }
}

function SplitTiers({ layout }: { readonly layout: Layout }) {
  const help = useUi((s) => s.overlay?.kind === 'help');
  const details = useUi((s) => s.overlay?.kind === 'details');
  const form = useUi(
    (s) => s.overlay !== null && s.overlay.kind !== 'help' && s.overlay.kind !== 'details',
  );
  const map = useUi((s) => s.kernelMap);
  const { containers, host } = layout.panes;
  return (
    <>
      {help ? (
        <HelpOverlay rect={layout.overlay} />
      ) : details ? (
        <DetailsView rect={layout.overlay} />
      ) : map ? (
        <KernelMap rect={layout.overlay} />
      ) : (
        <Box flexDirection="row" height={host.height}>
          <Box flexDirection="column" width={containers.width}>
            <Pane pane="containers" layout={layout} />
            <Pane pane="session" layout={layout} />
          </Box>
          <Pane pane="host" layout={layout} />
        </Box>
      )}
      {layout.summary ? (
        <SummaryLine width={layout.summary.width} rows={layout.summary.height} />
      ) : null}
      {form ? <Overlay layout={layout} /> : <Pane pane="console" layout={layout} />}
      {layout.narration ? <NarrationArea rect={layout.narration} /> : null}
      <KeyHints width={layout.hints.width} />
    </>
  );
}

/** The narration's rows, or in learn mode the lesson panel in their place. */
function NarrationArea({ rect }: { readonly rect: Rect }) {
  const lesson = useUi((s) => s.lesson !== null);
  return lesson ? (
    <LessonPanel width={rect.width} height={rect.height} />
  ) : (
    <NarrationLine width={rect.width} height={rect.height} />
  );
}

function SingleTier({ layout }: { readonly layout: Layout }) {
  const focus = useUi((s) => s.focus);
  const spotlight = useUi((s) => s.spotlight);
  const overlay = useUi((s) => s.overlay?.kind ?? null);
  const demo = useUi((s) => s.demo === 'playing');
  const map = useUi((s) => s.kernelMap);
  // In playback the pane the narration talks about is the one worth the only place.
  const shown = demo && spotlight !== null ? spotlight : focus;
  return (
    <>
      {layout.strip ? <PaneStrip width={layout.strip.width} shown={shown} /> : null}
      {overlay === 'help' ? (
        <HelpOverlay rect={layout.overlay} />
      ) : overlay === 'details' ? (
        <DetailsView rect={layout.overlay} />
      ) : overlay !== null ? (
        <Overlay layout={layout} />
      ) : map ? (
        <KernelMap rect={layout.overlay} />
      ) : (
        <Pane pane={shown} layout={layout} />
      )}
      {layout.summary ? (
        <SummaryLine width={layout.summary.width} rows={layout.summary.height} />
      ) : null}
      {layout.lastCommand ? <LastCommandLine width={layout.lastCommand.width} /> : null}
      {layout.narration ? <NarrationArea rect={layout.narration} /> : null}
      <KeyHints width={layout.hints.width} />
    </>
  );
}
