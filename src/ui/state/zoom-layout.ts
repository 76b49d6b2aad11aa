// Zoom (issue 12): the focused pane fills the screen and back, as tmux's and lazydocker's
// zoom do. What stays: the narration in demo mode and the key hints; the pane takes the
// rest, so at 80×24 the console holds the seed's whole csrss table.
import type { Layout, Rect } from './layout.js';

export function zoomLayout(base: Layout): Layout {
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
