import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WARM_UP_GAP_MS, WARM_UP_RENDERS, warmUpAfterFirstFrame } from '../../../src/ui/warm-up.js';

describe('warmUpAfterFirstFrame', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('renders again WARM_UP_RENDERS times, WARM_UP_GAP_MS apart, then leaves no timer', () => {
    const rerender = vi.fn();
    warmUpAfterFirstFrame(rerender, () => false);
    // Not at once: the first frame is on screen before any of them runs.
    expect(rerender).not.toHaveBeenCalled();
    for (let i = 1; i <= WARM_UP_RENDERS; i++) {
      vi.advanceTimersByTime(WARM_UP_GAP_MS - 1);
      expect(rerender).toHaveBeenCalledTimes(i - 1);
      vi.advanceTimersByTime(1);
      expect(rerender).toHaveBeenCalledTimes(i);
    }
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10 * WARM_UP_GAP_MS);
    expect(rerender).toHaveBeenCalledTimes(WARM_UP_RENDERS);
  });

  it('renders nothing once the dashboard has stopped, and cancel clears its timer', () => {
    const rerender = vi.fn();
    let stopped = false;
    warmUpAfterFirstFrame(rerender, () => stopped);
    vi.advanceTimersByTime(WARM_UP_GAP_MS);
    expect(rerender).toHaveBeenCalledTimes(1);
    stopped = true;
    vi.advanceTimersByTime(10 * WARM_UP_GAP_MS);
    expect(rerender).toHaveBeenCalledTimes(1);

    const again = vi.fn();
    const cancel = warmUpAfterFirstFrame(again, () => false);
    cancel();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10 * WARM_UP_GAP_MS);
    expect(again).not.toHaveBeenCalled();
  });

  it('does not keep the process alive: its timers are unref’d', () => {
    vi.useRealTimers();
    const spy = vi.spyOn(globalThis, 'setTimeout');
    const cancel = warmUpAfterFirstFrame(
      () => undefined,
      () => false,
    );
    const timer = spy.mock.results[0]?.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    cancel();
    spy.mockRestore();
  });
});
