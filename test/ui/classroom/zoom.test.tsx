// Issue 12, zoom: z (F2 while typing) makes the focused pane fill the screen and back; the
// console then formats PowerShell's tables for its own, wider, width.
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/ui/state/layout.js';
import { renderDashboard } from '../harness.js';

afterEach(cleanup);

const F2 = '\x1bOQ';
/** Get-Process's rows for csrss, as the console prints them (Handles … Id SI ProcessName). */
const csrssRows = (lines: string[]) => lines.filter((l) => /\d+ +\d+ +csrss *[│┃]$/.test(l));

describe('zoom', () => {
  it('the layout gives the focused pane every row but the hints', () => {
    const plain = computeLayout(80, 24, { demo: false, containerCount: 2 });
    const zoomed = computeLayout(80, 24, { demo: false, containerCount: 2, zoomed: true });
    expect(plain.panes.console.height).toBeLessThan(10);
    expect(zoomed.panes.console).toEqual({ x: 0, y: 0, width: 80, height: 22 });
    expect(zoomed.hints.y).toBe(22);
    expect(zoomed.summary).toBeNull();
  });

  it('at 80×24 the zoomed console shows the whole csrss table of the seed, and z unzooms', async () => {
    const h = renderDashboard({ columns: 80, rows: 24, start: 'lab' });
    await h.until('PS C:\\>');
    await h.keys(':', 'Get-Process csrss', '\r');
    await h.until(/csrss +┃/);
    const before = csrssRows(h.lines());
    expect(before.length).toBeLessThan(4);
    await h.keys(F2);
    await h.until('ProcessName');
    const zoomed = h.lines();
    // The host's three plus DEMO's, with the table's header: nothing else is drawn.
    expect(csrssRows(zoomed)).toHaveLength(4);
    expect(zoomed.some((l) => /Handles +NPM\(K\)/.test(l))).toBe(true);
    expect(zoomed.some((l) => l.includes('Host processes'))).toBe(false);
    expect(h.store.getState().zoomed).toBe(true);
    await h.keys('\x1b', 'z');
    expect(h.store.getState().zoomed).toBe(false);
    await h.until('Host processes');
    h.unmount();
  });

  it('z zooms the focused list pane, Tab moves the zoom to the next pane', async () => {
    const h = renderDashboard({ columns: 80, rows: 24, start: 'lab' });
    await h.until('Host processes');
    await h.keys('2', 'z');
    await h.until(/^┏━ 2 Host processes.*┓$/m);
    expect(h.frame()).not.toContain('Containers');
    await h.keys('\t');
    await h.until('Inside DEMO');
    expect(h.frame()).not.toContain('Host processes');
    h.unmount();
  });
});
