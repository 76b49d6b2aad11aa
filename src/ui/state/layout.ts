// Where everything goes, as a pure function of the terminal size (docs/spec.md §5 sizes):
// full ≥ 100×30, compact ≥ 80×24, one pane at a time with a pane strip down to 40×12, and
// below that a single line. The frame is always rows − 1 lines: a frame as tall as the
// terminal makes Ink 6.8 clear the whole screen on every update (docs/ink-notes.md).
import { MAX_NARRATION_ROWS, SPLIT_NARRATION_ROWS } from '../text/narration-text.js';

export type Tier = 'full' | 'compact' | 'single' | 'too-small';
export type PaneId = 'containers' | 'host' | 'session' | 'console';
export const PANE_ORDER: readonly PaneId[] = ['containers', 'host', 'session', 'console'];

export const MIN_SIZE = { columns: 40, rows: 12 } as const;
export const COMPACT_SIZE = { columns: 80, rows: 24 } as const;
export const FULL_SIZE = { columns: 100, rows: 30 } as const;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Layout {
  readonly tier: Tier;
  readonly columns: number;
  readonly rows: number;
  /** Lines in the frame: rows − 1. */
  readonly height: number;
  /** In the single-pane tier every pane has the same rectangle; only one is drawn. */
  readonly panes: Readonly<Record<PaneId, Rect>>;
  readonly strip: Rect | null;
  readonly summary: Rect | null;
  /** Single-pane tier: the last command run, since the console is usually not shown. */
  readonly lastCommand: Rect | null;
  readonly narration: Rect | null;
  readonly hints: Rect;
  /** The help overlay covers this (the panes). */
  readonly overlay: Rect;
  /** The new-container form and the confirmation take this (the console's place). */
  readonly form: Rect;
}

export interface LayoutOptions {
  /** Demo mode adds the narration line. */
  readonly demo: boolean;
  readonly containerCount: number;
  /** Rows the narration needs in demo mode (narration-text.ts); 1 if not given. */
  readonly narrationRows?: number;
  /** Learn mode: the lesson panel takes the narration's place (LESSON_ROWS). */
  readonly lesson?: boolean;
  /** Zoom (z): the focused pane fills the screen (zoomLayout). */
  readonly zoomed?: boolean;
  /**
   * Rows of the summary: 2 when its conclusion does not fit beside the host's count
   * (state/summary-rows.ts), so it wraps rather than being cut; 1 if not given.
   */
  readonly summaryRows?: number;
}

/** The lesson panel's rows: a title row, the instructions, and a feedback or hint row. */
export const LESSON_ROWS = { full: 5, compact: 4, single: 4 } as const;

const rect = (x: number, y: number, width: number, height: number): Rect => ({
  x,
  y,
  width,
  height,
});
/** Rows the one pane of the single tier keeps before the narration may take more than one. */
const SINGLE_MIN_PANE = 8;
const clamp = (n: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, n));
const EMPTY = rect(0, 0, 0, 0);

export function tierFor(columns: number, rows: number): Tier {
  if (columns >= FULL_SIZE.columns && rows >= FULL_SIZE.rows) return 'full';
  if (columns >= COMPACT_SIZE.columns && rows >= COMPACT_SIZE.rows) return 'compact';
  if (columns >= MIN_SIZE.columns && rows >= MIN_SIZE.rows) return 'single';
  return 'too-small';
}

export function computeLayout(columns: number, rows: number, options: LayoutOptions): Layout {
  const cols = Math.max(0, Math.floor(columns));
  const lines = Math.max(0, Math.floor(rows));
  const tier = tierFor(cols, lines);
  if (tier === 'too-small') return tooSmall(cols, lines);
  const base = tier === 'single' ? single(cols, lines, options) : split(tier, cols, lines, options);
  return options.zoomed === true ? zoomLayout(base) : base;
}

function tooSmall(columns: number, rows: number): Layout {
  const hints = rect(0, 0, columns, 1);
  return {
    tier: 'too-small',
    columns,
    rows,
    height: 1,
    panes: { containers: EMPTY, host: EMPTY, session: EMPTY, console: EMPTY },
    strip: null,
    summary: null,
    lastCommand: null,
    narration: null,
    hints,
    overlay: EMPTY,
    form: EMPTY,
  };
}

/** Containers over Session on the left, Host on the right, then summary, console, hints. */
function split(tier: Tier, columns: number, rows: number, options: LayoutOptions): Layout {
  const height = rows - 1;
  const narrationHeight = options.lesson
    ? LESSON_ROWS[tier === 'full' ? 'full' : 'compact']
    : options.demo
      ? clamp(options.narrationRows ?? 1, 1, SPLIT_NARRATION_ROWS)
      : 0;
  const summaryHeight = clamp(options.summaryRows ?? 1, 1, 2);
  // A second summary row comes out of the console, so the panes keep their rows.
  const consoleHeight = clamp(Math.floor(height * 0.3), 6, 14) - (summaryHeight - 1);
  const top = height - 1 - narrationHeight - summaryHeight - consoleHeight;
  const left = Math.floor(columns / 2);
  const containersHeight = clamp(options.containerCount + 3, 4, Math.max(4, Math.floor(top * 0.4)));
  const consoleRect = rect(0, top + summaryHeight, columns, consoleHeight);
  return {
    tier,
    columns,
    rows,
    height,
    panes: {
      containers: rect(0, 0, left, containersHeight),
      session: rect(0, containersHeight, left, top - containersHeight),
      host: rect(left, 0, columns - left, top),
      console: consoleRect,
    },
    strip: null,
    summary: rect(0, top, columns, summaryHeight),
    lastCommand: null,
    narration:
      narrationHeight > 0
        ? rect(0, top + summaryHeight + consoleHeight, columns, narrationHeight)
        : null,
    hints: rect(0, height - 1, columns, 1),
    overlay: rect(0, 0, columns, top),
    form: consoleRect,
  };
}

/** A pane strip, the focused pane, the summary, the last command and the hints. */
function single(columns: number, rows: number, options: LayoutOptions): Layout {
  const height = rows - 1;
  const summaryHeight = clamp(options.summaryRows ?? 1, 1, 2);
  // Strip, summary, last command, hints.
  const fixed = 3 + summaryHeight;
  // More narration rows only while the pane keeps SINGLE_MIN_PANE rows for its list.
  const narrationHeight = options.lesson
    ? LESSON_ROWS.single
    : options.demo
      ? clamp(
          Math.min(options.narrationRows ?? 1, height - fixed - SINGLE_MIN_PANE),
          1,
          MAX_NARRATION_ROWS,
        )
      : 0;
  const paneHeight = height - fixed - narrationHeight;
  const main = rect(0, 1, columns, paneHeight);
  let y = 1 + paneHeight;
  const summary = rect(0, y, columns, summaryHeight);
  y += summaryHeight;
  const lastCommand = rect(0, y++, columns, 1);
  const narration = narrationHeight > 0 ? rect(0, y, columns, narrationHeight) : null;
  y += narrationHeight;
  return {
    tier: 'single',
    columns,
    rows,
    height,
    panes: { containers: main, host: main, session: main, console: main },
    strip: rect(0, 0, columns, 1),
    summary,
    lastCommand,
    narration,
    hints: rect(0, y, columns, 1),
    overlay: main,
    form: main,
  };
}

/**
 * Zoom (issue 12): the focused pane fills the screen and back, as tmux's and lazydocker's
 * zoom do. The narration (demo mode) and the key hints stay; the pane takes the rest, so
 * at 80×24 the console holds the seed's whole csrss table.
 */
function zoomLayout(base: Layout): Layout {
  if (base.tier === 'too-small') return base;
  const narrationHeight = base.narration?.height ?? 0;
  const paneHeight = base.height - 1 - narrationHeight;
  const main: Rect = { x: 0, y: 0, width: base.columns, height: paneHeight };
  return {
    ...base,
    // One pane drawn at a time, as the single tier draws it.
    tier: 'single',
    panes: { containers: main, host: main, session: main, console: main },
    strip: null,
    summary: null,
    lastCommand: null,
    narration: base.narration
      ? { x: 0, y: paneHeight, width: base.columns, height: narrationHeight }
      : null,
    hints: { x: 0, y: base.height - 1, width: base.columns, height: 1 },
    overlay: main,
    form: main,
  };
}

/** Rows of a list pane's body: its height less the two borders and the column header. */
export function listRows(pane: Rect): number {
  return Math.max(0, pane.height - 3);
}

/** Inner width of a bordered pane. */
export function innerWidth(pane: Rect): number {
  return Math.max(0, pane.width - 2);
}

/** Rows inside a bordered pane. */
export function innerRows(pane: Rect): number {
  return Math.max(0, pane.height - 2);
}
