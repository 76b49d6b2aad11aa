// Ink on the screen for runDashboard, and the stdout it writes through.
import { render } from 'ink';
import type { ReactNode } from 'react';
import { diffingStdout } from './output/diff-stdout.js';
import type { FrameDiffer } from './output/frame-diff.js';
import { layOutFirstOnResize } from './resize-first.js';
import type { UiStore } from './state/ui-state.js';
import { warmUpAfterFirstFrame } from './warm-up.js';

/**
 * Ink rendering `root`. Ink redraws every line of every frame; the terminal gets only the
 * cells that changed (diff-stdout.ts). Laid out for a new size before Ink redraws
 * (resize-first.ts), rendered again while idle after the first frame (warm-up.ts), and
 * unmounted on quit, outside the key handler that asked for it.
 */
export function mountInk(
  root: ReactNode,
  store: UiStore,
  frames: FrameDiffer,
  io: {
    readonly stdout: NodeJS.WriteStream;
    readonly stdin: NodeJS.ReadStream;
    readonly stderr: NodeJS.WriteStream;
    readonly maxFps: number | undefined;
  },
) {
  const { stdout, stdin, stderr, maxFps } = io;
  const ink = render(root, {
    stdout: diffingStdout(stdout, frames),
    stdin,
    stderr,
    exitOnCtrlC: false,
    patchConsole: false,
    ...(maxFps === undefined ? {} : { maxFps }),
  });
  const stopResizing = layOutFirstOnResize(stdout, store, ink, root, frames);
  const unsubscribe = store.subscribe((state) => {
    if (state.exitCode !== null) setImmediate(() => ink.unmount());
  });
  // The first key's frame would otherwise be the first to run that code warm (warm-up.ts).
  const stopWarmUp = warmUpAfterFirstFrame(
    () => {
      ink.rerender(root);
      frames.parseScreen();
    },
    () => store.getState().exitCode !== null,
  );
  const stopWatching = () => {
    stopWarmUp();
    unsubscribe();
    stopResizing();
  };
  return { ink, stopWatching };
}
