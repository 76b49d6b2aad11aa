// The terminal's input as Ink reads it, less two things Ink would mishandle (docs/ink-notes.md,
// Ink 8):
// - Mouse reports. Ink drops a control sequence it has no key for (a mouse report among
//   them) before any listener sees it, so they are taken out here and handed to `onMouse`.
//   A report the read cut in two is held until the next read completes it (16 bytes at most).
// - A lone Esc. Ink holds an Esc that arrives alone for 20 ms, in case the rest of an escape
//   sequence follows in a later read; a terminal writes a key's whole sequence at once, so
//   a read of just ESC is the Esc key, as crossterm and termion read it. It goes straight to
//   `onKeys`, the keyboard path (actions/keyboard-input.ts), instead of waiting for Ink.
// Everything else reaches Ink, and the keyboard path through it, unchanged and in order.
import { EventEmitter } from 'node:events';
import { splitMouse, type MouseEvent } from './mouse.js';

/** What Ink and runDashboard use of the terminal's input. */
export interface TerminalInput {
  readonly isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
  setEncoding(encoding: BufferEncoding): unknown;
  read(): string | Buffer | null;
  ref?(): unknown;
  unref?(): unknown;
  on(event: 'readable', listener: () => void): unknown;
  off(event: 'readable', listener: () => void): unknown;
}

const ESC = '\x1b';

/** Where the input Ink does not get goes. */
export interface InputSideChannels {
  /** Mouse reports; without it, reports are not looked for (--no-mouse). */
  readonly onMouse?: (event: MouseEvent) => void;
  /** Keys handed over directly (a lone Esc), as the keyboard path takes Ink's input. */
  readonly onKeys: (data: string) => void;
}

export class DashboardInput extends EventEmitter {
  readonly isTTY: boolean;
  private readonly queue: string[] = [];
  private pending = '';
  private readonly pump = () => this.readInner();

  constructor(
    private readonly inner: TerminalInput,
    private readonly channels: InputSideChannels,
  ) {
    super();
    this.isTTY = inner.isTTY === true;
    // Read the terminal only while someone reads this (Ink, between mount and unmount).
    this.on('newListener', (event: string) => {
      if (event === 'readable' && this.listenerCount('readable') === 0)
        inner.on('readable', this.pump);
    });
    this.on('removeListener', (event: string) => {
      if (event === 'readable' && this.listenerCount('readable') === 0)
        inner.off('readable', this.pump);
    });
  }

  setRawMode(mode: boolean): this {
    this.inner.setRawMode?.(mode);
    return this;
  }
  setEncoding(encoding: BufferEncoding): this {
    this.inner.setEncoding(encoding);
    return this;
  }
  ref(): this {
    this.inner.ref?.();
    return this;
  }
  unref(): this {
    this.inner.unref?.();
    return this;
  }
  read(): string | null {
    return this.queue.shift() ?? null;
  }

  private readInner(): void {
    let chunk: string | Buffer | null;
    while ((chunk = this.inner.read()) !== null) this.take(String(chunk));
  }

  /** One read, delivered in order: what Ink already has first, then this read's parts. */
  private take(read: string): void {
    if (read === ESC && this.pending === '') {
      this.flushToInk();
      this.channels.onKeys(ESC);
      return;
    }
    const { onMouse } = this.channels;
    if (onMouse === undefined) {
      this.queue.push(read);
    } else {
      const split = splitMouse(this.pending + read);
      this.pending = split.pending;
      if (split.events.length > 0) this.flushToInk();
      for (const event of split.events) onMouse(event);
      if (split.rest !== '') this.queue.push(split.rest);
    }
    this.flushToInk();
  }

  private flushToInk(): void {
    if (this.queue.length > 0) this.emit('readable');
  }
}
