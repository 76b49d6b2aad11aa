// The reference listings rebuilt from objects: the seed's tables (seed/hyperv-containers.ko.md,
// docs/powershell-output.md) and docs/reference-windows-containers.md §7. Expected lines are copied
// verbatim from those documents.
import { describe, expect, it } from 'vitest';
import { formatOutput } from '../../../src/shell/format/out-default.js';
import {
  computeProcess,
  containerObject,
  guid,
  imageObject,
  processFromTuple,
  runtimeType,
  selected,
  unframeTable,
  type ProcessTuple,
} from './fixtures.js';

const W = { width: 120 };
const HEADER = 'Handles  NPM(K)    PM(K)      WS(K) VM(M)   CPU(s)     Id  SI ProcessName';
const RULE = '-------  ------    -----      ----- -----   ------     --  -- -----------';

const NONIC_ROWS: [ProcessTuple, string][] = [
  [[81, 5, 928, 4492, 2101372, null, 5336, 3, 'CExecSvc'], 'NONIC'],
  [[176, 9, 1284, 3872, 2101301, null, 6108, 3, 'csrss'], 'NONIC'],
  [[0, 0, 0, 4, 0, null, 0, 0, 'Idle'], 'NONIC'],
  [[538, 18, 2752, 9344, 2101396, null, 628, 3, 'lsass'], 'NONIC'],
  [[195, 12, 2208, 8580, 2101398, null, 5472, 3, 'msdtc'], 'NONIC'],
  [[450, 24, 52332, 65580, 2101346, 1.5, 2968, 3, 'powershell'], 'NONIC'],
  [[204, 10, 2400, 5740, 2101378, null, 5220, 3, 'services'], 'NONIC'],
  [[46, 3, 368, 1136, 2101359, null, 3928, 0, 'smss'], 'NONIC'],
  [[130, 8, 1492, 7076, 2101314, null, 6124, 3, 'SppExtComObj'], 'NONIC'],
  [[205, 10, 6992, 18320, 2101310, null, 5028, 3, 'sppsvc'], 'NONIC'],
  [[252, 13, 6556, 10592, 2101396, null, 1564, 3, 'svchost'], 'NONIC'],
  [[351, 28, 4228, 14112, 2101307, null, 2648, 3, 'svchost'], 'NONIC'],
  [[255, 13, 1992, 6468, 2101388, null, 3556, 3, 'svchost'], 'NONIC'],
  [[284, 12, 2484, 8420, 2101397, null, 4160, 3, 'svchost'], 'NONIC'],
  [[194, 14, 2948, 9136, 2101398, null, 4324, 3, 'svchost'], 'NONIC'],
  [[93, 7, 1296, 5432, 2101391, null, 5500, 3, 'svchost'], 'NONIC'],
  [[81, 6, 1008, 4808, 2101392, null, 5724, 3, 'svchost'], 'NONIC'],
  [[282, 13, 2752, 9948, 2101336, null, 5952, 3, 'svchost'], 'NONIC'],
  [[907, 33, 12452, 27856, 2101306, null, 6048, 3, 'svchost'], 'NONIC'],
  [[2541, 0, 116, 128, 3, null, 4, 0, 'System'], 'NONIC'],
  [[107, 9, 1096, 4732, 2101377, null, 3248, 3, 'wininit'], 'NONIC'],
  [[128, 8, 5672, 10840, 2101304, null, 5360, 3, 'WmiPrvSE'], 'NONIC'],
];
const NONIC_LINES = [
  'Handles  NPM(K)    PM(K)      WS(K) VM(M)   CPU(s)     Id  SI ProcessName                  PSComputerName',
  '-------  ------    -----      ----- -----   ------     --  -- -----------                  --------------',
  '     81       5      928       4492 ...72            5336   3 CExecSvc                     NONIC',
  '    176       9     1284       3872 ...01            6108   3 csrss                        NONIC',
  '      0       0        0          4     0               0   0 Idle                         NONIC',
  '    538      18     2752       9344 ...96             628   3 lsass                        NONIC',
  '    195      12     2208       8580 ...98            5472   3 msdtc                        NONIC',
  '    450      24    52332      65580 ...46     1.50   2968   3 powershell                   NONIC',
  '    204      10     2400       5740 ...78            5220   3 services                     NONIC',
  '     46       3      368       1136 ...59            3928   0 smss                         NONIC',
  '    130       8     1492       7076 ...14            6124   3 SppExtComObj                 NONIC',
  '    205      10     6992      18320 ...10            5028   3 sppsvc                       NONIC',
  '    252      13     6556      10592 ...96            1564   3 svchost                      NONIC',
  '    351      28     4228      14112 ...07            2648   3 svchost                      NONIC',
  '    255      13     1992       6468 ...88            3556   3 svchost                      NONIC',
  '    284      12     2484       8420 ...97            4160   3 svchost                      NONIC',
  '    194      14     2948       9136 ...98            4324   3 svchost                      NONIC',
  '     93       7     1296       5432 ...91            5500   3 svchost                      NONIC',
  '     81       6     1008       4808 ...92            5724   3 svchost                      NONIC',
  '    282      13     2752       9948 ...36            5952   3 svchost                      NONIC',
  '    907      33    12452      27856 ...06            6048   3 svchost                      NONIC',
  '   2541       0      116        128     3               4   0 System                       NONIC',
  '    107       9     1096       4732 ...77            3248   3 wininit                      NONIC',
  '    128       8     5672      10840 ...04            5360   3 WmiPrvSE                     NONIC',
];

/** Seed csrss listings: rows as tuples, then the exact lines the seed prints. */
const CSRSS_TABLES: [string, ProcessTuple[], string[]][] = [
  [
    'host, before the demo',
    [
      [255, 12, 1820, 4000, 2101398, 0.53, 532, 0, 'csrss'],
      [116, 11, 1284, 3700, 2101394, 0.25, 608, 1, 'csrss'],
      [246, 13, 1844, 5504, 2101317, 3.45, 3484, 2, 'csrss'],
    ],
    [
      '    255      12     1820       4000 ...98     0.53    532   0 csrss',
      '    116      11     1284       3700 ...94     0.25    608   1 csrss',
      '    246      13     1844       5504 ...17     3.45   3484   2 csrss',
    ],
  ],
  [
    '[WINCONT] inside the Windows Server Container',
    [[167, 9, 1276, 3720, 2101397, 0.2, 1228, 3, 'csrss']],
    ['    167       9     1276       3720 ...97     0.20   1228   3 csrss'],
  ],
  [
    'host with WINCONT running',
    [
      [252, 11, 1712, 3968, 2101398, 0.53, 532, 0, 'csrss'],
      [113, 11, 1176, 3676, 2101393, 0.25, 608, 1, 'csrss'],
      [175, 9, 1260, 3708, 2101397, 0.2, 1228, 3, 'csrss'],
      [243, 13, 1736, 5512, 2101317, 3.77, 3484, 2, 'csrss'],
    ],
    [
      '    252      11     1712       3968 ...98     0.53    532   0 csrss',
      '    113      11     1176       3676 ...93     0.25    608   1 csrss',
      '    175       9     1260       3708 ...97     0.20   1228   3 csrss',
      '    243      13     1736       5512 ...17     3.77   3484   2 csrss',
    ],
  ],
  [
    '[HYPVCON] inside the Hyper-V container: Handles is blank',
    [[null, 4, 452, 1520, 2101363, 0.06, 956, 1, 'csrss']],
    ['              4      452       1520 ...63     0.06    956   1 csrss'],
  ],
  [
    'host after the Hyper-V container started',
    [
      [255, 12, 1716, 3972, 2101398, 0.56, 532, 0, 'csrss'],
      [113, 11, 1176, 3676, 2101393, 0.25, 608, 1, 'csrss'],
      [243, 13, 1732, 5512, 2101318, 4.23, 3484, 2, 'csrss'],
    ],
    [
      '    255      12     1716       3972 ...98     0.56    532   0 csrss',
      '    113      11     1176       3676 ...93     0.25    608   1 csrss',
      '    243      13     1732       5512 ...18     4.23   3484   2 csrss',
    ],
  ],
  [
    'host vmwp (docs/reference-windows-containers.md §7.2)',
    [[1737, 15, 39452, 19620, 2101361, 5.55, 2376, 0, 'vmwp']],
    ['   1737      15    39452      19620 ...61     5.55   2376   0 vmwp'],
  ],
  [
    'ProcessName keeps its case (docs/reference-windows-containers.md §7.2)',
    [[67, 5, 820, 3836, 2101371, 0.03, 3964, 3, 'PING']],
    ['     67       5      820       3836 ...71     0.03   3964   3 PING'],
  ],
];

describe('Get-Process view (seed csrss tables)', () => {
  it.each(CSRSS_TABLES)('%s', (_name, rows, expected) => {
    const lines = formatOutput(
      rows.map((r) => processFromTuple(r)),
      W,
    );
    expect(lines).toEqual(['', HEADER, RULE, ...expected, '', '']);
  });

  it('columns start at the documented offsets', () => {
    const [, header, , row] = formatOutput(
      [processFromTuple([255, 12, 1820, 4000, 2101398, 0.53, 532, 0, 'csrss'])],
      W,
    );
    const starts: [string, number, number][] = [
      ['Handles', 0, 6],
      ['NPM(K)', 8, 14],
      ['PM(K)', 16, 23],
      ['WS(K)', 25, 34],
      ['VM(M)', 36, 40],
      ['CPU(s)', 42, 49],
      ['Id', 51, 56],
      ['SI', 58, 60],
    ];
    for (const [label, from, to] of starts) {
      expect(header?.slice(from, to + 1).trim()).toBe(label);
      // right-aligned: the label ends at the column's last character
      expect(header?.[to]).not.toBe(' ');
      expect(header?.[from - 1] ?? ' ').toBe(' ');
    }
    expect(header?.slice(62)).toBe('ProcessName');
    expect(row?.slice(62)).toBe('csrss');
    expect(row?.slice(36, 41)).toBe('...98');
  });

  it('the whole NONIC listing with PSComputerName (docs/reference-windows-containers.md §2.1 / §7.3): 28 + 28 at 119', () => {
    const objects = NONIC_ROWS.map(([t, computer]) =>
      processFromTuple(t, { computerName: computer }),
    );
    expect(unframeTable(formatOutput(objects, W))).toEqual(NONIC_LINES);
    const [header] = NONIC_LINES;
    expect(header?.indexOf('PSComputerName')).toBe(62 + 28 + 1);
  });

  it('-IncludeUserName view: UserName is 17 wide, left, cut with ...', () => {
    const lines = formatOutput(
      [
        processFromTuple([1737, 15, 39452, 19620, 2101361, 5.55, 2376, 0, 'vmwp'], {
          userName: '239DEF76-D29A-405E-AB64-765FB4DE9176',
        }),
        processFromTuple([255, 12, 1820, 4000, 2101398, 0.53, 532, 0, 'csrss'], {
          userName: 'NT AUTHORITY\\SYSTEM',
        }),
      ],
      W,
    );
    expect(unframeTable(lines)).toEqual([
      'Handles      WS(K) VM(M)   CPU(s)     Id UserName          ProcessName',
      '-------      ----- -----   ------     -- --------          -----------',
      '   1737      19620 ...61     5.55   2376 239DEF76-D29A-... vmwp',
      '    255       4000 ...98     0.53    532 NT AUTHORITY\\S... csrss',
    ]);
  });
});

describe('Select-Object output (no view: auto-sized, aligned by type)', () => {
  it.each<[string, ReturnType<typeof selected>[], string[]]>([
    [
      'Select ContainerName, RuntimeType (Default)',
      [selected({ ContainerName: 'DEMO', RuntimeType: runtimeType('Default') })],
      ['ContainerName RuntimeType', '------------- -----------', 'DEMO              Default'],
    ],
    [
      'Select ContainerName, RuntimeType (after Set-Container)',
      [selected({ ContainerName: 'DEMO', RuntimeType: runtimeType('HyperV') })],
      ['ContainerName RuntimeType', '------------- -----------', 'DEMO               HyperV'],
    ],
    [
      'Select Name, RuntimeType, ContainerID',
      [
        ['TST3', '239def76-d29a-405e-ab64-765fb4de9176'],
        ['TST', 'b8d7b55a-6b27-4832-88d8-4774df98f208'],
        ['TST2', 'ccdf6a6e-3358-4419-8dda-ffe87f1de184'],
      ].map(([name, id]) =>
        selected({
          Name: name ?? '',
          RuntimeType: runtimeType('HyperV'),
          ContainerId: guid(id ?? ''),
        }),
      ),
      [
        'Name RuntimeType ContainerId',
        '---- ----------- -----------',
        'TST3      HyperV 239def76-d29a-405e-ab64-765fb4de9176',
        'TST       HyperV b8d7b55a-6b27-4832-88d8-4774df98f208',
        'TST2      HyperV ccdf6a6e-3358-4419-8dda-ffe87f1de184',
      ],
    ],
    [
      'Select ContainerName, Foo: an unknown name is a blank column (docs/reference-windows-containers.md §7.6)',
      [selected({ ContainerName: 'DEMO', Foo: null })],
      ['ContainerName Foo', '------------- ---', 'DEMO'],
    ],
    [
      'numbers and booleans right, strings left',
      [
        selected({ Name: 'a', Count: 3, Ok: true }),
        selected({ Name: 'bbbbbbb', Count: 12345, Ok: false }),
      ],
      ['Name    Count    Ok', '----    -----    --', 'a           3  True', 'bbbbbbb 12345 False'],
    ],
    [
      'alignment comes from the first object: a null first value makes the column left',
      [selected({ Name: 'a', Count: null }), selected({ Name: 'b', Count: 42 })],
      ['Name Count', '---- -----', 'a', 'b    42'],
    ],
  ])('%s', (_name, objects, expected) => {
    expect(unframeTable(formatOutput(objects, W))).toEqual(expected);
  });

  it('five or more properties print as a list', () => {
    const obj = selected({
      Name: 'TST3',
      State: 'Off',
      RuntimeType: runtimeType('HyperV'),
      Id: 1,
      ParentImageName: 'NanoServer',
    });
    expect(formatOutput([obj], W)).toEqual([
      '',
      '',
      'Name            : TST3',
      'State           : Off',
      'RuntimeType     : HyperV',
      'Id              : 1',
      'ParentImageName : NanoServer',
      '',
      '',
      '',
    ]);
  });
});

describe('Get-ComputeProcess rows', () => {
  it('the seed table: Id and Owner left, the enum Type right', () => {
    const objects = [
      computeProcess('239DEF76-D29A-405E-AB64-765FB4DE9176', 'TST3', 'VMMS'),
      computeProcess('B8D7B55A-6B27-4832-88D8-4774DF98F208', 'TST', 'VMMS'),
      computeProcess('CCDF6A6E-3358-4419-8DDA-FFE87F1DE184', 'TST2', 'VMMS'),
    ];
    expect(unframeTable(formatOutput(objects, W))).toEqual([
      'Id                                   Name Owner      Type',
      '--                                   ---- -----      ----',
      '239DEF76-D29A-405E-AB64-765FB4DE9176 TST3 VMMS  Container',
      'B8D7B55A-6B27-4832-88D8-4774DF98F208 TST  VMMS  Container',
      'CCDF6A6E-3358-4419-8DDA-FFE87F1DE184 TST2 VMMS  Container',
    ]);
  });

  it('docs/reference-windows-containers.md §7.4 in a console wide enough for it (full 64-hex docker ids)', () => {
    const docker = 'd273c80b6ec1c461159074f4ccc0be0793cfedb02ab2f25225512a21e254646d';
    const objects = [
      computeProcess('2088E0FA-1F7C-44DE-A4BC-1E29445D082B', 'DEMO1', 'VMMS'),
      computeProcess(docker, docker, 'docker'),
    ];
    expect(unframeTable(formatOutput(objects, { width: 160 }))).toEqual([
      'Id                                                               Name                                                             Owner       Type',
      '--                                                               ----                                                             -----       ----',
      '2088E0FA-1F7C-44DE-A4BC-1E29445D082B                             DEMO1                                                            VMMS   Container',
      `${docker} ${docker} docker Container`,
    ]);
  });

  it('at 120 columns the same rows drop Type and Owner and shrink Name (columns drop from the right)', () => {
    const docker = 'd273c80b6ec1c461159074f4ccc0be0793cfedb02ab2f25225512a21e254646d';
    const lines = unframeTable(formatOutput([computeProcess(docker, docker, 'docker')], W));
    expect(lines[0]).toBe(`Id${' '.repeat(63)}Name`);
    expect(lines[2]).toBe(`${docker} ${docker.slice(0, 51)}...`);
    expect(lines.every((l) => l.length <= 119)).toBe(true);
  });
});

describe('Containers module views (left-aligned, sized to content)', () => {
  it('Get-Container', () => {
    const objects = [
      containerObject(
        'HYPVCON',
        '239def76-d29a-405e-ab64-765fb4de9176',
        'HyperV',
        'Running',
        131_400,
        'NanoServer',
      ),
      containerObject(
        'WINCONT',
        'b8d7b55a-6b27-4832-88d8-4774df98f208',
        'Default',
        'Off',
        0,
        'WindowsServerCore',
      ),
    ];
    expect(unframeTable(formatOutput(objects, W))).toEqual([
      'Name    State   Uptime   ParentImageName',
      '----    -----   ------   ---------------',
      'HYPVCON Running 00:02:11 NanoServer',
      'WINCONT Off     00:00:00 WindowsServerCore',
    ]);
  });

  it('New-Container (docs/reference-windows-containers.md §1.3)', () => {
    const obj = containerObject(
      'TST',
      'b8d7b55a-6b27-4832-88d8-4774df98f208',
      'Default',
      'Off',
      0,
      'WindowsServerCore',
    );
    expect(unframeTable(formatOutput([obj], W))).toEqual([
      'Name State Uptime   ParentImageName',
      '---- ----- ------   ---------------',
      'TST  Off   00:00:00 WindowsServerCore',
    ]);
  });

  it('Get-ContainerImage (docs/reference-windows-containers.md §7.5)', () => {
    expect(
      unframeTable(formatOutput([imageObject('NanoServer'), imageObject('WindowsServerCore')], W)),
    ).toEqual([
      'Name              Publisher    Version      IsOSImage',
      '----              ---------    -------      ---------',
      'NanoServer        CN=Microsoft 10.0.10586.0 True',
      'WindowsServerCore CN=Microsoft 10.0.10586.0 True',
    ]);
  });
});
