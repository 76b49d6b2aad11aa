// The kernel map with colour and without (NO_COLOR / --no-color): the colours go, and the
// box-drawing, the words and the markers (◆ ◇ ▶, double border) carry every cue.
import { cleanup } from 'ink-testing-library';
import { afterEach, expect, test, vi } from 'vitest';

// Ink's chalk decides its colour level when it loads; the test's output is not a TTY.
vi.hoisted(() => {
  process.env.FORCE_COLOR = '1';
});

const { renderDashboard } = await import('../harness.js');
const { twoContainers } = await import('./fixtures.js');

afterEach(cleanup);

// eslint-disable-next-line no-control-regex -- looking for colour escapes
const COLOUR = /\x1b\[(3[0-7]|9[0-7]|38;[0-9;]+)m/;
// eslint-disable-next-line no-control-regex -- any escape at all
const ESCAPES = /\x1b\[[0-9;]*m/g;

async function mapFrame(color: boolean) {
  const view = renderDashboard({ columns: 80, rows: 24, sim: twoContainers(), color });
  await view.keys('m');
  await view.until('Kernel map');
  return view.frame();
}

test('with colour the boxes are coloured; without, no colour and every cue stays', async () => {
  const coloured = await mapFrame(true);
  expect(coloured).toMatch(COLOUR);
  cleanup();
  const plain = await mapFrame(false);
  expect(plain).not.toMatch(COLOUR);
  const cues = ['┌─ Host kernel', '◆ WIN', '◇ vmwp', '◇ Utility VM · HYP', '▶ session 3', '└─'];
  for (const cue of cues) expect(plain.replace(ESCAPES, '')).toContain(cue);
  // The same words either way: colour adds nothing the text does not say.
  expect(plain.replace(ESCAPES, '')).toBe(coloured.replace(ESCAPES, ''));
});
