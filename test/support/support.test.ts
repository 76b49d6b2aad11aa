// The shared test helpers are what they claim to be.
import { describe, expect, it } from 'vitest';
import { nextFloat } from '../../src/sim/rng.js';
import { demoDriverDouble } from './demo-doubles.js';
import { seededRandom } from './seeded-random.js';

describe('seededRandom', () => {
  it('draws the model generator’s sequence for the seed (src/sim/rng.ts)', () => {
    const random = seededRandom(7);
    let state = 7;
    for (let i = 0; i < 100; i++) {
      const [expected, next] = nextFloat(state);
      state = next;
      expect(random()).toBe(expected);
    }
  });

  it('replays the same sequence from the same seed, a different one from another', () => {
    const draw = (seed: number) => Array.from({ length: 20 }, seededRandom(seed));
    expect(draw(3)).toEqual(draw(3));
    expect(draw(3)).not.toEqual(draw(4));
    expect(draw(3).every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('demoDriverDouble', () => {
  it('records each call separately, and carries narrations only when given', () => {
    const demo = demoDriverDouble();
    demo.togglePlay();
    expect(demo.togglePlay).toHaveBeenCalledTimes(1);
    expect(demo.step).not.toHaveBeenCalled();
    expect('narrations' in demo).toBe(false);
    expect(demoDriverDouble(['a', 'b']).narrations).toEqual(['a', 'b']);
  });
});
