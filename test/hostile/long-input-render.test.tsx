// Issue 15, part 2 finding 8: typing after a 100,000-character paste stays linear in what is
// shown. The line editor was linear already (test/ui paste tests count copies); the console
// pane gave Ink the whole line to measure and cut on every keystroke. Now only the cells
// around the cursor reach Ink: the measure is how many code units reach the grapheme
// segmenter (Ink's string-width included) for one keystroke, not a timer.
import { describe, expect, it, vi } from 'vitest';
import { visibleInput } from '../../src/ui/text/input-window.js';
import { cellWidth } from '../../src/ui/text/text-width.js';
import { renderDashboard } from '../ui/harness.js';
import { segmentedUnits } from '../support/segmenter-spy.js';

const LONG = 'é'.repeat(100_000);

describe('a 100,000-character input line', () => {
  it('is shown through a window of at most the input width', () => {
    const end = visibleInput(LONG, LONG.length, 60);
    expect(cellWidth(end.text)).toBeLessThanOrEqual(59);
    expect(end.text.startsWith('…')).toBe(true);
    expect(end.cursor).toBe(end.text.length);
    const middle = visibleInput(LONG, 50_000, 60);
    expect(cellWidth(middle.text)).toBeLessThanOrEqual(60);
    expect(middle.cursor).toBeGreaterThan(0);
    expect(middle.cursor).toBeLessThan(middle.text.length);
  });

  it('one keystroke segments at most 20,000 code units (the line is 100,000)', async () => {
    const h = renderDashboard({ columns: 100, rows: 30, start: 'lab', color: false });
    try {
      const actions = () => h.store.getState().actions;
      actions().handleInput(':');
      actions().handleInput(LONG);
      await h.until('ééé');
      const units = segmentedUnits(() => actions().handleInput('x'));
      // Ink renders on its own schedule: count what the next frame costs too.
      const original = Intl.Segmenter.prototype.segment;
      let frameUnits = 0;
      vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(function (
        this: Intl.Segmenter,
        input: string,
      ) {
        frameUnits += input.length;
        return original.call(this, input);
      });
      await h.until(/éx/);
      vi.restoreAllMocks();
      expect(units + frameUnits).toBeLessThan(20_000);
      expect(h.store.getState().console.input.length).toBe(100_001);
    } finally {
      vi.restoreAllMocks();
      h.unmount();
    }
  });
});
