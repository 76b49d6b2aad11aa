// Writing to stdout so that `isolab run … | head -1` ends quietly: a closed pipe (EPIPE)
// is the reader saying it has seen enough, not an error.
import { writeSync } from 'node:fs';
import { showControls, showControlsInLines } from '../text/index.js';

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * The reader has not caught up (a pipe whose descriptor Node made non-blocking is full):
 * sleep a little, longer while it stays full, rather than spin a core until it reads
 * (`isolab run big.ps1 | less` waits on a person).
 */
function waitForReader(stalls: number): void {
  Atomics.wait(pause, 0, 0, Math.min(20, 1 + stalls));
}

function writeAll(fd: number, text: string): void {
  let buffer = Buffer.from(text, 'utf8');
  let stalls = 0;
  while (buffer.length > 0) {
    try {
      const written = writeSync(fd, buffer);
      buffer = buffer.subarray(written);
      stalls = 0;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        waitForReader(stalls++);
        continue;
      }
      if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    }
  }
}

/** Lines for stdout; whatever they hold is shown, never sent to the terminal as a command. */
export function writeLines(lines: readonly string[]): void {
  if (lines.length > 0) writeAll(1, `${showControlsInLines(lines).join('\n')}\n`);
}

/** isolab's own failure (a missing file, a bad option): one line on stderr, exit 2. */
export function failUsage(message: string): number {
  writeAll(2, `${showControls(message)}\n`);
  return 2;
}
