// A known small frame as SVG: its text, XML escaping, wide characters as two cells,
// colours and attributes from the SGR styles Ink writes; and the snapshotter that reads
// the frame writer's last frame back.
import { describe, expect, test } from 'vitest';
import { frameCells, styleOfKey } from '../../../src/ui/output/ansi-cells.js';
import { FrameDiffer } from '../../../src/ui/output/frame-diff.js';
import { snapshotter } from '../../../src/ui/output/frame-snapshot.js';
import { BACKGROUND, frameSvg, PALETTE } from '../../../src/ui/output/svg-frame.js';

const LINES = ['\x1b[33mcsrss\x1b[39m <&> 한글', '\x1b[1;7mPS\x1b[0m \x1b[38;5;196mx\x1b[0m'];
const texts = (svg: string) =>
  [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map((m) => ({
    attrs: m[1] as string,
    text: m[2] as string,
  }));

describe('frameSvg', () => {
  const svg = frameSvg(frameCells(LINES), 12, 2);
  const runs = texts(svg);

  test('a grid of 12×2 cells at 8.4×18 px with a 12 px margin', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="125" height="60"/);
    expect(svg).toContain(`fill="${BACKGROUND}"`);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  test('text in runs of one style, escaped, wide characters two cells each', () => {
    expect(runs.map((r) => r.text)).toEqual(['csrss', ' &lt;&amp;&gt; 한글', 'PS', 'x']);
    const csrss = runs[0]!.attrs;
    expect(csrss).toContain(`fill="${PALETTE[3]}"`); // SGR 33: yellow, the theme's csrss
    expect(csrss).toContain('x="12.0"');
    expect(csrss).toContain('textLength="42.0"'); // 5 cells
    // " <&> " is 5 cells and 한글 four: 9 cells from column 5.
    expect(runs[1]!.attrs).toContain(`x="${(12 + 5 * 8.4).toFixed(1)}"`);
    expect(runs[1]!.attrs).toContain(`textLength="${(9 * 8.4).toFixed(1)}"`);
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
    for (const run of runs) expect(run.text).not.toContain('<');
  });

  test('bold, inverse (a background rectangle) and 256 colours', () => {
    expect(runs[2]!.attrs).toContain('font-weight="bold"');
    expect(runs[2]!.attrs).toContain(`fill="${BACKGROUND}"`);
    expect(svg).toMatch(/<rect x="12.0" y="30" width="8.4" height="18" fill="#d4d4d4"\/>/);
    expect(runs[3]!.attrs).toContain('fill="#ff0000"');
  });

  test('style keys read as colours and attributes', () => {
    expect(styleOfKey('1;2;4;9;92;44')).toMatchObject({
      bold: true,
      dim: true,
      underline: true,
      strike: true,
      fg: PALETTE[10],
      bg: PALETTE[4],
    });
    expect(styleOfKey('38;2;1;2;255').fg).toBe('#0102ff');
  });
});

describe('snapshotter', () => {
  const frame = '\x1b[2K\x1b[G┌─ Kernel map ┐\n│ ◆ WIN      │\n';
  test('writes the last frame Ink wrote as SVG, once at exit when asked', () => {
    const differ = new FrameDiffer();
    const written: string[] = [];
    const snap = snapshotter(differ, () => 14, {
      write: (svg) => {
        written.push(svg);
        return { ok: true, path: `/tmp/f${written.length}.svg` };
      },
      atExit: true,
    });
    expect(snap.take()).toMatchObject({ ok: false, path: null });
    differ.transform(frame);
    differ.forget(); // a resize: the screen is unknown, the last frame is still known
    expect(snap.take()).toEqual({ ok: true, path: '/tmp/f1.svg' });
    expect(texts(written[0]!).map((r) => r.text)).toEqual(['┌─ Kernel map ┐', '│ ◆ WIN      │']);
    expect(snap.finish()).toBeNull(); // a key already wrote one
  });

  test('at exit without a key press: the last frame; a failed write says why', () => {
    const differ = new FrameDiffer();
    differ.transform(frame);
    const snap = snapshotter(differ, () => 14, {
      write: () => ({ ok: false, path: 'x.svg', why: 'it exists (use --force to replace it)' }),
      atExit: true,
    });
    expect(snap.finish()).toEqual({
      ok: false,
      path: 'x.svg',
      why: 'it exists (use --force to replace it)',
    });
  });
});
