// The narration is the demo's lesson: it gets a second row where its text needs one, the
// panes do not move between steps, and what still does not fit ends in ….
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinScenario, compileTimeline } from '../../src/demo/index.js';
import { FakeClock } from '../../src/sim/clock.js';
import { createSim } from '../../src/sim/index.js';
import { computeLayout } from '../../src/ui/state/layout.js';
import {
  MAX_NARRATION_ROWS,
  narrationHeight,
  narrationRows,
} from '../../src/ui/text/narration-text.js';
import { createPlayerDriver } from '../../src/ui/actions/player-driver.js';
import { cellWidth } from '../../src/ui/text/text-width.js';

const KO_FIRST = '컨테이너 호스트에는 세션마다 하나씩, csrss가 세 개(세션 0, 1, 2) 실행 중입니다.';
const words = (rows: string[]) => rows.map((r) => r.slice(3)).join(' ');

describe('narrationRows', () => {
  it('one row when it fits; else words over two rows, the second indented under the text', () => {
    expect(narrationRows('Three csrss.', 80, 2)).toEqual([' » Three csrss.']);
    const rows = narrationRows(KO_FIRST, 80, 2);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^ » 컨테이너 /);
    expect(rows[1]).toMatch(/^ {3}\S/);
    expect(words(rows)).toBe(KO_FIRST);
    for (const row of rows) expect(cellWidth(row)).toBeLessThanOrEqual(80);
  });

  it('what does not fit in the rows given ends in …, never past the width', () => {
    const long = 'csrss '.repeat(60).trim();
    const rows = narrationRows(long, 40, 2);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(/…$/);
    expect(cellWidth(rows[1]!)).toBe(40);
    expect(narrationRows(KO_FIRST, 80, 1)).toEqual([expect.stringMatching(/^ » 컨테이너 .*…$/)]);
  });

  // Widths from 8 (the dashboard's narrowest is 40): a row must hold a wide character.
  it('for any text and width: at most the rows given, each within the width; all of it when it fits', () => {
    const text = fc.array(
      fc.constantFrom(
        'csrss',
        'vmwp',
        '컨테이너',
        '호스트에는',
        '(세션',
        '0,',
        'Hyper-V',
        '→',
        '✓',
        'x'.repeat(30),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 8, max: 200 }),
        fc.integer({ min: 1, max: 3 }),
        (ws, width, rows) => {
          const narration = ws.join(' ');
          const out = narrationRows(narration, width, rows);
          expect(out.length).toBeGreaterThanOrEqual(1);
          expect(out.length).toBeLessThanOrEqual(rows);
          for (const row of out) expect(cellWidth(row)).toBeLessThanOrEqual(width);
          if (!out.some((r) => r.endsWith('…')) && narration !== '')
            expect(words(out).replace(/\s+/g, '')).toBe(narration.replace(/\s+/g, ''));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('narrationHeight: one height for the whole demo', () => {
  const ko = compileTimeline(builtinScenario('isolation')!, 'ko');
  const texts = ko.beats.flatMap((b) => (b.beat.kind === 'say' ? [b.beat.text] : []));

  it('is what the longest narration needs at this width, at most three rows', () => {
    expect(texts).toContain(KO_FIRST);
    expect(narrationHeight(texts, 80)).toBe(2);
    expect(narrationHeight(texts, 400)).toBe(1);
    expect(narrationHeight([], 80)).toBe(1);
    expect(narrationHeight(texts, 20)).toBe(MAX_NARRATION_ROWS);
    const needed = Math.max(...texts.map((t) => narrationRows(t, 120, 9).length));
    expect(narrationHeight(texts, 120)).toBe(Math.min(3, needed));
    expect(narrationHeight(texts, 40)).toBe(3);
  });

  it('the player driver lists every narration of its scenario, in order', () => {
    const scenario = builtinScenario('isolation')!;
    const driver = createPlayerDriver({
      scenario,
      lang: 'ko',
      clock: new FakeClock(),
      sim: createSim({ start: scenario.start }),
      seed: 1,
    });
    expect(driver.narrations).toEqual(texts);
    expect(texts.length).toBeGreaterThan(5);
  });

  it('the layout makes the room: the narration takes two rows and the panes one less', () => {
    const one = computeLayout(80, 24, { demo: true, containerCount: 2, narrationRows: 1 });
    const two = computeLayout(80, 24, { demo: true, containerCount: 2, narrationRows: 2 });
    expect(one.narration?.height).toBe(1);
    expect(two.narration?.height).toBe(2);
    expect(two.hints.y).toBe(one.hints.y);
    expect(two.panes.host.height).toBe(one.panes.host.height - 1);
    const rowsAt = (columns: number, rows: number, needed: number) =>
      computeLayout(columns, rows, { demo: true, containerCount: 2, narrationRows: needed })
        .narration?.height;
    // The single tier gives more rows only where its pane keeps its list.
    expect(rowsAt(40, 12, 2)).toBe(1);
    expect(rowsAt(60, 20, 2)).toBe(2);
    // Three rows only one pane at a time, and only where the pane still keeps its rows.
    expect(rowsAt(120, 40, 3)).toBe(2);
    expect(rowsAt(60, 20, 3)).toBe(3);
    expect(rowsAt(60, 15, 3)).toBe(2);
    const single = computeLayout(60, 20, { demo: true, containerCount: 2, narrationRows: 3 });
    expect(single.panes.host.height).toBeGreaterThanOrEqual(8);
  });
});
