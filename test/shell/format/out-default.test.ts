import { describe, expect, it } from 'vitest';
import {
  formatListExplicit,
  formatOutput,
  formatTableExplicit,
  frameList,
  frameTable,
} from '../../../src/shell/format/out-default.js';
import { makeObject, TYPE, type PSValue } from '../../../src/shell/runtime/values.js';
import {
  computeProcess,
  containerObject,
  guid,
  processFromTuple,
  runtimeType,
  selected,
  timespan,
  unframeTable,
} from './fixtures.js';

const W = { width: 120 };
const csrss = processFromTuple([255, 12, 1820, 4000, 2101398, 0.53, 532, 0, 'csrss']);
const smss = processFromTuple([46, 3, 368, 1136, 2101359, 0.0625, 3928, 0, 'smss']);
const tst3 = containerObject(
  'TST3',
  '239def76-d29a-405e-ab64-765fb4de9176',
  'HyperV',
  'Off',
  0,
  'NanoServer',
);

describe('framing', () => {
  it('a table: one blank line before, two after', () => {
    expect(frameTable(['h', '-', 'r'])).toEqual(['', 'h', '-', 'r', '', '']);
  });
  it('a list: two blanks before, one between entries, three after', () => {
    expect(frameList([['a : 1'], ['a : 2']])).toEqual(['', '', 'a : 1', '', 'a : 2', '', '', '']);
  });
});

describe('formatOutput: scalars', () => {
  it.each<[string, PSValue[], string[]]>([
    ['nothing prints nothing', [], []],
    ['$null prints nothing', [null], []],
    ['a string alone, no blank lines', ['hello'], ['hello']],
    ['an empty string is an empty line', [''], ['']],
    [
      'a GUID (e.g. $con.ContainerId) prints the value alone',
      [guid('239def76-d29a-405e-ab64-765fb4de9176')],
      ['239def76-d29a-405e-ab64-765fb4de9176'],
    ],
    ['an enum by name', [runtimeType('HyperV')], ['HyperV']],
    ['numbers and booleans', [42, 0.53, true], ['42', '0.53', 'True']],
    ['arrays are flattened, nulls skipped', [['a', [null, 'b']], 'c'], ['a', 'b', 'c']],
    ['multi-line strings keep their lines', ['one\ntwo'], ['one', 'two']],
  ])('%s', (_name, values, expected) => {
    expect(formatOutput(values, W)).toEqual(expected);
  });
});

describe('formatOutput: grouping', () => {
  it('objects of one view share ONE table', () => {
    const lines = formatOutput([csrss, smss], W);
    expect(lines.filter((l) => l.startsWith('Handles'))).toHaveLength(1);
    expect(unframeTable(lines)).toHaveLength(4);
  });

  it('nested arrays of objects are flattened into the same table', () => {
    expect(formatOutput([[csrss], [[smss]]], W)).toEqual(formatOutput([csrss, smss], W));
  });

  it('a change of type starts a new table', () => {
    const lines = formatOutput([csrss, tst3, smss], W);
    expect(lines.filter((l) => l.startsWith('Handles'))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('Name'))).toHaveLength(1);
    expect(lines.slice(0, 6)).toEqual([
      '',
      'Handles  NPM(K)    PM(K)      WS(K) VM(M)   CPU(s)     Id  SI ProcessName',
      '-------  ------    -----      ----- -----   ------     --  -- -----------',
      '    255      12     1820       4000 ...98     0.53    532   0 csrss',
      '',
      '',
    ]);
  });

  it('Selected objects with a different property set start a new table', () => {
    const a = selected({ Name: 'x' });
    const b = selected({ Name: 'y', Foo: 1 });
    expect(formatOutput([a, a, b], W).filter((l) => l.startsWith('Name'))).toHaveLength(2);
  });

  it('the same property set in another case shares the table', () => {
    const a = selected({ Name: 'x' });
    const b = selected({ NAME: 'y' });
    expect(formatOutput([a, b], W)).toEqual(['', 'Name', '----', 'x', 'y', '', '']);
  });

  it('a scalar closes the table before it', () => {
    expect(formatOutput([selected({ Name: 'x' }), 'done'], W)).toEqual([
      '',
      'Name',
      '----',
      'x',
      '',
      '',
      'done',
    ]);
  });

  it('remote processes get the PSComputerName column, local ones not', () => {
    const remote = processFromTuple([81, 5, 928, 4492, 2101372, null, 5336, 3, 'CExecSvc'], {
      computerName: 'NONIC',
    });
    const lines = formatOutput([csrss, remote], W);
    const headers = lines.filter((l) => l.startsWith('Handles'));
    expect(headers).toHaveLength(2);
    expect(headers[0]?.endsWith('ProcessName')).toBe(true);
    expect(headers[1]?.endsWith('PSComputerName')).toBe(true);
  });

  it('a deserialized container keeps the container view and gains PSComputerName', () => {
    const obj = makeObject(['Deserialized.' + TYPE.container, 'Deserialized.System.Object'], {
      Name: 'TST3',
      State: 'Off',
      Uptime: timespan(0),
      ParentImageName: 'NanoServer',
      PSComputerName: 'HOST',
      RunspaceId: guid('11111111-2222-3333-4444-555555555555'),
    });
    expect(unframeTable(formatOutput([obj], W))).toEqual([
      'Name State Uptime   ParentImageName PSComputerName',
      '---- ----- ------   --------------- --------------',
      'TST3 Off   00:00:00 NanoServer      HOST',
    ]);
  });

  it('a Selected process has no view (Select-Object output is a custom object)', () => {
    const obj = makeObject([`${TYPE.selected}${TYPE.process}`, TYPE.process], {
      ProcessName: 'csrss',
      Id: 532,
    });
    expect(unframeTable(formatOutput([obj], W))).toEqual([
      'ProcessName  Id',
      '-----------  --',
      'csrss       532',
    ]);
  });

  it('a TimeSpan on its own prints the TimeSpan list view', () => {
    expect(formatOutput([timespan(131_000)], W)).toEqual([
      '',
      '',
      'Days              : 0',
      'Hours             : 0',
      'Minutes           : 2',
      'Seconds           : 11',
      'Milliseconds      : 0',
      'Ticks             : 1310000000',
      'TotalDays         : 0.0015162037037037',
      'TotalHours        : 0.0363888888888889',
      'TotalMinutes      : 2.18333333333333',
      'TotalSeconds      : 131',
      'TotalMilliseconds : 131000',
      '',
      '',
      '',
    ]);
  });

  it('Measure-Object style output (6 properties) is a list; several objects share it', () => {
    const m = (count: number): PSValue =>
      makeObject([TYPE.measureInfo, 'System.Object'], {
        Count: count,
        Average: null,
        Sum: null,
        Maximum: null,
        Minimum: null,
        Property: null,
      });
    expect(formatOutput([m(3), m(4)], W)).toEqual([
      '',
      '',
      'Count    : 3',
      'Average  :',
      'Sum      :',
      'Maximum  :',
      'Minimum  :',
      'Property :',
      '',
      'Count    : 4',
      'Average  :',
      'Sum      :',
      'Maximum  :',
      'Minimum  :',
      'Property :',
      '',
      '',
      '',
    ]);
  });

  it('Get-Command rows (CmdletInfo view: CommandType 15, Name 50, Version 10, Source)', () => {
    const cmd = makeObject([TYPE.commandInfo, 'System.Object'], {
      CommandType: {
        $kind: 'enum',
        typeName: 'System.Management.Automation.CommandTypes',
        names: ['Cmdlet'],
        value: 'Cmdlet',
      },
      Name: 'Get-Container',
      Version: '1.0.0.0',
      Source: 'Containers',
    });
    expect(unframeTable(formatOutput([cmd], W))).toEqual([
      'CommandType     Name                                               Version    Source',
      '-----------     ----                                               -------    ------',
      'Cmdlet          Get-Container                                      1.0.0.0    Containers',
    ]);
  });
});

describe('formatTableExplicit (Format-Table)', () => {
  it('with properties: one auto-sized table of those columns, real member names', () => {
    const lines = formatTableExplicit([csrss, smss], ['processname', 'ID', 'cpu'], W);
    expect(unframeTable(lines)).toEqual([
      'ProcessName   Id    CPU',
      '-----------   --    ---',
      'csrss        532   0.53',
      'smss        3928 0.0625',
    ]);
  });

  it('wildcards expand in declaration order, duplicates drop, unknown names stay blank', () => {
    const obj = selected({
      ContainerName: 'DEMO',
      ContainerId: guid('239def76-d29a-405e-ab64-765fb4de9176'),
      Name: 'DEMO',
    });
    expect(
      unframeTable(formatTableExplicit([obj], ['Container*', 'containername', 'Nope'], W)),
    ).toEqual([
      'ContainerName ContainerId                          Nope',
      '------------- -----------                          ----',
      'DEMO          239def76-d29a-405e-ab64-765fb4de9176',
    ]);
  });

  it('different types still share the explicit table', () => {
    const lines = formatTableExplicit([csrss, tst3], ['Name', 'Id'], W);
    expect(unframeTable(lines)).toEqual([
      // Id is right-aligned (the first object's Id is a number) and as wide as the GUID.
      'Name                                    Id',
      '----                                    --',
      'csrss                                  532',
      'TST3  239def76-d29a-405e-ab64-765fb4de9176',
    ]);
  });

  it('without properties: the view, and objects without one get a table however many properties', () => {
    expect(formatTableExplicit([csrss], null, W)).toEqual(formatOutput([csrss], W));
    const wide = selected({ A: 1, B: 2, C: 3, D: 4, E: 5 });
    expect(unframeTable(formatTableExplicit([wide], [], W))).toEqual([
      'A B C D E',
      '- - - - -',
      '1 2 3 4 5',
    ]);
  });

  it('scalars pass through as lines', () => {
    expect(formatTableExplicit(['abc'], ['Length'], W)).toEqual(['abc']);
  });
});

describe('formatListExplicit (Format-List)', () => {
  it('a process shows its default display set: Id, Handles, CPU, SI, Name', () => {
    expect(formatListExplicit([csrss], null, W)).toEqual([
      '',
      '',
      'Id      : 532',
      'Handles : 255',
      'CPU     : 0.53',
      'SI      : 0',
      'Name    : csrss',
      '',
      '',
      '',
    ]);
  });

  it('with properties: those, resolved per object; each entry pads its own labels', () => {
    expect(formatListExplicit([csrss, tst3], ['Name', 'runtimetype'], W)).toEqual([
      '',
      '',
      'Name        : csrss',
      'runtimetype :',
      '',
      'Name        : TST3',
      'RuntimeType : HyperV',
      '',
      '',
      '',
    ]);
  });

  it('an object without a list view shows all its properties (mixed types in one list)', () => {
    const lines = formatListExplicit([computeProcess('ID1', 'TST3', 'VMMS'), csrss], null, W);
    expect(lines).toEqual([
      '',
      '',
      'Id    : ID1',
      'Name  : TST3',
      'Owner : VMMS',
      'Type  : Container',
      '',
      'Id      : 532',
      'Handles : 255',
      'CPU     : 0.53',
      'SI      : 0',
      'Name    : csrss',
      '',
      '',
      '',
    ]);
  });

  it('long values wrap under the value column; multi-line values indent', () => {
    const obj = selected({ Name: 'x', Text: 'alpha beta gamma delta', More: 'one\ntwo' });
    expect(formatListExplicit([obj], null, { width: 21 })).toEqual([
      '',
      '',
      'Name : x',
      'Text : alpha beta',
      '       gamma delta',
      'More : one',
      '       two',
      '',
      '',
      '',
    ]);
  });
});
