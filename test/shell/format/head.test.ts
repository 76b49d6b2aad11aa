// Format-Table and Format-List ending a typed line (CmdletInvocation.shownLines): the console
// shows at most LIMITS.outputLines values, so they format only the first lines it can show,
// and Get-Process makes only the objects it can show.
// Their `head` option must give exactly the first N lines of the full output, for tables,
// auto-sized tables, lists and scalars mixed; and a typed line must print what it printed
// when every line was formatted.
import { describe, expect, it } from 'vitest';
import { createSim } from '../../../src/sim/index.js';
import { Shell } from '../../../src/shell/index.js';
import { Evaluator } from '../../../src/shell/evaluator/evaluate.js';
import { parse } from '../../../src/shell/syntax/index.js';
import {
  formatListExplicit,
  formatOutput,
  formatTableExplicit,
  type FormatOptions,
} from '../../../src/shell/format/out-default.js';
import { LIMITS } from '../../../src/shell/runtime/limits.js';
import type { PSValue } from '../../../src/shell/runtime/values.js';
import { mixedOutput } from './fixtures.js';

const { processes, containers, wide } = mixedOutput();
const values: PSValue[] = [
  'first',
  null,
  ...processes,
  'between\ntwo lines',
  ...containers,
  wide(1),
  [wide(3), null, wide(2)],
  ...processes.slice(0, 2),
];

type Formatter = (options: FormatOptions) => string[];
const FORMATTERS: Record<string, Formatter> = {
  'Out-Default': (o) => formatOutput(values, o),
  'Format-Table': (o) => formatTableExplicit(values, null, o),
  'Format-Table Name, Id (one auto-sized table)': (o) =>
    formatTableExplicit(values, ['Name', 'Id'], o),
  'Format-List': (o) => formatListExplicit(values, null, o),
  'Format-List A, Name': (o) => formatListExplicit(values, ['A', 'Name'], o),
};

describe.each(Object.entries(FORMATTERS))('%s with a head', (_, format) => {
  const full = format({ width: 80 });

  it('has lines enough for the heads below to end inside every kind of block', () => {
    expect(full.length).toBeGreaterThan(20);
  });

  it('is exactly the first N lines, for every N', () => {
    for (let n = 0; n <= full.length + 2; n++)
      expect(format({ width: 80, head: n }), `head ${n}`).toEqual(full.slice(0, n));
  });
});

describe('a typed Format-List longer than the console shows', () => {
  const shell = new Shell({
    sim: createSim({ seed: 2, scale: { hostProcesses: 2500, containers: 10 } }),
  });
  const shown = shell.execute('Get-Process | Format-List');
  // Format-List before another command formats every line: the reference.
  const reference = shell.execute(
    `Get-Process | Format-List | Select-Object -First ${LIMITS.outputLines}`,
  );

  it('prints the first LIMITS.outputLines lines of the full list, then the limit error', () => {
    expect(reference.hadError).toBe(false);
    expect(reference.lines.length).toBeGreaterThanOrEqual(LIMITS.outputLines);
    expect(shown.hadError).toBe(true);
    expect(shown.lines.slice(0, LIMITS.outputLines)).toEqual(
      reference.lines.slice(0, LIMITS.outputLines),
    );
    expect(shown.lines.slice(LIMITS.outputLines).join('\n')).toMatch(/output|lines|limit/i);
  });
});

describe('a typed Get-Process longer than the console shows', () => {
  const sim = createSim({
    seed: 2,
    scale: { hostProcesses: LIMITS.outputLines + 40, containers: 4 },
  });
  const shell = new Shell({ sim });
  const shown = shell.execute('Get-Process');
  // Select-Object ends this line, so Get-Process before it makes every object: the reference.
  const reference = shell.execute(`Get-Process | Select-Object -First ${LIMITS.outputLines + 1}`);

  it('prints what it printed when every process was made into an object', () => {
    expect(shown.hadError).toBe(true);
    // The same rows and limit message; only the error's echo of the line differs.
    const echo = (lines: readonly string[]) =>
      lines.findIndex((l) => l.startsWith('+ Get-Process'));
    expect(echo(shown.lines)).toBeGreaterThan(LIMITS.outputLines);
    expect(shown.lines.slice(0, echo(shown.lines))).toEqual(
      reference.lines.slice(0, echo(reference.lines)),
    );
    expect(shown.lines[echo(shown.lines)]).toBe('+ Get-Process');
  });

  it('makes no more objects than the console can show', () => {
    const parsed = parse('Get-Process');
    if (!parsed.ok) throw new Error('Get-Process did not parse');
    const script = parsed.script;
    expect(new Evaluator(shell, 'Get-Process').runScript(script, 5).output).toHaveLength(5);
    expect(new Evaluator(shell, 'Get-Process').runScript(script).output.length).toBeGreaterThan(
      LIMITS.outputLines,
    );
  });
});
