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

/** The first line of an error record: its reason (`Set-Container : …`), one line. */
export function errorReason(lines: readonly string[]): string {
  return lines.find((line) => line.trim() !== '')?.trim() ?? '';
}
