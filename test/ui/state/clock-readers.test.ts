// The clock's readers: any() is true exactly while some reader says it reads.
import { describe, expect, it } from 'vitest';
import { ClockReaders, clockReadersOf } from '../../../src/ui/state/clock-readers.js';

describe('ClockReaders', () => {
  it('counts readers that read, however often each says so', () => {
    const readers = new ClockReaders();
    const [a, b] = [{}, {}];
    expect(readers.any).toBe(false);
    readers.set(a, true);
    readers.set(a, true);
    readers.set(b, false);
    expect(readers.any).toBe(true);
    readers.set(a, false);
    expect(readers.any).toBe(false);
    readers.set(b, true);
    readers.remove(a);
    expect(readers.any).toBe(true);
    readers.remove(b);
    readers.remove(b);
    expect(readers.any).toBe(false);
    readers.set(b, true);
    expect(readers.any).toBe(true);
  });

  it('one set of readers per store', () => {
    const [one, two] = [{}, {}];
    expect(clockReadersOf(one)).toBe(clockReadersOf(one));
    expect(clockReadersOf(one)).not.toBe(clockReadersOf(two));
  });
});
