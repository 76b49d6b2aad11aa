// The one seeded generator for tests that need random input (key storms, junk scripts,
// fuzzing): the model's own mulberry32 from src/sim/rng.ts, so a failing run replays from
// its seed alone and no test keeps a copy of the generator.
import { RngCursor, seedToRngState } from '../../src/sim/rng.js';

/** Floats in [0, 1), the same sequence for the same seed on every run. */
export function seededRandom(seed: number): () => number {
  const cursor = new RngCursor(seedToRngState(seed));
  return () => cursor.float();
}
