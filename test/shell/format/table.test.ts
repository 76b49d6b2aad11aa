import { describe, expect, it } from 'vitest';
import {
  computeColumnWidths,
  fitCell,
  HIDDEN,
  MINIMUM_SCREEN_COLUMNS,
  renderTable,
  type Alignment,
  type ColumnSpec,
} from '../../../src/shell/format/table.js';
import { generateLines, truncateAtNewLine } from '../../../src/shell/format/wrap.js';

describe('fitCell: padding and overflow', () => {
  it.each<[string, string, number, Alignment, string]>([
    ['right pads left', '532', 6, 'right', '   532'],
    ['left pads right', 'csrss', 8, 'left', 'csrss   '],
    ['exact fit right', '12345', 5, 'right', '12345'],
    ['exact fit left', '12345', 5, 'left', '12345'],
    ['right overflow keeps the tail after ...', '2101398', 5, 'right', '...98'],
    [
      'left overflow keeps the head before ...',
      'NT AUTHORITY\\SYSTEM',
      17,
      'left',
      'NT AUTHORITY\\S...',
    ],
    ['width 4 right', 'abcdef', 4, 'right', '...f'],
    ['width 4 left', 'abcdef', 4, 'left', 'a...'],
    ['width 3 right is a plain cut (tail)', 'abcdef', 3, 'right', 'def'],
    ['width 3 left is a plain cut (head)', 'abcdef', 3, 'left', 'abc'],
    ['width 1 right', 'abcdef', 1, 'right', 'f'],
    ['width 1 left', 'abcdef', 1, 'left', 'a'],
    ['width 0', 'abc', 0, 'left', ''],
    ['empty value right', '', 3, 'right', '   '],
    ['multi-line value shows its first line', 'one\ntwo', 8, 'left', 'one...  '],
  ])('%s', (_name, value, width, alignment, expected) => {
    expect(fitCell(value, width, alignment)).toBe(expected);
  });
});

describe('computeColumnWidths (ColumnWidthManager)', () => {
  const PROCESS = [7, 7, 8, 10, 5, 8, 6, 3, 0];
  it.each<[string, number[], number, number[]]>([
    ['ProcessName takes the rest at 119', PROCESS, 119, [7, 7, 8, 10, 5, 8, 6, 3, 57]],
    [
      'ProcessName and PSComputerName share 28/28 at 119',
      [...PROCESS, 0],
      119,
      [7, 7, 8, 10, 5, 8, 6, 3, 28, 28],
    ],
    ['round-robin gives the odd character to the left one', [10, 0, 0], 17, [10, 3, 2]],
    ['all fixed and fitting stay', [3, 4], 8, [3, 4]],
    ['all fixed, too wide: the last column shrinks', [10, 10], 15, [10, 4]],
    [
      'too wide: last columns are dropped, then one shrinks',
      [7, 7, 8, 10, 5, 8, 6, 3, 0],
      39,
      [7, 7, 8, 10, 3, -1, -1, -1, -1],
    ],
    ['nothing fits: all hidden', [10, 10], 0, [-1, -1]],
    ['unsized columns at the minimum of 1 when exactly full', [3, 0], 5, [3, 1]],
  ])('%s', (_name, requested, tableWidth, expected) => {
    expect(computeColumnWidths(requested, tableWidth)).toEqual(expected);
  });
  it('HIDDEN is -1', () => {
    expect(HIDDEN).toBe(-1);
  });
});

const cols = (...specs: [string, number, Alignment][]): ColumnSpec[] =>
  specs.map(([label, width, alignment]) => ({ label, width, alignment }));

describe('renderTable', () => {
  it('pads labels by alignment, dashes as long as the label, one blank between columns', () => {
    const lines = renderTable(
      cols(['Name', 4, 'left'], ['RuntimeType', 11, 'right'], ['ContainerId', 36, 'left']),
      [['TST3', 'HyperV', '239def76-d29a-405e-ab64-765fb4de9176']],
      119,
    );
    expect(lines).toEqual([
      'Name RuntimeType ContainerId',
      '---- ----------- -----------',
      'TST3      HyperV 239def76-d29a-405e-ab64-765fb4de9176',
    ]);
  });

  it('right-aligned dashes sit under a right-aligned label in a wider column', () => {
    expect(renderTable(cols(['Id', 6, 'right'], ['X', 1, 'left']), [['4', 'a']], 119)).toEqual([
      '    Id X',
      '    -- -',
      '     4 a',
    ]);
  });

  it('trims trailing blanks on every line (left-aligned last column)', () => {
    const lines = renderTable(cols(['A', 5, 'left'], ['B', 5, 'left']), [['x', '']], 119);
    expect(lines).toEqual(['A     B', '-     -', 'x']);
  });

  it('missing cells are blank', () => {
    expect(renderTable(cols(['A', 1, 'right'], ['B', 1, 'right']), [['1']], 119)).toEqual([
      'A B',
      '- -',
      '1',
    ]);
  });

  it('an empty label gets a full-width rule', () => {
    expect(renderTable(cols(['', 3, 'left']), [['abc']], 119)).toEqual(['', '---', 'abc']);
  });

  it('a label longer than a shrunk column wraps onto more header lines', () => {
    const lines = renderTable(
      cols(['Handles', 7, 'right'], ['ProcessName', 0, 'left']),
      [['255', 'csrss']],
      12,
    );
    // 7 + 1 + 4: ProcessName gets 4 characters.
    expect(lines).toEqual([
      'Handles Proc',
      '        essN',
      '        ame',
      '------- ----',
      '    255 c...',
    ]);
    expect(lines.every((l) => l.length <= 12)).toBe(true);
  });

  it('columns that do not fit are dropped from the right', () => {
    const lines = renderTable(
      cols(['AAAA', 4, 'left'], ['BBBB', 4, 'left'], ['CCCC', 4, 'left']),
      [['a', 'b', 'c']],
      9,
    );
    expect(lines).toEqual(['AAAA BBBB', '---- ----', 'a    b']);
  });

  it(`prints nothing below ${MINIMUM_SCREEN_COLUMNS} columns, like TableWriter`, () => {
    expect(renderTable(cols(['A', 1, 'left']), [['a']], 4)).toEqual([]);
    expect(renderTable(cols(['A', 1, 'left']), [['a']], 5)).toEqual(['A', '-', 'a']);
  });

  it('prints nothing without columns and never throws on odd widths', () => {
    expect(renderTable([], [['a']], 119)).toEqual([]);
    expect(renderTable(cols(['A', 1, 'left']), [['a']], NaN)).toEqual([]);
    expect(renderTable(cols(['A', -3, 'left']), [['a']], 10)).toEqual(['A', '-', 'a']);
  });
});

describe('wrap helpers', () => {
  it.each<[string, number, string[]]>([
    ['short', 10, ['short']],
    ['', 5, ['']],
    ['ProcessName', 4, ['Proc', 'essN', 'ame']],
    ['two words here', 9, ['two ', 'words ', 'here']],
    ['a b\nc', 10, ['a b', 'c']],
  ])('generateLines(%j, %d)', (text, width, expected) => {
    expect(generateLines(text, width, width)).toEqual(expected);
  });
  it('truncateAtNewLine', () => {
    expect(truncateAtNewLine('a\r\nb')).toBe('a...');
    expect(truncateAtNewLine('ab')).toBe('ab');
  });
});
