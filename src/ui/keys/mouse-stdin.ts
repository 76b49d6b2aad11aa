// The terminal's input as Ink reads it, less the mouse's reports. Ink 8 drops a control
// sequence it has no key for (a mouse report among them) before any listener sees it
// (docs/ink-notes.md, Ink 8), so the dashboard takes the reports out here, between the
// terminal and Ink, and hands them to `onMouse`; the rest reaches Ink, and the keyboard
// path (keyboard-input.ts), unchanged. A report the read cut in two is held until the
// next read completes it (16 bytes at most).
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

export class MouseFilteringInput extends EventEmitter {
  readonly isTTY: boolean;
  private readonly queue: string[] = [];
  private pending = '';
  private readonly pump = () => this.readInner();

  constructor(
    private readonly inner: TerminalInput,
    private readonly onMouse: (event: MouseEvent) => void,
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
    const events: MouseEvent[] = [];
    while ((chunk = this.inner.read()) !== null) {
      const split = splitMouse(this.pending + String(chunk));
      this.pending = split.pending;
      events.push(...split.events);
      if (split.rest !== '') this.queue.push(split.rest);
    }
    for (const event of events) this.onMouse(event);
    if (this.queue.length > 0) this.emit('readable');
  }
}
