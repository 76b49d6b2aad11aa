// Mouse reports (SGR 1006: `ESC [ < b ; x ; y M` for a press, `m` for a release), read out
// of the input before anything types it: a click must never reach the console line as text.
// Ink 8 drops a complete control sequence it has no key for, so the dashboard reads the
// reports off the terminal before Ink does (terminal-input.ts); parseInput takes them too.

export type MouseKind = 'press' | 'release' | 'wheelUp' | 'wheelDown' | 'drag';

export interface MouseEvent {
  readonly kind: MouseKind;
  /** 0 left, 1 middle, 2 right (for a press or a release). */
  readonly button: number;
  /** Zero-based cell column and row. */
  readonly x: number;
  readonly y: number;
}

/** One whole SGR report at the start of the text (sticky), bounded in length. */
// eslint-disable-next-line no-control-regex -- matching an escape sequence is the point
const SGR_MOUSE = /\x1b\[<(\d{1,4});(\d{1,5});(\d{1,5})([Mm])/y;
/** The start of a report the read cut off (the rest comes with the next read). */
// eslint-disable-next-line no-control-regex -- as above
const SGR_MOUSE_START = /\x1b\[<[\d;]{0,16}$/;
/** An X10 report (no 1006): `ESC [ M` and three bytes; skipped, never typed. */
const X10_LENGTH = 6;

function eventOf(code: number, x: number, y: number, final: string): MouseEvent {
  const at = { x: Math.max(0, x - 1), y: Math.max(0, y - 1) };
  if ((code & 64) !== 0)
    return { kind: (code & 1) === 0 ? 'wheelUp' : 'wheelDown', button: 0, ...at };
  const button = code & 3;
  if ((code & 32) !== 0) return { kind: 'drag', button, ...at };
  return { kind: final === 'm' ? 'release' : 'press', button, ...at };
}

/**
 * The mouse report at `i`, if one starts there: the event (null for a report the
 * dashboard ignores) and its length.
 */
export function mouseAt(
  data: string,
  i: number,
): { readonly event: MouseEvent | null; readonly length: number } | null {
  SGR_MOUSE.lastIndex = i;
  const m = SGR_MOUSE.exec(data);
  if (m !== null) {
    const event = eventOf(Number(m[1]), Number(m[2]), Number(m[3]), m[4] as string);
    return { event, length: m[0].length };
  }
  if (data.startsWith('\x1b[M', i) && data.length >= i + X10_LENGTH)
    return { event: null, length: X10_LENGTH };
  return null;
}

/**
 * A read split into the mouse's reports and everything else, in order; `pending` is a
 * report cut off at the end of the read, to be put before the next one.
 */
export function splitMouse(data: string): {
  readonly events: MouseEvent[];
  readonly rest: string;
  readonly pending: string;
} {
  const events: MouseEvent[] = [];
  const pieces: string[] = [];
  let from = 0;
  let i = data.indexOf('\x1b[');
  while (i !== -1) {
    const found = mouseAt(data, i);
    if (found !== null) {
      pieces.push(data.slice(from, i));
      if (found.event !== null) events.push(found.event);
      from = i + found.length;
      i = data.indexOf('\x1b[', from);
    } else i = data.indexOf('\x1b[', i + 2);
  }
  let tail = data.slice(from);
  const cut = SGR_MOUSE_START.exec(tail);
  const pending = cut === null ? '' : cut[0];
  if (cut !== null) tail = tail.slice(0, cut.index);
  pieces.push(tail);
  return { events, rest: pieces.join(''), pending };
}
