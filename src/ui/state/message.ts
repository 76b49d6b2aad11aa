// The message line (issue 12): the outcome of the last key action — what ran, or the
// error's one-line reason — shown on the bottom line for a few seconds whatever pane is
// visible, then the key hints again. Timed on the injected Clock (FakeClock in tests).

/** How long a message stays. */
export const MESSAGE_MS = 4000;

export interface Message {
  readonly text: string;
  readonly failed: boolean;
  /** When it was shown (Clock.now()). */
  readonly at: number;
}

export const messageExpired = (message: Message, now: number): boolean =>
  now - message.at >= MESSAGE_MS;

/**
 * An error record's reason (`Set-Container : …`) as one line: its message, which the
 * console may have wrapped, up to the record's position line (`At line:1 char:1`).
 */
export function errorReason(lines: readonly string[]): string {
  const start = lines.findIndex((line) => line.trim() !== '');
  if (start < 0) return '';
  const message: string[] = [];
  for (const line of lines.slice(start)) {
    if (/^(At line:|\+ |\s*\+ )/.test(line) || line.trim() === '') break;
    message.push(line.trim());
  }
  return message.join(' ');
}
