// The line-diff writer (src/ui/output): whatever sequence of frames Ink writes, a terminal
// fed the diffs shows exactly what a terminal fed Ink's full redraws shows, cell by cell,
// colours included.
import fc from 'fast-check';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { diffingStdout } from '../../src/ui/output/diff-stdout.js';
import { cellDiff } from '../../src/ui/output/cell-diff.js';
import { minimumBytes } from '../../src/ui/output/cell-cost.js';
import { FrameDiffer, parseFrameWrite } from '../../src/ui/output/frame-diff.js';
import { newTerminal, screenCells, writeTo } from './screen-cells.js';

const BSU = '\x1b[?2026h';
const ESU = '\x1b[?2026l';

/** ansi-escapes' eraseLines, as Ink's log-update writes it. */
const eraseLines = (count: number) => {
  let clear = '';
  for (let i = 0; i < count; i++) clear += `\x1b[2K${i < count - 1 ? '\x1b[1A' : ''}`;
  return count > 0 ? `${clear}\x1b[G` : '';
};

/** Ink's standard log-update: erase what it wrote last, write the new frame and a newline. */
class InkLog {
  private previousLineCount = 0;
  write(frame: readonly string[]): string {
    const str = `${frame.join('\n')}\n`;
    const out = eraseLines(this.previousLineCount) + str;
    this.previousLineCount = frame.length + 1;
    return out;
  }
  clear(): string {
    const out = eraseLines(this.previousLineCount);
    this.previousLineCount = 0;
    return out;
  }
}

describe('parseFrameWrite', () => {
  it("reads Ink's erase count and the frame's lines", () => {
    expect(parseFrameWrite(`${eraseLines(3)}a\n\x1b[1mb\x1b[22m\n`)).toEqual({
      erased: 3,
      lines: ['a', '\x1b[1mb\x1b[22m', ''],
    });
    expect(parseFrameWrite('first\nframe\n')).toEqual({ erased: 0, lines: ['first', 'frame', ''] });
  });

  it.each([
    ['a clear of the whole terminal', '\x1b[2J\x1b[3J\x1b[Hframe\n'],
    ['a frame that ends mid-line (as tall as the terminal)', `${eraseLines(2)}a\nb`],
    ['a cursor move inside the body', `${eraseLines(2)}a\x1b[2Ab\n`],
    ['a cursor shown at a position after the frame', `${eraseLines(2)}a\n\x1b[1A\x1b[3G\x1b[?25h`],
    ['a carriage return', 'a\rb\n'],
    ['an erase only', eraseLines(4)],
  ])('refuses %s', (_what, chunk) => {
    expect(parseFrameWrite(chunk)).toBeNull();
  });
});

const rows = (lines: string[]) => lines.map((text) => ({ text }));

describe('cellDiff', () => {
  it('writes only the changed cells and comes back to the line below the frame', () => {
    const before = rows(['one', 'two 12', 'three', 'four', '']);
    const after = rows(['one', 'two 13', 'three', 'four', '']);
    // Up 3 to "two 12", right to column 6, the digit, down 3 and back to column 1.
    expect(cellDiff(before, after, 80)).toBe('\x1b[3A\x1b[6G3\x1b[3B\r');
    expect(cellDiff(before, before, 80)).toBe('');
  });

  it('sets the style a cell needs and leaves the style plain', () => {
    const before = rows(['cpu \x1b[31m10\x1b[39m %', '']);
    const after = rows(['cpu \x1b[31m11\x1b[39m %', '']);
    expect(cellDiff(before, after, 80)).toBe('\x1b[A\x1b[6G\x1b[0;31m1\x1b[0m\x1b[B\r');
  });

  it('writes a short gap again when that is shorter than skipping it', () => {
    const before = rows(['a1b2c', '']);
    const after = rows(['a9b9c', '']);
    expect(cellDiff(before, after, 80)).toBe('\x1b[A\x1b[C9b9\x1b[B\r');
  });

  it('erases what a shorter row leaves, and rewrites whole a row it cannot read', () => {
    const before = rows(['abcdef', 'e\u0301x', '']);
    const after = rows(['abc', 'e\u0301y', '']);
    expect(cellDiff(before, after, 80)).toBe(
      '\x1b[2A\x1b[4G\x1b[K\x1b[B\r\x1b[2Ke\u0301y\x1b[0m\x1b[B\r',
    );
  });

  it('a tick that changes a few digits in each row costs little more than those digits', () => {
    const row = (n: number, i: number) =>
      ` proc${i}  \x1b[32m${String(n).padStart(6)}\x1b[39m  ${String(n * 7).padStart(8)} KB  svc`;
    const before = rows([...Array.from({ length: 38 }, (_, i) => row(1000 + i, i)), '']);
    const after = rows([...Array.from({ length: 38 }, (_, i) => row(1001 + i, i)), '']);
    const out = cellDiff(before, after, 120);
    const minimum = minimumBytes(
      before.map((r) => r.text),
      after.map((r) => r.text),
    );
    // Two runs a row, each a move, its digits and its colour: well above the digits alone.
    expect(minimum).toBeGreaterThan(38 * 2 * 4);
    expect(out.length).toBeLessThanOrEqual(1.5 * minimum);
  });
});

// Frames of styled text: some lines as wide as the terminal, some with wide characters,
// most of them unchanged from one frame to the next (as a dashboard's are).
const WIDTH = 24;
const segment = fc.record({
  text: fc.constantFrom('a', 'csrss', '  ', '◆ DEMO', '한글', '│', '12.5', '─'),
  style: fc.constantFrom(
    '',
    '\x1b[1m',
    '\x1b[2m',
    '\x1b[7m',
    '\x1b[32m',
    '\x1b[9m',
    '\x1b[38;5;203m',
  ),
});
const line = fc.array(segment, { maxLength: 8 }).map((parts) => {
  let out = '';
  let cells = 0;
  for (const { text, style } of parts) {
    const width = [...text].reduce(
      (w, ch) => w + (ch.charCodeAt(0) >= 0x1100 && /[가-힣]/.test(ch) ? 2 : 1),
      0,
    );
    if (cells + width > WIDTH) break;
    cells += width;
    out += style === '' ? text : `${style}${text}\x1b[0m`;
  }
  return out;
});
type Step =
  | { kind: 'frame'; changes: Array<[number, string]> }
  | { kind: 'height'; delta: number }
  | { kind: 'clear' }
  | { kind: 'resize' };
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record({
      kind: fc.constant('frame' as const),
      changes: fc.array(fc.tuple(fc.nat(11), line), { maxLength: 5 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('height' as const),
      delta: fc.integer({ min: -3, max: 2 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'clear' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'resize' as const }) },
);

describe('FrameDiffer', () => {
  it("leaves the screen exactly as Ink's full redraws would, colours included", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { minLength: 12, maxLength: 12 }),
        fc.array(step, { maxLength: 40 }),
        async (first, steps) => {
          const full = newTerminal(WIDTH, 14);
          const diffed = newTerminal(WIDTH, 14);
          const log = new InkLog();
          const differ = new FrameDiffer();
          let frame = first.slice(0, 10);
          let diffBytes = 0;
          let fullBytes = 0;
          const send = async (chunk: string) => {
            const out = differ.transform(chunk);
            fullBytes += chunk.length;
            diffBytes += out.length;
            await writeTo(full, chunk);
            await writeTo(diffed, out);
          };
          await send(log.write(frame));
          for (const s of steps) {
            if (s.kind === 'frame') {
              frame = [...frame];
              for (const [i, text] of s.changes) if (i < frame.length) frame[i] = text;
            } else if (s.kind === 'height') {
              const height = Math.max(1, Math.min(12, frame.length + s.delta));
              frame = Array.from({ length: height }, (_, i) => frame[i] ?? first[i] ?? '');
            } else if (s.kind === 'clear') {
              await send(log.clear());
            } else {
              differ.forget();
            }
            await send(log.write(frame));
            expect(screenCells(diffed)).toEqual(screenCells(full));
          }
          expect(diffBytes).toBeLessThanOrEqual(fullBytes);
          full.dispose();
          diffed.dispose();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('passes through what it does not recognise and redraws in full after it', () => {
    const log = new InkLog();
    const differ = new FrameDiffer();
    differ.transform(log.write(['a', 'b']));
    expect(differ.transform('\x1b[2J\x1b[3J\x1b[Hx\ny')).toBe('\x1b[2J\x1b[3J\x1b[Hx\ny');
    const next = log.write(['a', 'c']);
    expect(differ.transform(next)).toBe(next);
    expect(differ.transform(log.write(['a', 'd']))).toBe('\x1b[Ad\x1b[B\r');
  });
});

/** A terminal-like stream: what a TTY stdout offers Ink. */
class FakeStdout extends EventEmitter {
  readonly isTTY = true;
  columns = 40;
  rows = 10;
  readonly writes: string[] = [];
  write(chunk: unknown, callback?: () => void): boolean {
    this.writes.push(String(chunk));
    callback?.();
    return true;
  }
}

describe('diffingStdout', () => {
  it('sends a synchronized update as one write, and none at all when no line changed', () => {
    const fake = new FakeStdout();
    const stdout = diffingStdout(fake as unknown as NodeJS.WriteStream);
    const log = new InkLog();
    for (const chunk of [BSU, log.write(['a', 'b']), ESU]) stdout.write(chunk);
    expect(fake.writes).toEqual([`${BSU}a\nb\n${ESU}`]);
    for (const chunk of [BSU, log.write(['a', 'B']), ESU]) stdout.write(chunk);
    expect(fake.writes[1]).toBe(`${BSU}\x1b[AB\x1b[B\r${ESU}`);
    // Ink writes a frame only when its text changed; a frame equal line for line is nothing.
    for (const chunk of [BSU, log.write(['a', 'B']), ESU]) stdout.write(chunk);
    expect(fake.writes).toHaveLength(2);
  });

  it("is the terminal's stream for everything else: size, events, the exit barrier", () => {
    const fake = new FakeStdout();
    const stdout = diffingStdout(fake as unknown as NodeJS.WriteStream);
    expect([stdout.columns, stdout.rows, stdout.isTTY]).toEqual([40, 10, true]);
    let resized = 0;
    stdout.on('resize', () => resized++);
    fake.emit('resize');
    expect(resized).toBe(1);
    let called = false;
    stdout.write('', () => (called = true));
    expect(called).toBe(true);
  });

  it('redraws in full after a resize', () => {
    const fake = new FakeStdout();
    const stdout = diffingStdout(fake as unknown as NodeJS.WriteStream);
    const log = new InkLog();
    stdout.write(log.write(['a', 'b']));
    fake.emit('resize');
    const next = log.write(['a', 'c']);
    stdout.write(next);
    expect(fake.writes.at(-1)).toBe(next);
  });
});

describe('FrameDiffer.parseScreen (the warm-up, src/ui/warm-up.ts)', () => {
  const frameA = [
    '┌─ 1 Containers ─┐',
    '\x1b[1m▶ DEMO\x1b[22m  Default',
    '  csrss  6528 ◆ DEMO',
    '',
  ];
  const frameB = [
    '┌─ 1 Containers ─┐',
    '  DEMO    Default',
    '\x1b[7m▶ csrss  6528 ◆ DEMO\x1b[27m',
    '',
  ];
  const log = new InkLog();
  const first = log.write(frameA.slice(0, -1));
  const second = log.write(frameB.slice(0, -1));

  it('parses each row on screen once, and none before a frame is known', () => {
    const differ = new FrameDiffer();
    expect(differ.parseScreen()).toBe(0);
    differ.transform(first);
    // Every row of the frame and the cursor's empty line below it.
    expect(differ.parseScreen()).toBe(frameA.length);
    expect(differ.parseScreen()).toBe(0);
  });

  it('changes nothing of what the next frame sends', () => {
    const warmed = new FrameDiffer();
    const plain = new FrameDiffer();
    for (const d of [warmed, plain]) d.transform(first);
    warmed.parseScreen();
    const sent = warmed.transform(second);
    expect(sent).toBe(plain.transform(second));
    expect(sent.length).toBeLessThan(second.length);
  });
});
