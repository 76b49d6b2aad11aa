// A StyledRow draws what <Line {...style}>{spans}</Line> draws — the same characters in
// the same styles, cell for cell on a terminal emulator's screen — while Ink measures and
// tokenises only a stand-in of blanks (line.tsx). Compared over random rows with colour
// on: ASCII, the dashboard's symbols, Hangul, every style of a theme. (The bytes may list
// the codes that end a run in another order: Ink re-serialises a <Line>'s text once more.)
import { Box, Text } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Ink's chalk (and ours: the same package) decides its colour level when it loads.
vi.hoisted(() => {
  process.env.FORCE_COLOR = '1';
});

const { Line, StyledRow, piece } = await import('../../src/ui/views/components/line.js');
const { cellWidth } = await import('../../src/ui/text/text-width.js');
const { newTerminal, screenCells, writeTo } = await import('../perf/screen-cells.js');

afterEach(cleanup);

type Style = Parameters<typeof piece>[0];

const COLOURS = [undefined, 'yellow', 'cyan', 'magenta', 'gray', 'blackBright', 'redBright'];
const style: fc.Arbitrary<Style> = fc.record({
  color: fc.constantFrom(...COLOURS),
  dimColor: fc.boolean(),
  bold: fc.boolean(),
  strikethrough: fc.boolean(),
  inverse: fc.boolean(),
  underline: fc.boolean(),
});
const text = fc.stringMatching(/^[a-zA-Z0-9 ()·◆◇▶─━┌┐–→…+−가-힣]{0,12}$/);
const row = fc.record({
  style,
  spans: fc.array(fc.record({ style, text }), { minLength: 1, maxLength: 5 }),
});

const WIDTH = 60;

function frameOf(node: React.ReactNode): string {
  const { lastFrame, unmount } = render(
    <Box width={WIDTH} flexDirection="column">
      {node}
    </Box>,
  );
  const frame = lastFrame() ?? '';
  unmount();
  return frame;
}

/** The frame as a terminal shows it: every cell's character and style. */
async function cells(frame: string): Promise<string[]> {
  const term = newTerminal(WIDTH + 10, 3);
  await writeTo(term, frame);
  const out = screenCells(term);
  term.dispose();
  return out;
}

function both(r: { style: Style; spans: { style: Style; text: string }[] }) {
  const inLine = frameOf(
    <Line {...r.style}>
      {r.spans.map((s, i) => (
        <Text key={i} {...s.style}>
          {s.text}
        </Text>
      ))}
    </Line>,
  );
  const styled = frameOf(
    <StyledRow style={r.style} pieces={r.spans.map((s) => piece(s.style, s.text))} />,
  );
  return { inLine, styled };
}

// eslint-disable-next-line no-control-regex -- reading SGR escapes
const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

describe('StyledRow', () => {
  it('draws the cells <Line> draws, for any row that fits', async () => {
    await fc.assert(
      fc.asyncProperty(row, async (r) => {
        const { inLine, styled } = both(r);
        expect(await cells(styled)).toEqual(await cells(inLine));
      }),
      { numRuns: 120 },
    );
  });

  it('has colour in it: the comparison is not of two plain frames', () => {
    const { styled } = both({
      style: { bold: true },
      spans: [
        { style: { color: 'yellow' }, text: 'csrss' },
        { style: {}, text: ' ◆ DEMO' },
      ],
    });
    expect(styled).toContain('\x1b[33m');
    expect(styled).toContain('\x1b[1m');
    expect(plain(styled)).toBe('csrss ◆ DEMO');
  });

  it('cuts a row wider than its box where Ink cuts it, with the ellipsis', () => {
    fc.assert(
      fc.property(row, fc.integer({ min: 1, max: 40 }), (r, extra) => {
        const long = { ...r, spans: [...r.spans, { style: {}, text: 'x'.repeat(WIDTH + extra) }] };
        const { inLine, styled } = both(long);
        expect(plain(styled)).toBe(plain(inLine));
        expect(cellWidth(plain(styled))).toBe(WIDTH);
      }),
      { numRuns: 50 },
    );
  });

  it('leaves a control character to Ink, which strips it, as <Line> does', () => {
    const { inLine, styled } = both({
      style: {},
      spans: [{ style: { color: 'cyan' }, text: 'a\x07b' }],
    });
    expect(styled).toBe(inLine);
    expect(styled).not.toContain('\x07');
  });
});
