// Narrow consoles (the dashboard's console pane): the formatter never throws and never prints
// a table or list line longer than the layout width (console width − 1).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatListExplicit,
  formatOutput,
  formatTableExplicit,
} from '../../../src/shell/format/out-default.js';
import { makeObject, type PSValue } from '../../../src/shell/runtime/values.js';
import {
  computeProcess,
  containerObject,
  guid,
  imageObject,
  processFromTuple,
  runtimeType,
  selected,
  timespan,
} from './fixtures.js';

const csrss = processFromTuple([255, 12, 1820, 4000, 2101398, 0.53, 532, 0, 'csrss']);
const remote = processFromTuple([81, 5, 928, 4492, 2101372, null, 5336, 3, 'CExecSvc'], {
  computerName: 'NONIC',
});
const withUser = processFromTuple([255, 12, 1820, 4000, 2101398, 0.53, 532, 0, 'csrss'], {
  userName: 'NT AUTHORITY\\SYSTEM',
});

const SAMPLES: PSValue[] = [
  csrss,
  remote,
  withUser,
  containerObject(
    'HYPVCON',
    '239def76-d29a-405e-ab64-765fb4de9176',
    'HyperV',
    'Running',
    131_000,
    'NanoServer',
  ),
  imageObject('WindowsServerCore'),
  computeProcess('d273c80b6ec1c461159074f4ccc0be0793cfedb02ab2f25225512a21e254646d', 'x', 'docker'),
  selected({
    Name: 'TST3',
    RuntimeType: runtimeType('HyperV'),
    ContainerId: guid('239def76-d29a-405e-ab64-765fb4de9176'),
  }),
  selected({ A: 'a very long value with several words in it', B: 1, C: true, D: null, E: 'x\ny' }),
  timespan(90_061_000),
];

/** Every table/list line fits; scalar lines (which the console itself wraps) are not checked. */
function assertFits(lines: readonly string[], width: number): void {
  const max = Math.max(0, width - 1);
  for (const line of lines)
    expect(line.length, `${JSON.stringify(line)} at width ${width}`).toBeLessThanOrEqual(max);
}

describe('narrow widths', () => {
  it.each([120, 80, 60, 40, 30, 20, 10, 6, 5, 2, 1, 0, -5])(
    'width %d: every sample fits',
    (width) => {
      for (const value of SAMPLES) {
        for (const lines of [
          formatOutput([value], { width }),
          formatTableExplicit([value], null, { width }),
          formatListExplicit([value], null, { width }),
          formatTableExplicit([value], ['Name', 'Id'], { width }),
        ]) {
          assertFits(lines, width);
        }
      }
    },
  );

  it('width 40: the process view drops columns from the right and wraps the cut label', () => {
    expect(formatOutput([csrss], { width: 40 })).toEqual([
      '',
      'Handles  NPM(K)    PM(K)      WS(K) VM(',
      '                                     M)',
      '-------  ------    -----      ----- ---',
      '    255      12     1820       4000 398',
      '',
      '',
    ]);
  });

  it('width 20: three columns remain, the third shrunk', () => {
    const lines = formatOutput([csrss], { width: 20 });
    expect(lines[1]).toBe('Handles  NPM(K) PM(');
    expect(lines[lines.length - 3]).toBe('    255      12 820'); // width 3: a plain cut, tail kept
  });

  it('width 1: tables and lists print only their blank framing', () => {
    expect(formatOutput([csrss], { width: 1 })).toEqual(['', '', '']);
    expect(formatListExplicit([csrss], null, { width: 1 })).toEqual(['', '', '', '', '']);
  });

  it('lists cut labels that do not fit and wrap values', () => {
    // width 16 → 15 columns: labels get at most 15 − 3 − 1 = 11, values the 1 left.
    const lines = formatListExplicit([selected({ LongLabelName: 'v1', B: 'x' })], null, {
      width: 16,
    });
    expect(lines).toEqual([
      '',
      '',
      'LongLabelNa : v',
      '              1',
      'B           : x',
      '',
      '',
      '',
    ]);
    assertFits(lines, 16);
  });

  it('a blank inside a value wrapped character by character leaves an empty line (trimmed)', () => {
    const lines = formatListExplicit([selected({ A: 'ab cd' })], null, { width: 6 });
    expect(lines.slice(2, -3)).toEqual(['A : a', '    b', '', '    c', '    d']);
  });

  it('random objects at random widths: never throws, always fits', () => {
    const scalar = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 40 }),
      fc.integer(),
      fc.double({ noNaN: false }),
      fc.boolean(),
      fc.constantFrom(
        runtimeType('Default'),
        runtimeType('HyperV'),
        guid('239def76-d29a-405e-ab64-765fb4de9176'),
      ),
      fc.integer({ min: -1e9, max: 1e12 }).map((ms) => timespan(ms)),
    );
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,20}$/);
    const object = fc
      .dictionary(name, fc.oneof(scalar, fc.array(scalar, { maxLength: 6 })), {
        minKeys: 1,
        maxKeys: 7,
      })
      .map((props) =>
        makeObject(['Selected.X', 'System.Management.Automation.PSCustomObject'], props),
      );
    fc.assert(
      fc.property(
        fc.array(object, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: -2, max: 140 }),
        (objects, width) => {
          assertFits(formatOutput(objects, { width }), width);
          assertFits(formatTableExplicit(objects, null, { width }), width);
          assertFits(formatListExplicit(objects, null, { width }), width);
        },
      ),
      { numRuns: 300 },
    );
  });
});
