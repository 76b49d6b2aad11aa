// Time as the simulation and the demo player see it: injectable, so tests advance a fake
// clock instead of sleeping on wall time.

export interface TimerHandle {
  cancel(): void;
}

export interface Clock {
  now(): number;
  /** Calls `fn` once after `ms`. */
  setTimeout(fn: () => void, ms: number): TimerHandle;
  /** Calls `fn` every `ms` until cancelled. */
  setInterval(fn: () => void, ms: number): TimerHandle;
}

export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout(fn, ms) {
    const id = setTimeout(fn, ms);
    return { cancel: () => clearTimeout(id) };
  },
  setInterval(fn, ms) {
    const id = setInterval(fn, ms);
    return { cancel: () => clearInterval(id) };
  },
};

interface FakeTimer {
  readonly id: number;
  due: number;
  readonly every: number | null;
  readonly fn: () => void;
}

/** A clock that moves only when told to; timers fire in due order during `advance`. */
export class FakeClock implements Clock {
  private time: number;
  private nextId = 1;
  private timers: FakeTimer[] = [];

  constructor(start = 0) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    return this.add(fn, ms, null);
  }

  setInterval(fn: () => void, ms: number): TimerHandle {
    return this.add(fn, ms, Math.max(1, ms));
  }

  /** Timers not yet fired or cancelled (a test can prove none is left behind). */
  pendingTimers(): number {
    return this.timers.length;
  }

  /** Moves time forward by `ms`, firing every timer that falls due, in order. */
  advance(ms: number): void {
    const end = this.time + Math.max(0, ms);
    for (;;) {
      const next = this.timers.reduce<FakeTimer | null>(
        (a, t) => (a === null || t.due < a.due || (t.due === a.due && t.id < a.id) ? t : a),
        null,
      );
      if (next === null || next.due > end) break;
      this.time = next.due;
      if (next.every === null) this.timers = this.timers.filter((t) => t !== next);
      else next.due += next.every;
      next.fn();
    }
    this.time = end;
  }

  private add(fn: () => void, ms: number, every: number | null): TimerHandle {
    const timer: FakeTimer = { id: this.nextId++, due: this.time + Math.max(0, ms), every, fn };
    this.timers.push(timer);
    return { cancel: () => (this.timers = this.timers.filter((t) => t !== timer)) };
  }
}
