// The first key after start is the dashboard's second frame. Since a clock tick draws
// nothing on the default screen (issue 16: no counter is on it, so no frame), nothing runs
// the render and output code between the first frame and that key: it ran once, cold, and
// the first key paid for it — 31 ms to the terminal in the bench's real-terminal part,
// against 16 ms for the build whose ticks redrew a counter each second (docs/ink-notes.md,
// "The first key"). So the dashboard renders its tree again a few times while it waits
// for that key: Ink's own rerender with the same element, which re-runs React from Ink's
// <App> and Ink's whole output pass and writes nothing (the output is the same); and the
// cells of the screen are parsed ahead (FrameDiffer.parseScreen: the first key's diff
// compiled the cell parser's expressions and parsed every row it changed, ~11 ms of that
// key in a profile of bin/isolab.js under node-pty). Timers on
// the process's event loop, not the sim's clock: nothing of the lab changes, and none of
// them keeps the process alive.

/** Rerenders after the first frame, and the gap before each (ms): idle time, long before a key. */
export const WARM_UP_RENDERS = 2;
export const WARM_UP_GAP_MS = 60;

/**
 * Renders `rerender`'s tree again WARM_UP_RENDERS times, WARM_UP_GAP_MS apart, unless
 * `stopped()` by then (the dashboard quit or crashed). Returns a cancel function.
 */
export function warmUpAfterFirstFrame(rerender: () => void, stopped: () => boolean): () => void {
  let left = WARM_UP_RENDERS;
  let timer: NodeJS.Timeout | null = null;
  const next = () => {
    timer = setTimeout(() => {
      timer = null;
      if (stopped()) return;
      rerender();
      if (--left > 0) next();
    }, WARM_UP_GAP_MS);
    timer.unref();
  };
  next();
  return () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
}
