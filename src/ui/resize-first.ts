// A resize lays the dashboard out for the new size before Ink draws. Ink's own 'resize'
// listener (added by render()) draws the tree it has, laid out for the old size, and its
// 33 ms throttle then held the frame of the new layout back: a wider terminal kept the old
// frame until the throttle let the next one out (resize 100→120 at every scale: p95
// 21–26 ms, CPU ~11 ms). Listening before Ink, the store takes the new size and rerender()
// (Ink's public call, which flushes React's pending work at once) commits the new layout,
// so the frame Ink draws next is the new one.
// Only when the terminal grows. When it shrinks, Ink clears the screen before it draws
// (its listener does that, and only it knows the frame it last wrote); a frame of ours
// drawn before that clear left the old frame's right-hand part on screen (test/e2e,
// shrinking to 30×10). There the old layout's frame still shows first, as before.
import type { ReactNode } from 'react';
import type { FrameDiffer } from './output/frame-diff.js';
import type { UiStore } from './state/ui-state.js';
import { terminalSize } from './views/hooks/use-terminal-size.js';

interface Rerenders {
  rerender(tree: ReactNode): void;
}

/** Listens for 'resize' ahead of everyone (Ink included); returns how to stop. */
export function layOutFirstOnResize(
  stdout: NodeJS.WriteStream,
  store: UiStore,
  ink: Rerenders,
  root: ReactNode,
  frames: FrameDiffer,
): () => void {
  const first = () => {
    const { columns, rows } = terminalSize(stdout);
    const was = store.getState().size;
    if (columns < was.columns || rows < was.rows) return;
    // The screen may have changed under the frame: the one about to go out is written whole.
    frames.forget();
    store.getState().actions.setSize(columns, rows);
    ink.rerender(root);
  };
  stdout.prependListener('resize', first);
  return () => {
    stdout.off('resize', first);
  };
}
