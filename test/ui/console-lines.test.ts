import { describe, expect, it } from 'vitest';
import { Shell } from '../../src/shell/index.js';
import {
  appendLines,
  classifyOutput,
  consoleWindow,
  SCROLLBACK_LIMIT,
  wrappedRowCount,
  type ConsoleLine,
} from '../../src/ui/state/console-lines.js';
import { labInsideDemo } from '../support/lab.js';

describe('console scrollback', () => {
  it("marks an error record's lines as error, and the output after it as output", () => {
    const shell = new Shell({ sim: labInsideDemo() });
    const result = shell.execute('Get-Container');
    expect(result.hadError).toBe(true);
    const kinds = classifyOutput(result.lines, result.hadError);
    expect(kinds.every((k) => k === 'error')).toBe(true);
    expect(classifyOutput(['', 'Name', '----'], false)).toEqual(['output', 'output', 'output']);
    const mixed = [
      'Get-Process : Cannot find…',
      'At line:1 char:1',
      '+ x',
      '+ ~',
      '    + CategoryInfo          : x',
      '    + FullyQualifiedErrorId : y',
      ' ',
      '',
      'Handles',
    ];
    expect(classifyOutput(mixed, true)).toEqual([
      'error',
      'error',
      'error',
      'error',
      'error',
      'error',
      'error',
      'output',
      'output',
    ]);
  });

  it('keeps the newest lines only, with ids that keep counting', () => {
    let lines: readonly ConsoleLine[] = [];
    let nextId = 1;
    for (let i = 0; i < SCROLLBACK_LIMIT + 50; i++)
      ({ lines, nextId } = appendLines(lines, nextId, [{ kind: 'output', text: `line ${i}` }]));
    expect(lines).toHaveLength(SCROLLBACK_LIMIT);
    expect(lines[0]?.text).toBe('line 50');
    expect(lines.at(-1)?.id).toBe(SCROLLBACK_LIMIT + 50);
  });

  it('shows the rows that fit, wrapped, ending where the scroll says', () => {
    const { lines } = appendLines([], 1, [
      { kind: 'command', text: 'PS C:\\> Get-Process' },
      { kind: 'output', text: 'abcdefghij' },
      { kind: 'note', text: '# a note that wraps at blanks' },
    ]);
    expect(consoleWindow(lines, 8, 3, 0).rows.map((r) => r.text)).toEqual(
      ['# a note', 'that', 'wraps at', 'blanks'].slice(-3),
    );
    expect(consoleWindow(lines, 8, 2, 4).rows.map((r) => r.text)).toEqual(['abcdefgh', 'ij']);
    expect(consoleWindow(lines, 8, 2, 4).hiddenAbove).toBe(true);
    expect(wrappedRowCount(lines, 8)).toBe(3 + 2 + 4);
    expect(consoleWindow(lines, 80, 10, 0)).toEqual({
      rows: [
        { key: '1.0', kind: 'command', text: 'PS C:\\> Get-Process' },
        { key: '2.0', kind: 'output', text: 'abcdefghij' },
        { key: '3.0', kind: 'note', text: '# a note that wraps at blanks' },
      ],
      hiddenAbove: false,
    });
  });
});
