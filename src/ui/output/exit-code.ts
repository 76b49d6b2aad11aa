// How the dashboard ended, as the process's exit code; a crash is said in one line.
import { HANG_UP_EXIT_CODE } from './screen.js';

/** One line: what went wrong, not a stack trace. */
const describe = (error: unknown) => {
  const text =
    error instanceof Error
      ? `${error.name}: ${error.message}`
      : typeof error === 'string'
        ? error
        : String(error);
  return text.replace(/\s*\n\s*/g, ' ').trim();
};

/** How the dashboard ended, as the process's exit code; a crash is reported in one line. */
export function exitCodeOf(
  end: { readonly hungUp: boolean; readonly crash: unknown; readonly exitCode: number | null },
  stderr: { write(text: string): unknown },
): number {
  // Nobody is left to read a message; an error caused by the hang-up is no crash.
  if (end.hungUp) return HANG_UP_EXIT_CODE;
  if (end.crash !== null) {
    // After leaving the alternate screen, so that it stays readable.
    stderr.write(`isolab: the dashboard stopped on an error: ${describe(end.crash)}\n`);
    return 1;
  }
  return end.exitCode ?? 0;
}
