// What reaches Ink and what goes around it (src/ui/keys/terminal-input.ts): a read of just
// ESC is the Esc key at once, not after Ink's 20 ms wait; every other read keeps its order.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { DashboardInput } from '../../../src/ui/keys/terminal-input.js';

class Tty extends EventEmitter {
  isTTY = true;
  chunks: string[] = [];
  setEncoding() {}
  read() {
    return this.chunks.shift() ?? null;
  }
  send(...reads: string[]) {
    this.chunks.push(...reads);
    this.emit('readable');
  }
}

/** The input with Ink's side recorded: every delivery in the order it happened. */
function wire(withMouse: boolean) {
  const tty = new Tty();
  const order: string[] = [];
  const input = new DashboardInput(tty, {
    onKeys: (data) => order.push(`keys:${JSON.stringify(data)}`),
    ...(withMouse ? { onMouse: (e) => order.push(`mouse:${e.x},${e.y}`) } : {}),
  });
  input.on('readable', () => {
    let chunk;
    while ((chunk = input.read()) !== null) order.push(`ink:${JSON.stringify(chunk)}`);
  });
  return { tty, order };
}

describe('the terminal input in front of Ink', () => {
  it('a read of just ESC goes to the keyboard path at once, and Ink never sees it', () => {
    for (const withMouse of [true, false]) {
      const { tty, order } = wire(withMouse);
      tty.send('\x1b');
      expect(order).toEqual(['keys:"\\u001b"']);
    }
  });

  it('ESC inside a read (an arrow, Alt+key, Esc then a key) stays with Ink, whole', () => {
    const { tty, order } = wire(true);
    tty.send('\x1b[A');
    tty.send('\x1bx');
    expect(order).toEqual(['ink:"\\u001b[A"', 'ink:"\\u001bx"']);
  });

  it('keeps the order of reads: what Ink was given before the Esc is read first', () => {
    const { tty, order } = wire(true);
    tty.send('a', '\x1b', 'b');
    expect(order).toEqual(['ink:"a"', 'keys:"\\u001b"', 'ink:"b"']);
  });

  it('the input Ink reads has no reports; the reports go to the store, even split over reads', () => {
    const { tty, order } = wire(true);
    tty.send('a\x1b[<0;5', ';6Mb');
    expect(order).toEqual(['ink:"a"', 'mouse:4,5', 'ink:"b"']);
  });

  it('without the mouse, a report-shaped read is left to Ink untouched', () => {
    const { tty, order } = wire(false);
    tty.send('\x1b[<0;5;6M');
    expect(order).toEqual(['ink:"\\u001b[<0;5;6M"']);
  });

  it('a lone ESC while a mouse report waits for its end is part of that report, not Esc', () => {
    const { tty, order } = wire(true);
    tty.send('\x1b[<0;5');
    tty.send('\x1b');
    expect(order.filter((x) => x.startsWith('keys:'))).toEqual([]);
  });
});
