// Issue 15, part 2 finding 6: a 50,000-character title took 103 s in truncateCellsStart, which
// segmented the whole string into graphemes. A cut now looks only at a window the cells can
// use; the measure is how many code units reach the grapheme segmenter (string-width's
// included), not a timer.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cellWidth, truncateCells, truncateCellsStart } from '../../src/ui/text/text-width.js';
import { segmentedUnits } from '../support/segmenter-spy.js';

afterEach(() => vi.restoreAllMocks());

const HUGE = 200_000;
const WIDTH = 40;
/** (width + 1) cells × 16 code units: the window, whatever the length of the text. */
const WINDOW = (WIDTH + 1) * 16;

describe.each([
  ['accented letters', 'é'.repeat(HUGE)],
  ['Hangul', '한'.repeat(HUGE)],
  ['emoji families', '👨‍👩‍👧'.repeat(HUGE / 8)],
  ['one letter under combining marks', `a${'\u0301'.repeat(HUGE)}`],
  ['Thai', 'ที่'.repeat(HUGE / 3)],
])('%s, %i+ code units', (_name, text) => {
  it(`truncateCellsStart segments at most ${WINDOW} code units and fits ${WIDTH} cells`, () => {
    let cut = '';
    const units = segmentedUnits(() => (cut = truncateCellsStart(text, WIDTH)));
    expect(units).toBeLessThanOrEqual(2 * WINDOW);
    expect(cut.startsWith('…')).toBe(true);
    expect(cellWidth(cut)).toBeLessThanOrEqual(WIDTH);
    expect(text.endsWith(cut.slice(1))).toBe(true);
  });

  it(`truncateCells segments at most ${WINDOW} code units and fits ${WIDTH} cells`, () => {
    let cut = '';
    const units = segmentedUnits(() => (cut = truncateCells(text, WIDTH)));
    expect(units).toBeLessThanOrEqual(2 * WINDOW);
    expect(cut.endsWith('…')).toBe(true);
    expect(cellWidth(cut)).toBeLessThanOrEqual(WIDTH);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
  });
});

it('short texts are cut exactly as before', () => {
  expect(truncateCellsStart('한국어 텍스트', 6)).toBe('…스트');
  expect(truncateCellsStart('abcdef', 4)).toBe('…def');
  expect(truncateCellsStart('abc', 4)).toBe('abc');
  expect(truncateCells('한국어 텍스트', 6)).toBe('한국…');
});
