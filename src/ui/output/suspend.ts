// Suspending like any full-screen program (docs/terminal-safety.md §5): on Ctrl+Z or a
// SIGTSTP from outside, give the terminal back first — normal screen, cursor shown,
// wrapping on, cooked mode — then stop; on SIGCONT (`fg`), take it again — alternate
// screen, raw mode — and draw the whole frame, since the shell drew over everything.
// Node's handler for SIGTSTP replaces the default stop, so the process stops itself with
// SIGSTOP, which cannot be caught.
import type { ScreenOwner } from './screen.js';

export interface SuspendOptions {
  readonly screen: ScreenOwner;
  /** Draws the whole frame again on a screen that shows nothing of it. */
  readonly redraw: () => void;
  /** Stops the process until SIGCONT. */
  readonly stopSelf?: () => void;
}

type Handler = [event: string, handler: () => void];

/** The process events to answer (SIGTSTP, SIGCONT) and how. */
export function suspendHandlers(options: SuspendOptions): Handler[] {
  const stopSelf = options.stopSelf ?? (() => process.kill(process.pid, 'SIGSTOP'));
  let suspended = false;
  const suspend = () => {
    if (suspended) return;
    suspended = true;
    options.screen.restore();
    stopSelf();
  };
  const resume = () => {
    if (!suspended) return;
    suspended = false;
    options.screen.enter();
    options.redraw();
  };
  return [
    ['SIGTSTP', suspend],
    ['SIGCONT', resume],
  ];
}
