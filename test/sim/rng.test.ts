import { describe, expect, it } from 'vitest';
import {
  nextDockerId,
  nextFloat,
  nextGuid,
  nextInt,
  RngCursor,
  seedToRngState,
} from '../../src/sim/rng.js';

describe('seeded rng', () => {
  it('is a pure function of its state', () => {
    expect(nextFloat(123)).toEqual(nextFloat(123));
    expect(nextFloat(123)[0]).not.toBe(nextFloat(124)[0]);
  });

  it('the cursor draws the same sequence as the pure functions', () => {
    const cursor = new RngCursor(77);
    let state = 77;
    for (let i = 0; i < 50; i++) {
      const [f, s] = nextFloat(state);
      expect(cursor.float()).toBe(f);
      state = s;
      expect(cursor.state).toBe(state);
    }
  });

  it('floats lie in [0, 1) and integers in [min, max], covering both ends', () => {
    let state = seedToRngState(5);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const [f, s1] = nextFloat(state);
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
      const [n, s2] = nextInt(s1, 3, 7);
      seen.add(n);
      state = s2;
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('makes lower-case v4 GUIDs and 64-hex docker ids', () => {
    const [guid, s] = nextGuid(seedToRngState(1));
    expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const [id] = nextDockerId(s);
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(nextGuid(seedToRngState(2))[0]).not.toBe(guid);
  });

  it.each([
    [-1, 0xffffffff],
    [2 ** 32 + 5, 5],
    [1.9, 1],
  ])('normalises seed %s to state %s', (seed, state) => {
    expect(seedToRngState(seed)).toBe(state);
  });
});
