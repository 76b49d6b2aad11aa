// Ink's output pass, patched (patches/ink+6.8.0.patch; why: patches/README.md). The patch
// keeps parsed lines, cells and row strings across frames, so the one thing to prove is
// that no frame ever differs from what Ink 6.8.0's own Output.get() makes of the same
// operations — frame after frame, with the caches full of the frames before.
import fc from 'fast-check';
import { styledCharsFromTokens, tokenize } from '@alcalzone/ansi-tokenize';
import { readFileSync } from 'node:fs';
import stringWidth from 'string-width';
import widestLine from 'widest-line';
import { describe, expect, it } from 'vitest';
import { referenceGet, type Clip, type Operation, type Transformer } from './reference-output.js';

const INK_BUILD = new URL('../../../node_modules/ink/build/', import.meta.url);

interface OutputLike {
  write(x: number, y: number, text: string, options: { transformers: Transformer[] }): void;
  clip(clip: Clip): void;
  unclip(): void;
  get(): { output: string; height: number };
}
type OutputClass = new (options: { width: number; height: number }) => OutputLike;
interface BoundedCacheLike<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  readonly size: number;
}
type BoundedCacheClass = new <V>(limit: number) => BoundedCacheLike<V>;

const { default: Output } = (await import(new URL('output.js', INK_BUILD).href)) as {
  default: OutputClass;
};
const simpleText = (await import(new URL('simple-text.js', INK_BUILD).href)) as {
  SIMPLE_RANGES: [number, number][];
  simpleStyledChars(line: string): { value: string; codes: unknown[] }[] | undefined;
  textWidth(text: string): number;
  widestLineWidth(text: string): number;
};
const { default: BoundedCache } = (await import(new URL('bounded-cache.js', INK_BUILD).href)) as {
  default: BoundedCacheClass;
};

function patchedGet(width: number, height: number, operations: readonly Operation[]): string {
  const output = new Output({ width, height });
  for (const op of operations) {
    if (op.type === 'write') output.write(op.x, op.y, op.text, { transformers: op.transformers });
    else if (op.type === 'clip') output.clip(op.clip);
    else output.unclip();
  }
  const { output: text, height: rows } = output.get();
  expect(rows).toBe(height);
  return text;
}

/**
 * Characters from inside and outside simple-text.js's ranges, and their edges: joiners,
 * combining marks, variation selectors, Hangul jamo that join, bare and broken escapes.
 */
const GLYPH = fc.constantFrom(
  ...['a', 'Z', '0', ' ', '.', '~', '│', '─', '├', '◇', '▸', '…', '₩', '☀', 'é', 'ÿ', 'Ａ', '｠'],
  ...['漢', '한', '국', 'か', 'カ', '\u3000', '\u3029', '🐳', '👩‍💻', '🇰🇷', 'ｱ', 'ㄱ'],
  ...[
    'e\u0301',
    '\u0301',
    '\u00ad',
    '\u200d',
    '\ufe0f',
    '\u1100',
    '\u1161',
    '\u11a8',
    '\u3099',
    '\u302a',
  ],
  ...[
    '\t',
    '\x7f',
    '\x1b',
    '\x1b[3',
    '\x1b[m',
    '\x1b[;m',
    '\x9b',
    '\x1b]8;;https://example.com\x07',
    '\x1b]8;;\x07',
  ],
);
const sgr = (...codes: number[]) => `\x1b[${codes.join(';')}m`;
const RED = (s: string) => `${sgr(31)}${s}${sgr(39)}`;
const BOLD = (s: string) => `${sgr(1)}${s}${sgr(22)}`;
const INVERSE = (s: string) => `${sgr(7)}${s}${sgr(27)}`;

describe('the patched Ink output pass (node_modules/ink/build/output.js)', () => {
  it('is the patched one: `npm ci` applied patches/ink+6.8.0.patch', () => {
    for (const file of [
      'output.js',
      'render-node-to-output.js',
      'measure-text.js',
      'wrap-text.js',
      'simple-text.js',
    ])
      expect(readFileSync(new URL(file, INK_BUILD), 'utf8'), file).toContain('isolab patch');
  });

  it('draws plain, styled, wide and clipped text as Ink does', () => {
    const frames: Operation[][] = [
      [{ type: 'write', x: 0, y: 0, text: 'hello\nworld', transformers: [] }],
      [
        {
          type: 'write',
          x: 2,
          y: 1,
          text: `${RED('csrss')} 532 ${BOLD('漢字')}🐳`,
          transformers: [],
        },
      ],
      [
        { type: 'clip', clip: { x1: 1, x2: 6, y1: 0, y2: 2 } },
        {
          type: 'write',
          x: 0,
          y: 0,
          text: `漢字漢字\n${INVERSE('selected row')}\nthird\nfourth`,
          transformers: [],
        },
        { type: 'unclip' },
        { type: 'write', x: 0, y: 3, text: 'e\u0301 and 한국어', transformers: [RED] },
      ],
      // Overlaps: a wide character half covered, a write past the right edge.
      [
        { type: 'write', x: 0, y: 0, text: '漢漢漢', transformers: [] },
        { type: 'write', x: 1, y: 0, text: 'ab', transformers: [] },
        { type: 'write', x: 8, y: 1, text: 'overflowing', transformers: [] },
      ],
    ];
    for (const ops of frames) expect(patchedGet(10, 4, ops)).toBe(referenceGet(10, 4, ops));
    // The second frame, as an explicit check that the styles survive the caches (Ink does
    // not cut a write at the frame's width: the row runs on).
    expect(patchedGet(10, 4, frames[1]!).split('\n')[1]).toBe(
      `  ${sgr(31)}csrss${sgr(39)} 532 ${sgr(1)}漢字${sgr(22)}🐳`,
    );
  });

  it('reuses a row only when its cells are the same: one changed cell redraws the row', () => {
    const line = (pid: number) => `${RED('csrss')} ${String(pid).padStart(5)}`;
    const frame = (pid: number): Operation[] => [
      { type: 'write', x: 0, y: 0, text: line(532), transformers: [] },
      { type: 'write', x: 0, y: 1, text: line(pid), transformers: [] },
    ];
    expect(patchedGet(20, 2, frame(608))).toBe(referenceGet(20, 2, frame(608)));
    expect(patchedGet(20, 2, frame(609))).toBe(referenceGet(20, 2, frame(609)));
    expect(patchedGet(20, 2, frame(609)).split('\n')[1]).toContain('609');
    expect(patchedGet(20, 2, frame(608)).split('\n')[1]).toContain('608');
  });

  it('matches Ink on any sequence of frames (property, with the caches carried over)', () => {
    const glyph = GLYPH;
    const style = fc.constantFrom(
      [31],
      [39],
      [42],
      [49],
      [1],
      [2],
      [22],
      [7],
      [27],
      [4],
      [24],
      [0],
      [38, 5, 208],
      [38, 2, 10, 20, 30],
      [90],
      [1, 33],
    );
    const piece = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.array(glyph, { minLength: 1, maxLength: 6 }).map((gs) => gs.join('')),
      },
      { weight: 2, arbitrary: style.map((codes) => sgr(...codes)) },
      { weight: 1, arbitrary: fc.constant('\n') },
    );
    const text = fc.array(piece, { minLength: 1, maxLength: 10 }).map((ps) => ps.join(''));
    const transformer = fc.constantFrom<Transformer>(
      RED,
      BOLD,
      (line) => line.toUpperCase(),
      (line, i) => `${i}${line}`,
    );
    const coordinate = fc.integer({ min: -2, max: 14 });
    const clip = fc.record(
      { x1: coordinate, x2: coordinate, y1: coordinate, y2: coordinate },
      { requiredKeys: [] },
    );
    const operation: fc.Arbitrary<Operation> = fc.oneof(
      {
        weight: 5,
        arbitrary: fc.record({
          type: fc.constant('write' as const),
          x: coordinate,
          y: coordinate,
          text,
          transformers: fc.array(transformer, { maxLength: 2 }),
        }),
      },
      { weight: 1, arbitrary: clip.map((c) => ({ type: 'clip' as const, clip: c })) },
      { weight: 1, arbitrary: fc.constant({ type: 'unclip' as const }) },
    );
    // Frames of one size in a row, so that rows are reused from frame to frame; a frame
    // is often the one before with one write changed.
    const frames = fc
      .array(fc.array(operation, { maxLength: 12 }), { minLength: 1, maxLength: 6 })
      .chain((base) =>
        fc
          .array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.option(operation)), { maxLength: 6 })
          .map((edits) => [
            ...base,
            ...edits.map(([i, op]) => {
              const frame = [...base[i]!];
              if (op !== null && frame.length > 0) frame[frame.length - 1] = op;
              return frame;
            }),
          ]),
      );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 8 }),
        frames,
        (width, height, seq) => {
          for (const ops of seq)
            expect(patchedGet(width, height, ops)).toBe(referenceGet(width, height, ops));
        },
      ),
      { numRuns: 400, seed: 20261129 },
    );
  });
});

describe("the patch's simple text (simple-text.js): no segmenter where none is needed", () => {
  const piece = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.array(GLYPH, { minLength: 1, maxLength: 6 }).map((gs) => gs.join('')),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '\x1b[31m',
        '\x1b[1;33m',
        '\x1b[38;5;208m',
        '\x1b[39m',
        '\x1b[0m',
        '\n',
      ),
    },
  );
  const text = fc.array(piece, { maxLength: 12 }).map((ps) => ps.join(''));

  it("takes the quick way for the dashboard's kind of line, and not for joining characters", () => {
    expect(
      simpleText
        .simpleStyledChars(`${sgr(31)}csrss${sgr(39)} │ 한국 ◇ ₩`)
        ?.map((c) => c.value)
        .join(''),
    ).toBe('csrss │ 한국 ◇ ₩');
    for (const joined of ['e\u0301', '👩‍💻', '\u1100\u1161', '☀\ufe0f', '\x1b]8;;x\x07link'])
      expect(simpleText.simpleStyledChars(joined), JSON.stringify(joined)).toBeUndefined();
  });

  it('holds only characters that are graphemes of their own, next to any character', () => {
    // By the grapheme rules, a character joins its neighbour only if it is Extend,
    // SpacingMark, ZWJ or Prepend (which 'a·c·a' shows), a regional indicator or a Hangul
    // jamo (which 'c·c' shows). Every character of every range, checked.
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const count = (text: string) => [...segmenter.segment(text)].length;
    const joiners: string[] = [];
    let checked = 0;
    for (const [from, to] of simpleText.SIMPLE_RANGES) {
      for (let code = from; code <= to; code++) {
        const c = String.fromCodePoint(code);
        if (count(`a${c}a`) !== 3 || count(`${c}${c}`) !== 2 || count(`\x1b[0m${c}`) !== 5)
          joiners.push(code.toString(16));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40_000);
    expect(joiners).toEqual([]);
  });

  it('measures as string-width and widest-line do (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const lines = t.split('\n');
        expect(simpleText.widestLineWidth(t)).toBe(widestLine(t));
        for (const line of lines) expect(simpleText.textWidth(line)).toBe(stringWidth(line));
      }),
      { numRuns: 2000, seed: 1129 },
    );
  });

  it('splits a line into characters and styles as ansi-tokenize does (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const line of t.split('\n')) {
          const quick = simpleText.simpleStyledChars(line);
          if (quick === undefined) continue;
          const reference = styledCharsFromTokens(tokenize(line));
          expect(quick.map((c) => [c.value, c.codes])).toEqual(
            reference.map((c) => [c.value, c.styles]),
          );
        }
      }),
      { numRuns: 2000, seed: 2911 },
    );
  });
});

describe('the bounded cache the patch gives Ink (bounded-cache.js)', () => {
  it('keeps what is used lately and holds at most twice its limit', () => {
    const cache = new BoundedCache<number>(3);
    for (let i = 0; i < 100; i++) {
      cache.set(`k${i}`, i);
      expect(cache.get('k0'), `k0 is read on every step, so stays (step ${i})`).toBe(0);
      expect(cache.size).toBeLessThanOrEqual(6);
    }
    expect(cache.get('k50')).toBeUndefined();
    expect(cache.get('k99')).toBe(99);
  });
});
