// The shell's one runtime: a value prints the same whether it is output (`$a`) or
// interpolated ("$a"), and every command resolves wildcards with the same matcher.
import { describe, expect, it } from 'vitest';
import { formatDouble } from '../../src/shell/runtime/numbers.js';
import { hasWildcard, wildcardMatch } from '../../src/shell/runtime/wildcard.js';
import { newConsole, onlyTable } from './shell-harness.js';

/** The single output line of a command that prints one scalar. */
function printed(lines: readonly string[]): string {
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe('a double as text (docs/powershell-output.md "Numbers as text")', () => {
  // .NET Framework's Double.ToString() ("G15"): E notation below 1E-04 and from 1E+15.
  it.each([
    ['0.00001', '1E-05'],
    ['0.0001', '0.0001'],
    ['1e14', '100000000000000'],
    ['123.456', '123.456'],
    ['1/3', '0.333333333333333'],
    ['-0.5', '-0.5'],
    ['1e-7', '1E-07'],
  ])('$a = %s prints %s, and "$a" is the same text', (expression, expected) => {
    const c = newConsole();
    c.ok(`$a = ${expression}`);
    expect(printed(c.ok('$a').lines)).toBe(expected);
    expect(printed(c.ok('"$a"').lines)).toBe(expected);
    expect(printed(c.ok('"[$a]"').lines)).toBe(`[${expected}]`);
  });

  // The lab's numbers carry no Int64/Double tag, so a typed `1e15` is the integer 10^15 and
  // prints every digit; the Double rule itself gives 1E+15, as .NET Framework does.
  it.each([
    [0.00001, '1E-05'],
    [0.0001, '0.0001'],
    [1e15, '1E+15'],
    [1e14, '100000000000000'],
    [123.456, '123.456'],
    [1 / 3, '0.333333333333333'],
    [-0.5, '-0.5'],
    [1e-7, '1E-07'],
  ])('Double.ToString() of %s is %s', (value, expected) => {
    expect(formatDouble(value)).toBe(expected);
  });

  it('an array interpolates each element by the same rule, joined by a space', () => {
    const c = newConsole();
    c.ok('$a = 0.00001, 2, 0.5');
    expect(printed(c.ok('"$a"').lines)).toBe('1E-05 2 0.5');
  });
});

describe('one wildcard matcher', () => {
  it.each<[string, string, boolean]>([
    ['*', '', true],
    ['I?', 'Id', true],
    ['[I]d', 'Id', true],
    ['[i]D', 'Id', true],
    ['[a-j]d', 'Id', true],
    ['[a-h]d', 'Id', false],
    ['[xyz]d', 'Id', false],
    ['a`*b', 'a*b', true],
    ['a`*b', 'axb', false],
    ['`[I]d', '[I]d', true],
    ['`[I]d', 'Id', false],
    ['S*Name', 'SwitchName', true],
  ])('%s against %s is %s', (pattern, text, expected) => {
    expect(wildcardMatch(pattern, text)).toBe(expected);
  });

  it('knows a bracket set is a wildcard', () => {
    expect(hasWildcard('[I]d')).toBe(true);
    expect(hasWildcard('Id')).toBe(false);
  });

  function lab(): ReturnType<typeof newConsole> {
    const c = newConsole({ start: 'lab', enter: 'DEMO' });
    c.ok('exit');
    return c;
  }

  it('Format-Table -Property [I]d prints the Id column as Select-Object does', () => {
    const c = lab();
    const selected = onlyTable(c.ok('Get-Process -Id 4 | Select-Object -Property [I]d').lines);
    const formatted = onlyTable(c.ok('Get-Process -Id 4 | Format-Table -Property [I]d').lines);
    expect(selected.header.trim()).toBe('Id');
    expect(formatted.header.trim()).toBe('Id');
    expect(formatted.rows.map((r) => r.trim())).toEqual(['4']);
    expect(formatted.rows).toEqual(selected.rows);
  });

  it('Format-List -Property [I]d and a range set resolve the same way', () => {
    const c = lab();
    const list = c.ok('Get-Process -Id 4 | Format-List -Property [I]d, [o-q]rocessNam?').lines;
    expect(list.filter((l) => l !== '')).toEqual(['Id          : 4', 'ProcessName : System']);
  });
});
