// Hashtables and calculated properties at the console (docs/fidelity-notes.md H2–H5). Each
// row names its rule; the tables come from the model through the formatter, so the rows
// assert what matters (headers, values, alignment), not whole screens.
import { describe, expect, it } from 'vitest';
import { newConsole } from './shell-harness.js';

function lab() {
  const c = newConsole();
  c.ok(
    'New-Container -Name web -ContainerImageName WindowsServerCore',
    'New-Container -Name HYPV -ContainerImageName NanoServer -RuntimeType HyperV',
  );
  return c;
}

describe('hashtable values (H2)', () => {
  const c = newConsole();
  const rows: [rule: string, line: string, expected: string[]][] = [
    [
      'H2 Name/Value view',
      "@{a=1; b='x'}",
      [
        '',
        'Name                           Value',
        '----                           -----',
        'a                              1',
        'b                              x',
        '',
        '',
      ],
    ],
    ['H2 key lookup without case', "@{Name='web'}.NAME", ['web']],
    ['H2 Count', '@{a=1;b=2;c=3}.Count', ['3']],
    ['H2 Keys', '@{a=1;b=2}.Keys', ['a', 'b']],
    ['H2 a key wins over Count', '@{Count=7}.Count', ['7']],
    ['H2 string conversion', '"$(@{a=1})"', ['System.Collections.Hashtable']],
    ['H2 values are statements', '@{n=(1+2)}.n', ['3']],
  ];
  it.each(rows)('%s: %s', (_rule, line, expected) => {
    expect(c.ok(line).lines).toEqual(expected);
  });
  it('H2 Format-Table and Format-List format its entries too', () => {
    expect(c.ok('@{a=1} | Format-Table').lines[1]).toBe(`${'Name'.padEnd(31)}Value`);
    expect(c.ok('@{a=1} | Format-List').lines).toContain('Name  : a');
  });
  it('H2 a variable keeps the hashtable', () => {
    c.ok("$h = @{Name='web'; Count=3}");
    expect(c.ok('$h.Name').lines).toEqual(['web']);
  });
  it('H2 a duplicate key found at run time is an error', () => {
    const lines = c.fails("$k='a'; @{$k=1; a=2}").lines.join('\n');
    expect(lines).toContain("Duplicate keys 'a' are not allowed in hash literals.");
  });
});

describe('Select-Object calculated properties (H3)', () => {
  const rows: [rule: string, line: string, header: string, cells: string[]][] = [
    [
      "H3 n/e (the issue's false failure)",
      "Get-Container | Select-Object @{n='Kind';e={$_.RuntimeType}}",
      'Kind',
      ['HyperV', 'Default'],
    ],
    [
      'H3 Name/Expression spelled out',
      "Get-Container | Select-Object @{Name='Id';Expression={$_.Name}}",
      'Id',
      ['HYPV', 'web'],
    ],
    [
      "H3 Label is Name's second name",
      "Get-Container | Select-Object @{Label='L';Expression={$_.Name}}",
      'L',
      ['HYPV', 'web'],
    ],
    [
      'H3 any unique prefix',
      "Get-Container | Select-Object @{na='N';ex={$_.Name}}",
      'N',
      ['HYPV', 'web'],
    ],
    [
      'H3 an expression that is a name',
      "Get-Container | Select-Object @{n='N';e='Name'}",
      'N',
      ['HYPV', 'web'],
    ],
    [
      'H3 no name: the expression names it',
      'Get-Container | Select-Object @{e={$_.Name}}',
      '$_.Name',
      ['HYPV', 'web'],
    ],
  ];
  it.each(rows)('%s', (_rule, line, header, cells) => {
    const lines = lab()
      .ok(line)
      .lines.map((l) => l.trim());
    expect(lines[1]).toBe(header);
    expect(lines.slice(3, 5)).toEqual(cells);
  });
  it('H3 mixed with plain names, in the order given', () => {
    const lines = lab().ok("Get-Container | Select Name, @{n='Id';e={$_.RuntimeType}}").lines;
    expect(lines[1]).toMatch(/^Name +Id$/);
    expect(lines[3]).toMatch(/^HYPV +HyperV$/);
  });
  it('H3 -ExpandProperty still expands', () => {
    expect(lab().ok('Get-Container | Select-Object -ExpandProperty Name').lines).toEqual([
      'HYPV',
      'web',
    ]);
  });
  it('H3 the selected object carries the calculated value', () => {
    const c = lab();
    c.ok("$s = Get-Container | Select-Object @{n='Kind';e={$_.RuntimeType}} -First 1");
    expect(c.ok('$s.Kind').lines).toEqual(['HyperV']);
  });
});

describe('bad calculated properties end the command (H4)', () => {
  const cmd = 'Microsoft.PowerShell.Commands';
  const rows: [line: string, message: string, id: string][] = [
    [
      'Select-Object @{x=1}',
      'The x key is not valid.',
      `DictionaryKeyIllegal,${cmd}.SelectObjectCommand`,
    ],
    [
      "Select-Object @{n='a'}",
      'A mandatory entry for expression is missing.',
      `DictionaryKeyMandatoryEntry,${cmd}.SelectObjectCommand`,
    ],
    [
      "Select-Object @{n='a';l='b';e='x'}",
      'The duplicated key "l" conflicts with "name".',
      `DictionaryKeyDuplicate,${cmd}.SelectObjectCommand`,
    ],
    [
      "Select-Object @{n=1;e='x'}",
      'The "n" key has a type, System.Int32, that is not valid; expected type is System.String.',
      `DictionaryKeyIllegalValue2,${cmd}.SelectObjectCommand`,
    ],
    [
      "Format-Table @{e='x';a='middle'}",
      'The value "middle" for key "alignment" is not valid; valid values are {left, center, right}.',
      `AlignmentIllegalValue,${cmd}.FormatTableCommand`,
    ],
    [
      "Format-Table @{e='x';w=0}",
      'The value "0" for key "width" should be greater than 0.',
      `WidthOutOfRange,${cmd}.FormatTableCommand`,
    ],
    [
      "Format-List @{e='x';w=3}",
      'The w key is not valid.',
      `DictionaryKeyIllegal,${cmd}.FormatListCommand`,
    ],
  ];
  it.each(rows)('%s', (line, message, id) => {
    const c = lab();
    const text = c.fails(`Get-Container | ${line}`).lines.join('\n');
    expect(text).toContain(`${line.split(' ')[0]} : ${message}`);
    expect(text).toContain('InvalidArgument: (:) [');
    expect(text).toContain(`FullyQualifiedErrorId : ${id}`);
  });
});

describe('Format-Table and Format-List calculated properties (H3, H5)', () => {
  it('H3 Format-Table takes n/e, labels the column', () => {
    const lines = lab().ok("Get-Container | ft Name, @{n='Kind';e={$_.RuntimeType}}").lines;
    expect(lines[1]).toMatch(/^Name +Kind$/);
    // An enum value right-aligns its column, as a property of that type would.
    expect(lines[3]).toBe('HYPV  HyperV');
    expect(lines[4]).toBe('web  Default');
  });
  it('H5 Width fixes the column, Alignment right pads before', () => {
    const lines = lab().ok("Get-Container | ft @{e='Name';Width=8;Align='Right'}, State").lines;
    expect(lines[1]).toBe('    Name State');
    expect(lines[3]).toBe('    HYPV   Off');
  });
  it('H5 center puts half the padding before, rounded down', () => {
    const lines = lab().ok("Get-Container | ft @{e='Name';a='c';w=9}, State").lines;
    // 9 wide: 'HYPV' leaves 5, 2 before and 3 after; then the separator and State's '  Off'.
    expect(lines[3]).toBe(`${'  HYPV   '} ${'  Off'}`);
  });
  it('H3 a script block alone is a column named by its text', () => {
    const lines = lab().ok('Get-Container | ft { $_.Name }').lines;
    expect(lines[1]).toBe('$_.Name');
    expect(lines[3]).toBe('HYPV');
  });
  it('H3 Format-List takes Label (or l)', () => {
    const lines = lab().ok("Get-Container | fl Name, @{l='Kind';e={$_.RuntimeType}}").lines;
    expect(lines).toContain('Kind : HyperV');
    expect(lines).toContain('Name : web');
  });
});
