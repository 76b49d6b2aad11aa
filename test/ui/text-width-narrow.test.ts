// The narrow fast path of cellWidth is exactly string-width's answer, code point by code
// point and for text made of them (issue 16: measured without segmenting).
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import {
  cellWidth,
  NARROW_TEXT,
  padCells,
  truncateCells,
  truncateCellsStart,
  wrapCells,
} from '../../src/ui/text/text-width.js';

describe('the narrow fast path', () => {
  it('holds for every code point it accepts, and only those string-width gives one cell', () => {
    const accepted: string[] = [];
    for (let code = 0x20; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCharCode(code);
      if (!NARROW_TEXT.test(ch)) continue;
      accepted.push(ch);
      expect([code.toString(16), stringWidth(ch)]).toEqual([code.toString(16), 1]);
    }
    expect(accepted.length).toBeGreaterThan(1000);
    expect(NARROW_TEXT.test('\u00ad')).toBe(false); // soft hyphen: no cell
    expect(NARROW_TEXT.test('\u25fd')).toBe(false); // ◽ an emoji: two cells
    expect(NARROW_TEXT.test('é\u0301')).toBe(false); // a combining mark
    const text = accepted.join('');
    expect(cellWidth(text)).toBe(stringWidth(text));
    expect(cellWidth('host kernel · SI 12 → ◆ — …')).toBe(
      stringWidth('host kernel · SI 12 → ◆ — …'),
    );
  });
});

describe('cuts and pads of narrow text', () => {
  it('match the segmenting path, cell for cell', () => {
    const text = 'host kernel · SI 12 → ◆ — « naïve » ─┼─ ▲▼';
    for (let width = 0; width <= text.length + 2; width++) {
      const cut = truncateCells(text, width);
      expect(stringWidth(cut)).toBe(Math.min(width, text.length));
      if (width >= text.length) expect(cut).toBe(text);
      else if (width > 0) expect(cut).toBe(`${text.slice(0, width - 1)}…`);
      expect(stringWidth(truncateCellsStart(text, width))).toBe(Math.min(width, text.length));
      expect(stringWidth(padCells(text, width))).toBe(width);
    }
    expect(wrapCells(text, 10).map((row) => stringWidth(row))).toEqual([10, 10, 10, 10, 2]);
  });
});
