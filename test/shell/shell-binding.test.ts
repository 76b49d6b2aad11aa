// How commands are named and bound, at the Shell level (one row per case): aliases,
// parameter prefixes (and their ambiguity), every dash, case-insensitivity, positions.
// Where a row compares two spellings, both run on twin consoles (same seed, same number
// of steps), so their outputs must be identical byte for byte.
import { describe, expect, it } from 'vitest';
import type { LineResult } from '../../src/shell/index.js';
import {
  HOST_PROMPT,
  newConsole,
  onlyRecord,
  onlyTable,
  processTable,
  type Console,
} from './shell-harness.js';

/** The lab on the host: DEMO running (NanoServer, Default), WINCONT off. */
function lab(): Console {
  const c = newConsole({ start: 'lab', enter: 'DEMO' });
  c.ok('exit');
  c.ok('$con = Get-Container DEMO');
  return c;
}

/** Runs `setup` then `line` on a fresh lab console; the result of `line`. */
function labRun(
  line: string,
  setup: readonly string[] = [],
): { result: LineResult; console: Console } {
  const c = lab();
  for (const s of setup) c.ok(s);
  return { result: c.run(line), console: c };
}

const DASHES = [
  ['hyphen-minus', '-'],
  ['en dash', '\u2013'],
  ['em dash', '\u2014'],
  ['horizontal bar', '\u2015'],
] as const;

describe('aliases: each alias runs its cmdlet', () => {
  // [alias line, the same with the cmdlet's name, setup lines, what must be in the output]
  const rows: [string, string, string[], RegExp][] = [
    [
      'Get-Container | select ContainerName',
      'Get-Container | Select-Object ContainerName',
      [],
      /^ContainerName$/m,
    ],
    [
      "Get-Container | where {$_.Name -eq 'DEMO'}",
      "Get-Container | Where-Object {$_.Name -eq 'DEMO'}",
      [],
      /^DEMO +Running/m,
    ],
    [
      "Get-Container | ? {$_.Name -eq 'DEMO'}",
      "Get-Container | Where-Object {$_.Name -eq 'DEMO'}",
      [],
      /^DEMO +Running/m,
    ],
    [
      'Get-Container | sort Name -Descending',
      'Get-Container | Sort-Object Name -Descending',
      [],
      /^WINCONT[^]*^DEMO/m,
    ],
    [
      'Get-Container | ft Name',
      'Get-Container | Format-Table Name',
      [],
      /^Name\n----\nDEMO\nWINCONT$/m,
    ],
    ['Get-Container | fl Name', 'Get-Container | Format-List Name', [], /^Name : DEMO$/m],
    ['gps csrss', 'Get-Process csrss', [], /csrss$/m],
    ['ps csrss', 'Get-Process csrss', [], /csrss$/m],
    [
      'icm -ContainerName DEMO {gps csrss}',
      'Invoke-Command -ContainerName DEMO {Get-Process csrss}',
      [],
      /csrss +DEMO$/m,
    ],
    ['Get-Container | measure', 'Get-Container | Measure-Object', [], /^Count +: 2$/m],
  ];
  it.each(rows)('%s ≡ %s', (alias, full, setup, expected) => {
    const a = labRun(alias, setup).result;
    const b = labRun(full, setup).result;
    expect(a.hadError).toBe(false);
    expect(a.lines).toEqual(b.lines);
    expect(a.lines.join('\n')).toMatch(expected);
  });

  it('etsn enters a session and exsn leaves it', () => {
    const c = lab();
    expect(c.ok('etsn DEMO').lines).toEqual([]);
    expect(c.prompt()).toBe(`[DEMO]: ${HOST_PROMPT}`);
    expect(c.ok('exsn').lines).toEqual([]);
    expect(c.prompt()).toBe(HOST_PROMPT);
  });

  it.each(['cls', 'Clear-Host', 'CLS'])(
    '%s asks the console to clear and prints nothing',
    (line) => {
      const r = lab().run(line);
      expect(r).toMatchObject({ lines: [], hadError: false, clear: true });
    },
  );

  it.each(['SELECT', 'Where', 'GPS', 'Ft'])('alias %s is case-insensitive', (alias) => {
    const line =
      alias === 'GPS'
        ? 'GPS csrss'
        : alias === 'Where'
          ? "Get-Container | Where {$_.Name -eq 'DEMO'}"
          : `Get-Container | ${alias} Name`;
    expect(lab().run(line).hadError).toBe(false);
  });

  it('an error through an alias names the alias first and the cmdlet in [ ]', () => {
    const record = onlyRecord(lab().fails('gps -Foo').lines);
    expect(record.message[0]).toBe(
      "gps : A parameter cannot be found that matches parameter name 'Foo'.",
    );
    expect(record.categoryInfo).toBe(
      'InvalidArgument: (:) [Get-Process], ParameterBindingException',
    );
  });
});

describe('parameter names: prefixes, ambiguity, exact match', () => {
  it('Get-Process -I 4 is ambiguous, listing own then common parameters', () => {
    const line = 'Get-Process -I 4';
    const record = onlyRecord(lab().fails(line).lines);
    expect(record.message).toEqual([
      "Get-Process : Parameter cannot be processed because the parameter name 'I' is ambiguous. Possible matches include: -Id -InputObject -IncludeUserName -InformationAction -InformationVariable.",
    ]);
    expect(record.char).toBe(13);
    expect(line.slice(record.markStart, record.markStart + record.markLength)).toBe('-I');
    expect(record.fullyQualifiedErrorId).toBe(
      'AmbiguousParameter,Microsoft.PowerShell.Commands.GetProcessCommand',
    );
  });

  it.each([
    [
      'Get-Process -In 4',
      "'In'",
      '-InputObject -IncludeUserName -InformationAction -InformationVariable',
    ],
    ['Get-Process -E x', "'E'", '-ErrorAction -ErrorVariable'],
    ['Get-Process -O x', "'O'", '-OutVariable -OutBuffer'],
  ])('%s is ambiguous (%s)', (line, name, list) => {
    const record = onlyRecord(lab().fails(line).lines);
    expect(record.message[0]).toContain(
      `parameter name ${name} is ambiguous. Possible matches include: ${list}.`,
    );
  });

  it.each([
    ['Get-Process -N csrss', 'Get-Process -Name csrss'],
    ['Get-Process -na csrss', 'Get-Process -Name csrss'],
    ['Get-Process -Id 4', 'Get-Process -Id 4'],
    ['Get-Process -Inc', 'Get-Process -IncludeUserName'],
    ['Get-Process csrss -Inc', 'Get-Process csrss -IncludeUserName'],
    [
      'Enter-PSSession -ContainerN DEMO -Run',
      'Enter-PSSession -ContainerName DEMO -RunAsAdministrator',
    ],
    [
      'Get-Container -N DEMO | Select -F 1 Name',
      'Get-Container -Name DEMO | Select-Object -First 1 -Property Name',
    ],
    // Own parameters win over common ones: -W is Select-Object's Wait, not
    // WarningAction/WarningVariable.
    ['Get-Container | Select -W Name', 'Get-Container | Select-Object -Wait -Property Name'],
  ])('the unambiguous prefix %s ≡ %s', (short, full) => {
    const a = labRun(short);
    const b = labRun(full);
    expect(a.result.hadError).toBe(false);
    expect(a.result.lines).toEqual(b.result.lines);
    expect(a.console.prompt()).toBe(b.console.prompt());
  });

  it('an exact name wins over a longer one it prefixes (-ContainerImage vs -ContainerImageName)', () => {
    const c = lab();
    const r = c.ok('New-Container -Name X -ContainerImage nanoserver');
    expect(onlyTable(r.lines).rows[0]!.split(/\s+/)).toEqual([
      'X',
      'Off',
      '00:00:00',
      'NanoServer',
    ]);
  });

  it('an exact name wins over a longer one it prefixes (Where -In vs -InputObject)', () => {
    const r = lab().ok('Get-Container | Where Name -In DEMO, NOPE | % Name');
    expect(r.lines).toEqual(['DEMO']);
  });

  it('aliases of parameters bind (-PID, -ProcessName)', () => {
    expect(processTable(lab().ok('Get-Process -PID 4').lines).map((r) => r.id)).toEqual([4]);
    expect(
      processTable(lab().ok('Get-Process -ProcessName csrss').lines).every(
        (r) => r.name === 'csrss',
      ),
    ).toBe(true);
  });
});

describe('every dash', () => {
  it.each(DASHES)('%s on parameter names', (_name, dash) => {
    const ascii = labRun('Get-Process -Name csrss -IncludeUserName').result;
    const typed = labRun(`Get-Process ${dash}Name csrss ${dash}IncludeUserName`).result;
    expect(typed.hadError).toBe(false);
    expect(typed.lines).toEqual(ascii.lines);
  });

  it.each(DASHES)('%s on -RunAsAdministrator (the seed types an en dash)', (_name, dash) => {
    const c = lab();
    expect(
      c.ok(`Enter-PSSession -ContainerId $con.ContainerId ${dash}RunAsAdministrator`).lines,
    ).toEqual([]);
    expect(c.prompt()).toBe(`[DEMO]: ${HOST_PROMPT}`);
    // Elevated: csrss's CPU time is readable.
    expect(processTable(c.ok('gps csrss').lines)[0]!.cpu).toMatch(/^\d+\.\d\d$/);
  });

  it.each(DASHES)('%s on comparison operators inside a script block', (_name, dash) => {
    const ascii = labRun("get-process | where {$_.ProcessName -eq 'csrss'}").result;
    const typed = labRun(`get-process | where {$_.ProcessName ${dash}eq 'csrss'}`).result;
    expect(typed.hadError).toBe(false);
    expect(typed.lines).toEqual(ascii.lines);
  });

  it.each(DASHES)('%s on -and, -not and -like', (_name, dash) => {
    const r = lab().ok(
      `Get-Container | ? {$_.Name ${dash}like 'D*' ${dash}and ${dash}not ($_.State -eq 'Off')} | % Name`,
    );
    expect(r.lines).toEqual(['DEMO']);
  });

  it.each(DASHES)('%s in the simplified Where syntax', (_name, dash) => {
    expect(lab().ok(`Get-Container | Where State ${dash}eq Off | % Name`).lines).toEqual([
      'WINCONT',
    ]);
  });

  it.each(DASHES)(
    '%s on an unknown parameter: the record quotes the name without the dash and marks the dash',
    (_name, dash) => {
      const line = `Get-Process ${dash}Foo`;
      const record = onlyRecord(lab().fails(line).lines);
      expect(record.message[0]).toBe(
        "Get-Process : A parameter cannot be found that matches parameter name 'Foo'.",
      );
      expect(line.slice(record.markStart, record.markStart + record.markLength)).toBe(`${dash}Foo`);
    },
  );
});

describe('case-insensitivity', () => {
  it('cmdlet and parameter names', () => {
    const upper = labRun('GET-PROCESS -NAME CSRSS').result;
    const normal = labRun('Get-Process -Name csrss').result;
    expect(upper.hadError).toBe(false);
    expect(upper.lines).toEqual(normal.lines);
  });

  it('property names in Select-Object print the real case (ContainerID → ContainerId)', () => {
    const table = onlyTable(lab().ok('get-container | SELECT containername, CONTAINERID').lines);
    expect(table.header.split(/\s+/)).toEqual(['ContainerName', 'ContainerId']);
  });

  it.each(['hyperv', 'HYPERV', 'HyperV', 'hYpErV'])('enum values: -RuntimeType %s', (typed) => {
    const c = lab();
    c.ok(`New-Container -Name X -ContainerImageName nanoserver -RuntimeType ${typed}`);
    expect(c.ok('(Get-Container X).RuntimeType').lines).toEqual(['HyperV']);
    c.ok('Set-Container X -RuntimeType DEFAULT');
    expect(c.ok('(Get-Container X).RuntimeType').lines).toEqual(['Default']);
  });

  it.each([
    ["'Hyperv'", ['X']],
    ["'HYPERV'", ['X']],
  ])('-eq compares an enum with %s case-insensitively', (text, names) => {
    const c = lab();
    c.ok('New-Container -Name X -ContainerImageName nanoserver -RuntimeType HyperV');
    expect(c.ok(`Get-Container | Where {$_.RuntimeType -eq ${text}} | % Name`).lines).toEqual(
      names,
    );
  });

  it('-ceq is case-sensitive, -eq is not', () => {
    const c = lab();
    expect(c.ok("Get-Container | ? {$_.Name -ceq 'demo'} | % Name").lines).toEqual([]);
    expect(c.ok("Get-Container | ? {$_.Name -eq 'demo'} | % Name").lines).toEqual(['DEMO']);
  });

  it('image and container names match case-insensitively', () => {
    const c = lab();
    c.ok('New-Container -Name lower -ContainerImageName NANOSERVER');
    c.ok('Start-Container LOWER');
    expect(c.ok('(Get-Container lower).State').lines).toEqual(['Running']);
  });
});

describe('positional binding', () => {
  it.each([
    ['Get-Process csrss', 'Get-Process -Name csrss'],
    ['Get-Container DEMO', 'Get-Container -Name DEMO'],
    ['Get-ContainerImage NanoServer', 'Get-ContainerImage -Name NanoServer'],
    ['Get-Container | Select Name, State', 'Get-Container | Select-Object -Property Name, State'],
    [
      'Get-Container | Where State -eq Off',
      'Get-Container | Where-Object -Property State -EQ -Value Off',
    ],
    [
      'Get-Container | Where {$_.State -eq "Off"}',
      'Get-Container | Where-Object -FilterScript {$_.State -eq "Off"}',
    ],
    [
      'icm -ContainerName DEMO {gps csrss}',
      'Invoke-Command -ContainerName DEMO -ScriptBlock {gps csrss}',
    ],
    ['Get-Container | sort State', 'Get-Container | Sort-Object -Property State'],
  ])('%s ≡ %s', (positional, named) => {
    const a = labRun(positional).result;
    const b = labRun(named).result;
    expect(a.hadError).toBe(false);
    expect(a.lines).toEqual(b.lines);
    expect(a.lines.length).toBeGreaterThan(0);
  });

  it('Start-Container takes a name or a Container object at position 0', () => {
    const c = lab();
    c.ok('Stop-Container DEMO');
    c.ok('Start-Container DEMO');
    expect(c.ok('$con.State').lines).toEqual(['Running']);
    c.ok('Stop-Container $con');
    expect(c.ok('$con.State').lines).toEqual(['Off']);
    c.ok('Start-Container $con');
    expect(c.ok('$con.State').lines).toEqual(['Running']);
  });

  it('Enter-PSSession NAME takes the container name at position 0', () => {
    const c = lab();
    c.ok('Enter-PSSession DEMO');
    expect(c.prompt()).toBe(`[DEMO]: ${HOST_PROMPT}`);
  });

  it('piped containers bind to Start-/Stop-Container', () => {
    const c = lab();
    c.ok('Get-Container | ? State -eq Running | Stop-Container');
    expect(c.ok('Get-Container | % State').lines).toEqual(['Off', 'Off']);
    c.ok('Get-Container | ? Name -eq WINCONT | Start-Container');
    expect(c.ok('Get-Container | sort Name | % State').lines).toEqual(['Off', 'Running']);
  });
});

describe('-- ends the parameters', () => {
  it('binds what follows by position, even when it looks like a parameter', () => {
    const c = newConsole();
    const plain = c.run('Get-Process csrss');
    const ended = c.run('Get-Process -- csrss');
    expect(ended.hadError).toBe(false);
    expect(ended.lines.filter((l) => l.endsWith(' csrss'))).toHaveLength(
      plain.lines.filter((l) => l.endsWith(' csrss')).length,
    );
    const dashed = c.run('Get-Process -- -Id');
    // `-Id` after `--` is a process name, not the -Id parameter: PowerShell looks for it by name.
    expect(dashed.lines[0]).toBe(
      'Get-Process : Cannot find a process with the name "-Id". Verify the process name and call the cmdlet again.',
    );
  });
});
