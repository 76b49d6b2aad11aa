import { describe, expect, it } from 'vitest';
import {
  computeLayout,
  PANE_ORDER,
  tierFor,
  type Layout,
  type Rect,
} from '../../src/ui/state/layout.js';

const SIZES: Array<[number, number]> = [];
for (const columns of [40, 41, 59, 60, 79, 80, 99, 100, 120, 160, 250]) {
  for (const rows of [12, 13, 20, 23, 24, 29, 30, 36, 40, 60, 80]) SIZES.push([columns, rows]);
}

const inside = (r: Rect, columns: number, height: number) =>
  r.x >= 0 && r.y >= 0 && r.x + r.width <= columns && r.y + r.height <= height;
const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every rectangle drawn at this size, in frame order. */
function drawn(layout: Layout): Rect[] {
  const panes =
    layout.tier === 'single' ? [layout.panes.host] : PANE_ORDER.map((p) => layout.panes[p]);
  return [
    layout.strip,
    ...panes,
    layout.summary,
    layout.lastCommand,
    layout.narration,
    layout.hints,
  ].filter((r): r is Rect => r !== null);
}

describe('layout tiers (docs/spec.md §5 sizes)', () => {
  it.each([
    [250, 80, 'full'],
    [100, 30, 'full'],
    [120, 36, 'full'],
    [99, 30, 'compact'],
    [100, 29, 'compact'],
    [80, 24, 'compact'],
    [79, 24, 'single'],
    [80, 23, 'single'],
    [40, 12, 'single'],
    [39, 12, 'too-small'],
    [40, 11, 'too-small'],
    [0, 0, 'too-small'],
  ])('%i×%i is %s', (columns, rows, tier) => {
    expect(tierFor(columns, rows)).toBe(tier);
  });

  it.each(SIZES)(
    '%i×%i: the frame is rows − 1 lines and everything fits without overlap',
    (columns, rows) => {
      for (const [demo, narrationRows] of [
        [false, 1],
        [true, 1],
        [true, 2],
        [true, 5],
      ] as const) {
        for (const [containerCount, summaryRows] of [
          [0, 1],
          [2, 1],
          [30, 1],
          [2, 2],
          [30, 2],
        ] as const) {
          const layout = computeLayout(columns, rows, {
            demo,
            containerCount,
            narrationRows,
            summaryRows,
          });
          if (layout.summary !== null) expect(layout.summary.height).toBe(summaryRows);
          expect(layout.height).toBe(rows - 1);
          const rects = drawn(layout);
          for (const r of rects) {
            expect(inside(r, columns, layout.height)).toBe(true);
            expect(r.width).toBeGreaterThan(0);
            expect(r.height).toBeGreaterThan(0);
          }
          for (let i = 0; i < rects.length; i++)
            for (let j = i + 1; j < rects.length; j++)
              expect(overlap(rects[i] as Rect, rects[j] as Rect)).toBe(false);
          // Every line of the frame belongs to something: no gap, no overflow.
          const covered = new Set<number>();
          for (const r of rects) for (let y = r.y; y < r.y + r.height; y++) covered.add(y);
          expect(covered.size).toBe(layout.height);
          expect(layout.narration !== null).toBe(demo);
        }
      }
    },
  );

  it('gives process panes room for rows at the smallest size of each tier', () => {
    const compact = computeLayout(80, 24, { demo: true, containerCount: 2 });
    expect(compact.panes.host.height - 3).toBeGreaterThanOrEqual(10);
    expect(compact.panes.session.height - 3).toBeGreaterThanOrEqual(5);
    expect(compact.panes.console.height - 2).toBeGreaterThanOrEqual(4);
    const single = computeLayout(40, 12, { demo: true, containerCount: 2 });
    expect(single.panes.host.height - 3).toBeGreaterThanOrEqual(3);
  });

  it('grows the Containers pane with the containers, within a share of the height', () => {
    const few = computeLayout(120, 36, { demo: false, containerCount: 2 });
    const many = computeLayout(120, 36, { demo: false, containerCount: 40 });
    expect(few.panes.containers.height).toBe(5);
    expect(many.panes.containers.height).toBeLessThan(many.panes.host.height / 2);
  });

  it('below 40×12 draws one line', () => {
    const layout = computeLayout(30, 8, { demo: false, containerCount: 2 });
    expect(layout.tier).toBe('too-small');
    expect(layout.height).toBe(1);
  });
});
