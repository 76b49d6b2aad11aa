import { describe, expect, it } from 'vitest';
import { createSim } from '../../src/sim/index.js';
import { Shell } from '../../src/shell/index.js';
import {
  appendLines,
  classifyOutput,
  consoleWindow,
  MIN_ROWS_BEFORE_TRAILING_BLANKS,
  SCROLLBACK_LIMIT,
  shownRowCount,
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
    expect(shownRowCount(lines, 8, 2)).toBe(3 + 2 + 4);
    expect(consoleWindow(lines, 80, 10, 0)).toEqual({
      rows: [
        { key: '1.0', kind: 'command', text: 'PS C:\\> Get-Process' },
        { key: '2.0', kind: 'output', text: 'abcdefghij' },
        { key: '3.0', kind: 'note', text: '# a note that wraps at blanks' },
      ],
      hiddenAbove: false,
    });
  });

  it("shows a table's last rows, not its closing blank lines, in a console too short for both", () => {
    const shell = new Shell({ sim: createSim({ start: 'lab' }) });
    const result = shell.execute('Get-Process | Where {$_.ProcessName -eq "csrss"}');
    const output = result.lines.map((text) => ({ kind: 'output' as const, text }));
    const { lines } = appendLines([], 1, output);
    const rows = result.lines.filter((l) => l.includes('csrss'));
    expect(rows.length).toBeGreaterThan(2);
    expect(result.lines.at(-1)).toBe(''); // PowerShell ends the table with blank lines
    const trailing = result.lines.length - 1 - result.lines.findLastIndex((l) => l !== '');
    // Two rows above the prompt (80×24 in Korean): the last two csrss rows.
    expect(consoleWindow(lines, 80, 2, 0).rows.map((r) => r.text)).toEqual(rows.slice(-2));
    // Room for the rows and the blanks: every blank as PowerShell prints it.
    const roomy = consoleWindow(lines, 80, MIN_ROWS_BEFORE_TRAILING_BLANKS + trailing, 0).rows;
    expect(roomy.slice(-trailing).map((r) => r.text)).toEqual(Array(trailing).fill(''));
    expect(roomy.at(-trailing - 1)?.text).toBe(rows.at(-1));
    // In between, the blanks give way one by one.
    const between = consoleWindow(lines, 80, MIN_ROWS_BEFORE_TRAILING_BLANKS + 1, 0).rows;
    expect(between.map((r) => r.text).slice(-2)).toEqual([rows.at(-1), '']);
    // Scrolling counts from the last row shown: PgUp moves up, never back to the blanks.
    expect(consoleWindow(lines, 80, 2, 1).rows.map((r) => r.text)).toEqual(rows.slice(-3, -1));
    expect(shownRowCount(lines, 80, 2)).toBe(result.lines.length - trailing);
    expect(shownRowCount(lines, 80, MIN_ROWS_BEFORE_TRAILING_BLANKS + trailing)).toBe(
      result.lines.length,
    );
    // Nothing but blanks: shown as they are.
    const blanks = appendLines([], 1, [{ kind: 'output', text: '' }]).lines;
    expect(consoleWindow(blanks, 80, 2, 0).rows).toHaveLength(1);
  });
});
