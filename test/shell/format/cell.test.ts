import { describe, expect, it } from 'vitest';
import {
  defaultAlignment,
  formatCell,
  isScalar,
  scalarLines,
} from '../../../src/shell/format/cell.js';
import {
  formatDouble,
  formatN2,
  formatNumber,
  toLong,
} from '../../../src/shell/runtime/numbers.js';
import { objectToString } from '../../../src/shell/runtime/text.js';
import { formatTimeSpan } from '../../../src/shell/runtime/timespan.js';
import { makeObject, type PSValue } from '../../../src/shell/runtime/values.js';
import {
  computeProcess,
  guid,
  processFromTuple,
  runtimeType,
  selected,
  timespan,
} from './fixtures.js';

describe('formatCell: scalars', () => {
  it.each<[string, PSValue, string]>([
    ['null is empty', null, ''],
    ['string as is', 'csrss', 'csrss'],
    ['empty string', '', ''],
    ['true', true, 'True'],
    ['false', false, 'False'],
    ['integer', 532, '532'],
    ['negative integer', -4, '-4'],
    ['zero', 0, '0'],
    ['negative zero', -0, '0'],
    ['Int64 beyond 2^53 keeps every digit', 2101398 * 1048576 * 4096, '9025435685879808'],
    ['double', 0.53, '0.53'],
    ['double 15 significant digits (0.1 + 0.2)', 0.1 + 0.2, '0.3'],
    ['double 1/3', 1 / 3, '0.333333333333333'],
    ['1e-6 is scientific', 0.000001, '1E-06'],
    ['scientific from exponent -5 (.NET "G")', 0.00001, '1E-05'],
    ['0.0001 fixed', 0.0001, '0.0001'],
    ['integral below 2^63 is an Int64', 1.5e18, '1500000000000000000'],
    ['integral beyond Int64 is a Double', 1.5e20, '1.5E+20'],
    ['beyond Int64 goes scientific', 1.5e25, '1.5E+25'],
    ['NaN', NaN, 'NaN'],
    ['Infinity', Infinity, 'Infinity'],
    ['enum by name', runtimeType('HyperV'), 'HyperV'],
    [
      'GUID lower-case',
      guid('239DEF76-D29A-405E-AB64-765FB4DE9176'),
      '239def76-d29a-405e-ab64-765fb4de9176',
    ],
    ['TimeSpan zero', timespan(0), '00:00:00'],
    ['TimeSpan h:m:s', timespan((2 * 60 + 11) * 1000), '00:02:11'],
    ['TimeSpan drops fractions', timespan(131_999), '00:02:11'],
    ['TimeSpan hours', timespan(((13 * 60 + 5) * 60 + 9) * 1000), '13:05:09'],
    ['TimeSpan past a day', timespan(((26 * 60 + 3) * 60 + 4) * 1000), '1.02:03:04'],
    ['negative TimeSpan', timespan(-5000), '-00:00:05'],
  ])('%s', (_name, value, expected) => {
    expect(formatCell(value)).toBe(expected);
  });
});

describe('formatCell: collections ($FormatEnumerationLimit = 4)', () => {
  it.each<[string, PSValue, string]>([
    ['empty', [], '{}'],
    ['two strings', ['a', 'b'], '{a, b}'],
    ['four fit', [1, 2, 3, 4], '{1, 2, 3, 4}'],
    ['five are cut after four', [1, 2, 3, 4, 5], '{1, 2, 3, 4...}'],
    ['enums by name', [runtimeType('Default'), runtimeType('HyperV')], '{Default, HyperV}'],
    ['null item', ['a', null], '{a, $null}'],
    ['nested array', [[1, 2]], '{System.Object[]}'],
    ['objects by their Name', [computeProcess('X', 'TST3', 'VMMS')], '{TST3}'],
    [
      'processes by ToString',
      [processFromTuple([1, 1, 1, 1, 1, 1, 532, 0, 'csrss'])],
      '{System.Diagnostics.Process (csrss)}',
    ],
  ])('%s', (_name, value, expected) => {
    expect(formatCell(value)).toBe(expected);
  });
});

describe('objectToString', () => {
  it('Selected objects print as @{…}', () => {
    const obj = selected({
      Name: 'TST3',
      RuntimeType: runtimeType('HyperV'),
      Foo: null,
      List: [1, 2],
    });
    expect(objectToString(obj)).toBe(
      '@{Name=TST3; RuntimeType=HyperV; Foo=; List=System.Object[]}',
    );
    expect(formatCell(obj)).toBe('@{Name=TST3; RuntimeType=HyperV; Foo=; List=System.Object[]}');
  });
  it('a process prints System.Diagnostics.Process (name)', () => {
    expect(objectToString(processFromTuple([1, 1, 1, 1, 1, null, 4, 0, 'System']))).toBe(
      'System.Diagnostics.Process (System)',
    );
  });
  it('other objects print their type name', () => {
    expect(
      objectToString(
        makeObject(['Microsoft.Containers.PowerShell.Objects.Container'], { Name: 'x' }),
      ),
    ).toBe('Microsoft.Containers.PowerShell.Objects.Container');
  });
});

describe('formatN2 (CPU(s): ToString("N"))', () => {
  it.each<[number, string]>([
    [0.53, '0.53'],
    [3.45, '3.45'],
    [0, '0.00'],
    [0.2, '0.20'],
    [5.5, '5.50'],
    [0.125, '0.13'], // half away from zero
    [1.005, '1.01'], // .NET rounds the 15-digit form, JS toFixed would give 1.00
    [2.675, '2.68'],
    [0.004, '0.00'],
    [0.005, '0.01'],
    [1234.567, '1,234.57'],
    [1234567.891, '1,234,567.89'],
    [999.999, '1,000.00'],
    [-1.5, '-1.50'],
    [-0.001, '0.00'],
  ])('%d → %s', (x, expected) => {
    expect(formatN2(x)).toBe(expected);
  });
});

describe('toLong ([long] cast: banker’s rounding)', () => {
  it.each<[PSValue, number | null]>([
    [null, 0],
    [12.4, 12],
    [12.6, 13],
    [12.5, 12],
    [13.5, 14],
    [2101398.0, 2101398],
    ['7', 7],
    ['x', null],
  ])('%s → %s', (x, expected) => {
    expect(toLong(x)).toBe(expected);
  });
});

describe('number helpers', () => {
  it('formatNumber keeps integers plain and doubles G15', () => {
    expect(formatNumber(2 ** 53 + 2)).toBe('9007199254740994');
    expect(formatNumber(123456789 + 0.123456789)).toBe('123456789.123457');
  });
  it('formatDouble switches to E notation at exponent 15', () => {
    expect(formatDouble(123456789012345.6)).toBe('123456789012346');
    expect(formatDouble(1234567890123456 + 0.75)).toBe('1.23456789012346E+15');
  });
  it('formatTimeSpan of a non-finite value does not throw', () => {
    expect(formatTimeSpan(NaN)).toBe('00:00:00');
  });
});

describe('defaultAlignment (tables without a view)', () => {
  it.each<[string, PSValue, 'left' | 'right']>([
    ['string', 'TST3', 'left'],
    ['GUID', guid('239def76-d29a-405e-ab64-765fb4de9176'), 'left'],
    ['TimeSpan', timespan(0), 'left'],
    ['null', null, 'left'],
    ['array', [1], 'left'],
    ['object', computeProcess('a', 'b', 'c'), 'left'],
    ['integer', 4, 'right'],
    ['double', 0.5, 'right'],
    ['boolean', true, 'right'],
    ['enum RuntimeType', runtimeType('Default'), 'right'],
  ])('%s → %s', (_name, value, expected) => {
    expect(defaultAlignment(value)).toBe(expected);
  });
});

describe('scalars on their own lines', () => {
  it('isScalar', () => {
    expect(isScalar('x')).toBe(true);
    expect(isScalar(guid('a'))).toBe(true);
    expect(isScalar(runtimeType('HyperV'))).toBe(true);
    expect(isScalar(computeProcess('a', 'b', 'c'))).toBe(false);
    expect(isScalar(timespan(0))).toBe(false);
  });
  it('a multi-line string keeps its lines', () => {
    expect(scalarLines('a\r\nb\nc')).toEqual(['a', 'b', 'c']);
  });
});
