// Writing to stdout so that `isolab run … | head -1` ends quietly: a closed pipe (EPIPE)
// is the reader saying it has seen enough, not an error.
import { writeSync } from 'node:fs';

function writeAll(fd: number, text: string): void {
  let buffer = Buffer.from(text, 'utf8');
  while (buffer.length > 0) {
    try {
      const written = writeSync(fd, buffer);
      buffer = buffer.subarray(written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    }
  }
}

export function writeLines(lines: readonly string[]): void {
  if (lines.length > 0) writeAll(1, `${lines.join('\n')}\n`);
}

/** isolab's own failure (a missing file, a bad option): one line on stderr, exit 2. */
export function failUsage(message: string): number {
  writeAll(2, `${message}\n`);
  return 2;
}
