import { describe, expect, it } from 'vitest';
import {
  cellWidth,
  fieldText,
  padCells,
  padCellsStart,
  printable,
  truncateCells,
  truncateCellsStart,
  wrapCells,
  wrapWords,
} from '../../src/ui/text/text-width.js';

describe('cell widths', () => {
  it('counts Hangul and CJK as two cells, ASCII and box drawing as one', () => {
    expect(cellWidth('csrss')).toBe(5);
    expect(cellWidth('호스트')).toBe(6);
    expect(cellWidth('◆ DEMO (커널 공유)')).toBe(18);
    expect(cellWidth('┃─━')).toBe(3);
  });

  it('pads by cells so columns after a Korean word line up', () => {
    expect(padCells('커널', 6)).toBe('커널  ');
    expect(cellWidth(padCells('유틸리티 VM', 12))).toBe(12);
    expect(padCellsStart('42', 5)).toBe('   42');
  });

  it('cuts with … and never splits a wide character across the edge', () => {
    expect(truncateCells('Get-Process', 6)).toBe('Get-P…');
    expect(truncateCells('호스트 프로세스', 6)).toBe('호스…');
    expect(cellWidth(truncateCells('호스트 프로세스', 5))).toBeLessThanOrEqual(5);
    expect(truncateCells('short', 10)).toBe('short');
    expect(truncateCells('anything', 0)).toBe('');
    expect(truncateCellsStart('Enter-PSSession -ContainerName DEMO', 10)).toBe('…Name DEMO');
  });

  it('wraps a console line by cells, moving a wide character that would straddle the edge', () => {
    expect(wrapCells('abcdefg', 3)).toEqual(['abc', 'def', 'g']);
    expect(wrapCells('가나다', 5)).toEqual(['가나', '다']);
    expect(wrapCells('', 5)).toEqual(['']);
  });

  it('wraps notes at blanks', () => {
    expect(wrapWords('t toggles the runtime', 10)).toEqual(['t toggles', 'the', 'runtime']);
    expect(wrapWords('abcdefghij klm', 4)).toEqual(['abcd', 'efgh', 'ij', 'klm']);
  });

  it('makes control characters harmless on screen and in fields', () => {
    expect(printable('a\x1b[31mb')).toBe('a\ufffd[31mb');
    expect(printable('x\ty')).toBe('x       y');
    expect(fieldText('Get-\x1b[31mProcess\x07\tcsrss')).toBe('Get-Process csrss');
  });
});
