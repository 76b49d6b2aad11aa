// A measure of text work that no machine's speed moves: how many code units reach the
// grapheme segmenter (Intl.Segmenter, string-width's included) while a piece of code runs.
import { vi } from 'vitest';

/** The total length of every string given to an Intl.Segmenter while `fn` runs. */
export function segmentedUnits(fn: () => void): number {
  let units = 0;
  const original = Intl.Segmenter.prototype.segment;
  const spy = vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(function (
    this: Intl.Segmenter,
    input: string,
  ) {
    units += input.length;
    return original.call(this, input);
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return units;
}
