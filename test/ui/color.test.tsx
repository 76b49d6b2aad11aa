// Colour on, colour off (NO_COLOR / --no-color): colours go, the cues that carry meaning
// without colour stay (bold, dim, strikethrough, inverse, and the text markers).
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Ink's chalk decides its colour level when it loads; the test's output is not a TTY.
vi.hoisted(() => {
  process.env.FORCE_COLOR = '1';
});

const { renderDashboard, settle } = await import('./harness.js');

afterEach(cleanup);

// eslint-disable-next-line no-control-regex -- looking for colour escapes
const COLOUR = /\x1b\[(3[0-7]|9[0-7]|38;[0-9;]+)m/;
const sgr = (code: number) => `\x1b[${code}m`;

async function afterToggle(color: boolean) {
  const view = renderDashboard({ columns: 120, rows: 36, color });
  await view.keys('2', 't');
  return view.frame();
}

describe('colour', () => {
  it('colours the cues when colour is on', async () => {
    const frame = await afterToggle(true);
    expect(frame).toMatch(COLOUR);
    expect(frame).toContain(`${sgr(32)}`); // green: appeared
    expect(frame).toContain(`${sgr(31)}`); // red: vanished
    expect(frame).toContain(`${sgr(35)}`); // magenta: ◇ utility VM
  });

  it('uses no colour at all without it, and keeps bold, dim, strikethrough, inverse and markers', async () => {
    const frame = await afterToggle(false);
    expect(frame).not.toMatch(COLOUR);
    expect(frame).toContain(sgr(1)); // bold: csrss, appeared rows, focus
    expect(frame).toContain(sgr(2)); // dim: vanished rows, notes
    expect(frame).toContain(sgr(9)); // strikethrough: vanished rows
    expect(frame).toContain(sgr(7)); // inverse: the selected row, the focused title
    // eslint-disable-next-line no-control-regex -- stripping escapes
    const plain = frame.replace(/\x1b\[[0-9;]*m/g, '');
    expect(plain).toMatch(/\+vmwp .*◇ utility VM of DEMO/);
    expect(plain).toMatch(/−csrss +6528/);
    expect(plain).toMatch(/▶/);
    await settle();
  });
});
