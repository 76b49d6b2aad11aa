// A terminal for the benchmark: a TTY-like stdout of a fixed size that records every
// write with its time, and a stdin that Ink can read keys from.
import { performance } from 'node:perf_hooks';
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';

// is-in-ci (under Ink) reads CI when it loads: with it set Ink draws only the last frame
// and ignores resizes, and every figure here would be wrong. run.mjs starts each part
// without it.
if (process.env.CI)
  throw new Error('unset CI to run the benchmark (Ink behaves differently under CI)');

export class FakeTerminal extends EventEmitter {
  isTTY = true;
  writable = true;
  /** Every write: [performance.now(), bytes, text]. */
  writes = [];
  waiters = [];

  constructor(columns = 120, rows = 40) {
    super();
    this.columns = columns;
    this.rows = rows;
  }

  write(chunk, encodingOrCallback, callback) {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const now = performance.now();
    this.writes.push([now, Buffer.byteLength(text), text]);
    const cb = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
    if (cb) process.nextTick(cb);
    if (text.length > 0) {
      const waiters = this.waiters;
      this.waiters = [];
      for (const resolve of waiters) resolve(now);
    }
    return true;
  }

  /** Resolves with the time of the next non-empty write, or null if none comes in time. */
  nextWrite(timeoutMs = 10_000) {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(null);
      }, timeoutMs);
      const waiter = (t) => {
        clearTimeout(timer);
        resolve(t);
      };
      this.waiters.push(waiter);
    });
  }

  /** Bytes written at or after `since`. */
  bytesSince(since) {
    let bytes = 0;
    for (const [t, b] of this.writes) if (t >= since) bytes += b;
    return bytes;
  }

  clear() {
    this.writes = [];
  }
}

export function fakeStdin() {
  const stdin = new PassThrough();
  stdin.isTTY = true;
  stdin.setRawMode = () => stdin;
  stdin.ref = () => stdin;
  stdin.unref = () => stdin;
  return stdin;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function quantile(values, q) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export const round = (n, digits = 2) => (n === null ? null : Number(n.toFixed(digits)));

/** This thread's CPU time so far, ms: what other processes on a busy machine barely move. */
export function threadCpuMs() {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
}
