// The object pipeline and the console's state at the Shell level: Select/Where/Sort/
// Measure/Format, Invoke-Command's PSComputerName column, sessions and their prompts,
// variables that stay live, and what each kind of value prints as.
import { describe, expect, it } from 'vitest';
import { findContainerByName, processesSeenFrom } from '../../src/sim/index.js';
import {
  column,
  columns,
  expectLeftAligned,
  expectRightAligned,
  HOST_PROMPT,
  newConsole,
  onlyTable,
  processTable,
  PROCESS_NAME_START,
  type Console,
} from './shell-harness.js';

function lab(): Console {
  const c = newConsole({ start: 'lab', enter: 'DEMO' });
  c.ok('exit');
  return c;
}

/** `Name : value` list output: two blank lines before, one between objects, three after. */
function listEntries(lines: readonly string[]): string[][] {
  expect(lines.slice(0, 2)).toEqual(['', '']);
  expect(lines.slice(-3)).toEqual(['', '', '']);
  const entries: string[][] = [[]];
  for (const line of lines.slice(2, -3)) {
    if (line === '') entries.push([]);
    else entries.at(-1)!.push(line);
  }
  return entries;
}

describe('each view, through the Shell', () => {
  it.each<[string, string, string[]]>([
    // [command, the view, its column labels]
    [
      'Get-Process csrss',
      'process',
      ['Handles', 'NPM(K)', 'PM(K)', 'WS(K)', 'VM(M)', 'CPU(s)', 'Id', 'SI', 'ProcessName'],
    ],
    [
      'Get-Process csrss -IncludeUserName',
      'process with user name',
      ['Handles', 'WS(K)', 'VM(M)', 'CPU(s)', 'Id', 'UserName', 'ProcessName'],
    ],
    [
      'icm -ContainerName DEMO {gps csrss}',
      'remote process',
      [
        'Handles',
        'NPM(K)',
        'PM(K)',
        'WS(K)',
        'VM(M)',
        'CPU(s)',
        'Id',
        'SI',
        'ProcessName',
        'PSComputerName',
      ],
    ],
    ['Get-Container', 'container', ['Name', 'State', 'Uptime', 'ParentImageName']],
    ['Get-ContainerImage', 'container image', ['Name', 'Publisher', 'Version', 'IsOSImage']],
    ['Get-ComputeProcess', 'compute process', ['Id', 'Name', 'Owner', 'Type']],
    ['Get-Command Get-Process', 'command', ['CommandType', 'Name', 'Version', 'Source']],
  ])('%s: the %s view', (line, _view, labels) => {
    const table = onlyTable(lab().ok(line).lines);
    expect(columns(table).map((c) => c.label)).toEqual(labels);
    expect(table.rows.length).toBeGreaterThan(0);
  });

  it('the container image view: all left-aligned, sized to content', () => {
    const table = onlyTable(lab().ok('Get-ContainerImage').lines);
    expect(table.rows.map((r) => r.split(/\s+/))).toEqual([
      ['NanoServer', 'CN=Microsoft', '10.0.10586.0', 'True'],
      ['WindowsServerCore', 'CN=Microsoft', '10.0.10586.0', 'True'],
    ]);
    expectLeftAligned(table.rows[0]!, column(table, 'IsOSImage'), 'True');
  });

  it('a TimeSpan prints as the list of its eleven properties', () => {
    const entries = listEntries(lab().ok('(Get-Container WINCONT).Uptime').lines);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.map((l) => l.split(' : ')[0]!.trim())).toEqual([
      'Days',
      'Hours',
      'Minutes',
      'Seconds',
      'Milliseconds',
      'Ticks',
      'TotalDays',
      'TotalHours',
      'TotalMinutes',
      'TotalSeconds',
      'TotalMilliseconds',
    ]);
  });
});

describe('Select-Object', () => {
  it('wildcards expand to the matching properties, in declaration order', () => {
    const table = onlyTable(lab().ok('Get-Container | Select Name, Contain*').lines);
    expect(table.header.split(/\s+/)).toEqual(['Name', 'ContainerName', 'ContainerId']);
  });

  it('an unknown name is a blank column, not an error', () => {
    const table = onlyTable(lab().ok('Get-Container | Select ContainerName, Foo').lines);
    expect(table.header).toBe('ContainerName Foo');
    expect(table.separator).toBe('------------- ---');
    // The blank cell is trimmed away with the line's trailing spaces.
    expect(table.rows).toEqual(['DEMO', 'WINCONT']);
  });

  it("the header takes the member's real case; duplicates drop", () => {
    const table = onlyTable(lab().ok('Get-Container | Select containerid, NAME, name').lines);
    expect(table.header.split(/\s+/)).toEqual(['ContainerId', 'Name']);
  });

  it('-First and -Last pick objects in pipeline order', () => {
    const c = lab();
    const all = processTable(c.ok('Get-Process').lines);
    const first = processTable(c.ok('Get-Process | Select -First 2').lines);
    const last = processTable(c.ok('Get-Process | Select -Last 1').lines);
    expect(first.map((r) => r.id)).toEqual(all.slice(0, 2).map((r) => r.id));
    expect(last.map((r) => r.id)).toEqual(all.slice(-1).map((r) => r.id));
    const names = c.ok('Get-Container | Select -First 1 -Property Name').lines;
    expect(onlyTable(names).rows).toHaveLength(1);
  });

  it('4 properties make a table, 5 make a list with names padded to the longest', () => {
    const c = lab();
    const four = onlyTable(
      c.ok('Get-Container | Select Name, State, RuntimeType, ContainerId').lines,
    );
    expect(columns(four).map((col) => col.label)).toEqual([
      'Name',
      'State',
      'RuntimeType',
      'ContainerId',
    ]);
    const five = listEntries(
      c.ok('Get-Container | Select Name, State, RuntimeType, ContainerId, Uptime').lines,
    );
    expect(five).toHaveLength(2);
    expect(five[0]!.map((l) => l.split(' : ')[0])).toEqual([
      'Name       ',
      'State      ',
      'RuntimeType',
      'ContainerId',
      'Uptime     ',
    ]);
    expect(five[0]![0]).toBe('Name        : DEMO');
  });

  it('numbers and enums right-aligned, strings and GUIDs left-aligned', () => {
    const table = onlyTable(
      lab().ok('Get-Process csrss | Select Id, ProcessName | ? {$_.Id -eq 532}').lines,
    );
    expectRightAligned(table.rows[0]!, column(table, 'Id'), '532');
    expectLeftAligned(table.rows[0]!, column(table, 'ProcessName'), 'csrss');
  });

  it('-ExpandProperty prints the values alone', () => {
    expect(lab().ok('Get-Container | sort Name | Select -ExpandProperty Name').lines).toEqual([
      'DEMO',
      'WINCONT',
    ]);
  });
});

describe('Where-Object', () => {
  it.each([
    ["Get-Container | Where {$_.RuntimeType -eq 'Default' -and $_.State -eq 'Running'}", ['DEMO']],
    ['Get-Container | Where RuntimeType -eq Default', ['DEMO', 'WINCONT']],
    ['Get-Container | Where State -eq Running', ['DEMO']],
    ['Get-Container | Where State -ne Running', ['WINCONT']],
    ['Get-Container | Where Name -like W*', ['WINCONT']],
    ['Get-Container | Where Name -match "^D"', ['DEMO']],
    ['Get-Container | Where-Object -Property ParentImageName -Value NanoServer -EQ', ['DEMO']],
    ['Get-Container | Where {$_.Missing -eq $null}', ['DEMO', 'WINCONT']],
    ['Get-Container | Where {$_.Name -eq "NOPE"}', []],
  ])('%s', (line, names) => {
    const c = lab();
    const r = c.ok(`${line} | sort Name | % Name`);
    expect(r.lines).toEqual(names);
  });

  it('no match prints nothing and is no error', () => {
    expect(lab().run("gps | where {$_.ProcessName -eq 'nosuch'}")).toMatchObject({
      lines: [],
      hadError: false,
    });
  });
});

describe('operators', () => {
  it.each([
    ["'csrss' -like 'c[r-t]?ss'", 'True'],
    ["'csrss' -like '*S'", 'True'],
    ["'csrss' -clike '*S'", 'False'],
    ["'csrss' -notlike 'x*'", 'True'],
    ["'csrss' -match '^C.*S$'", 'True'],
    ["'csrss' -cmatch '^C'", 'False'],
    ["'a*b' -like 'a`*b'", 'True'],
    ['4 -gt 3 -and 2 -le 2', 'True'],
    ["'HyperV' -eq 'hyperv'", 'True'],
    ["'HyperV' -ceq 'hyperv'", 'False'],
  ])('%s → %s', (line, expected) => {
    expect(lab().ok(line).lines).toEqual([expected]);
  });

  it('a wildcard with many stars against a long string answers at once', () => {
    const line = `'${'a'.repeat(3000)}' -like '${'*a'.repeat(500)}b'`;
    const started = performance.now();
    expect(lab().ok(line).lines).toEqual(['False']);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a regular expression that would backtrack for ever answers (RE2 never backtracks)', () => {
    const line = "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' -match '(a+)+$'";
    const started = performance.now();
    const r = lab().ok(line);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(r.lines).toEqual(['False']);
    expect(lab().ok("'aaa' -match '(a+)+$'").lines).toEqual(['True']);
  });

  it('runtime errors print without a command prefix', () => {
    const r = lab().run('1/0');
    expect(r.lines.slice(0, 2)).toEqual(['Attempted to divide by zero.', 'At line:1 char:1']);
  });
});

describe('Sort-Object and Measure-Object', () => {
  it('sorts numerically by a property, descending too', () => {
    const c = lab();
    const asc = processTable(c.ok('Get-Process csrss | sort Id').lines).map((r) => r.id);
    const desc = processTable(c.ok('Get-Process csrss | sort Id -Descending').lines).map(
      (r) => r.id,
    );
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    expect(desc).toEqual([...asc].reverse());
    const bySession = processTable(c.ok('Get-Process csrss | sort SI -Descending').lines).map(
      (r) => r.si,
    );
    expect(bySession).toEqual([...bySession].sort((a, b) => b - a));
  });

  it('sorts strings case-insensitively', () => {
    const c = lab();
    c.ok('New-Container -Name alpha -ContainerImageName NanoServer');
    expect(c.ok('Get-Container | sort Name | % Name').lines).toEqual(['alpha', 'DEMO', 'WINCONT']);
  });

  it('Measure-Object counts', () => {
    const c = lab();
    const entries = listEntries(c.ok('Get-Process csrss | measure').lines);
    expect(entries[0]![0]).toBe('Count    : 4');
    expect(c.ok('(Get-Process csrss | Measure-Object).Count').lines).toEqual(['4']);
    expect(c.ok('(Get-Container | measure).Count').lines).toEqual(['2']);
  });

  it('.Count as PowerShell 3+ has it on anything: 0 for nothing, 1 for one object', () => {
    const c = lab();
    c.ok('exit');
    expect(c.ok('(Get-Container).Count').lines).toEqual(['2']);
    expect(c.ok('(Get-Container -Name DEMO).Count').lines).toEqual(['1']);
    expect(c.ok('(Get-Container | ? Name -eq nobody).Count').lines).toEqual(['0']);
    expect(c.ok('$null.Count').lines).toEqual(['0']);
    expect(c.ok('$null.Length').lines).toEqual(['0']);
    expect(c.ok('"DEMO".Count').lines).toEqual(['1']);
    expect(c.ok('"DEMO".Length').lines).toEqual(['4']);
    expect(c.ok('$null.Name').lines).toEqual([]);
    c.ok('Stop-Container -Name DEMO');
    c.ok('Get-Container | Remove-Container -Force');
    expect(c.ok('(Get-Container).Count').lines).toEqual(['0']);
  });
});

describe('Format-Table and Format-List', () => {
  it('Format-Table picks columns; enums right-aligned', () => {
    const table = onlyTable(
      lab().ok('Get-Container | sort Name | Format-Table Name, RuntimeType').lines,
    );
    expect(table.header).toBe('Name    RuntimeType');
    expectLeftAligned(table.rows[0]!, column(table, 'Name'), 'DEMO');
    expectRightAligned(table.rows[0]!, column(table, 'RuntimeType'), 'Default');
  });

  it('Format-List prints Name : value blocks', () => {
    const entries = listEntries(lab().ok('Get-Process -Id 4 | Format-List Id, ProcessName').lines);
    expect(entries).toEqual([['Id          : 4', 'ProcessName : System']]);
  });
});

describe('Invoke-Command', () => {
  it("-ContainerName X {Get-Process}: the container's processes with PSComputerName, 28/28 at 120", () => {
    const c = lab();
    const lines = c.ok('Invoke-Command -ContainerName DEMO {Get-Process}').lines;
    const table = onlyTable(lines);
    const name = column(table, 'ProcessName');
    const computer = column(table, 'PSComputerName');
    expect(name.start).toBe(PROCESS_NAME_START);
    // ProcessName and PSComputerName share the 119-62 = 57 columns left: 28 + 1 + 28.
    expect(computer.start - name.start - 1).toBe(28);
    expect(119 - computer.start).toBe(28);
    for (const row of table.rows) expectLeftAligned(row, computer, 'DEMO');
    // The same rows as Get-Process inside the session (the shared kernel's Idle and System too).
    const container = findContainerByName(c.sim.getState(), 'DEMO')!;
    const inside = processesSeenFrom(c.sim.getState(), container.containerId).map((p) => p.pid);
    const rows = table.rows.map((r) => Number(r.slice(51, 57).trim()));
    expect([...rows].sort((a, b) => a - b)).toEqual([...inside].sort((a, b) => a - b));
    expect(rows).toEqual(expect.arrayContaining([0, 4]));
  });

  it('at another width the two last columns share what is left', () => {
    const c = newConsole({ start: 'lab', enter: 'DEMO', width: 100 });
    c.ok('exit');
    const table = onlyTable(c.ok('icm -ContainerName DEMO {gps csrss}').lines);
    const computer = column(table, 'PSComputerName');
    // 99 - 62 = 37 = 18 + 1 + 18.
    expect(computer.start - PROCESS_NAME_START - 1).toBe(18);
  });

  it('-RunAsAdministrator decides whether SYSTEM processes show their CPU time', () => {
    const c = lab();
    // An elevated interactive session first must not leak into a later Invoke-Command.
    c.ok('Enter-PSSession DEMO -RunAsAdministrator', 'exit');
    const plain = c.ok('icm -ContainerName DEMO {gps csrss}').lines;
    const elevated = c.ok('icm -ContainerName DEMO {gps csrss} -RunAsAdministrator').lines;
    expect(onlyTable(plain).rows[0]!.slice(42, 50).trim()).toBe('');
    expect(onlyTable(elevated).rows[0]!.slice(42, 50).trim()).toMatch(/^\d+\.\d\d$/);
  });

  it('without -Container* the block runs here', () => {
    expect(lab().ok('Invoke-Command {(Get-Container DEMO).Name}').lines).toEqual(['DEMO']);
  });

  it('inside a session there are no containers to reach', () => {
    const c = newConsole({ start: 'lab', enter: 'DEMO' });
    const r = c.fails('Invoke-Command -ContainerName DEMO {gps}');
    expect(r.lines[0]).toBe(
      'Invoke-Command : The Containers feature may not be enabled on this machine.',
    );
  });
});

describe('sessions', () => {
  it('Enter-PSSession changes the prompt; exit and Exit-PSSession restore it', () => {
    const c = lab();
    expect(c.prompt()).toBe(HOST_PROMPT);
    c.ok('Enter-PSSession -ContainerName DEMO');
    expect(c.prompt()).toBe(`[DEMO]: ${HOST_PROMPT}`);
    const exit = c.ok('exit');
    expect(exit.exitRequested).toBe(false);
    expect(c.prompt()).toBe(HOST_PROMPT);
    c.ok('Enter-PSSession -ContainerId (Get-Container DEMO).ContainerId');
    expect(c.prompt()).toBe(`[DEMO]: ${HOST_PROMPT}`);
    c.ok('Exit-PSSession');
    expect(c.prompt()).toBe(HOST_PROMPT);
  });

  it('exit on the host asks to end the script', () => {
    expect(lab().run('exit')).toMatchObject({ lines: [], hadError: false, exitRequested: true });
  });

  it("inside a Windows Server container: its own processes plus the host's Idle and System", () => {
    const c = newConsole({ start: 'lab', enter: 'DEMO' });
    const rows = processTable(c.ok('Get-Process').lines);
    const demo = findContainerByName(c.sim.getState(), 'DEMO')!;
    const own = c.sim
      .getState()
      .kernels.host!.processes.filter((p) => p.containerId === demo.containerId)
      .map((p) => p.pid);
    expect(rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(
      [0, 4, ...own].sort((a, b) => a - b),
    );
    const names = rows.map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining(['csrss', 'smss', 'CExecSvc', 'powershell', 'Idle', 'System']),
    );
    expect(names).not.toContain('vmms');
  });

  it('stopping the entered container (from the dashboard) ends the session', () => {
    const c = newConsole({ start: 'lab', enter: 'DEMO' });
    expect(c.prompt()).toBe(`[DEMO]: ${HOST_PROMPT}`);
    const demo = findContainerByName(c.sim.getState(), 'DEMO')!;
    expect(c.sim.actions.stopContainer(demo.containerId).ok).toBe(true);
    expect(c.prompt()).toBe(HOST_PROMPT);
    // The next command runs on the host, where the Containers module exists.
    expect(c.ok('(Get-Container DEMO).State').lines).toEqual(['Off']);
  });

  it('Stop-Container of the container a session was in leaves the host prompt and no session', () => {
    const c = lab();
    c.ok('Enter-PSSession DEMO', 'exit', 'Stop-Container DEMO');
    expect(c.sim.getState().entered).toBeNull();
    c.fails('Enter-PSSession DEMO');
    expect(c.prompt()).toBe(HOST_PROMPT);
  });
});

describe('variables and what values print as', () => {
  it('$x = … prints nothing; a bare $x prints with its view', () => {
    const c = lab();
    expect(c.run('$con = New-Container -Name X -ContainerImageName NanoServer')).toMatchObject({
      lines: [],
      hadError: false,
    });
    const table = onlyTable(c.ok('$con').lines);
    expect(table.header.split(/\s+/)).toEqual(['Name', 'State', 'Uptime', 'ParentImageName']);
    expect(table.rows[0]!.split(/\s+/)).toEqual(['X', 'Off', '00:00:00', 'NanoServer']);
    c.ok('$p = Get-Process csrss');
    expect(processTable(c.ok('$p').lines)).toHaveLength(4);
  });

  it('$con stays live: State and Uptime follow the model after Start-Container', () => {
    const c = lab();
    c.ok('$con = New-Container -Name X -ContainerImageName NanoServer');
    expect(c.ok('$con.State').lines).toEqual(['Off']);
    c.ok('Start-Container $con');
    expect(c.ok('$con.State').lines).toEqual(['Running']);
    c.ok('$x = 1', '$x = 2');
    expect(Number(c.ok('$con.Uptime.TotalSeconds').lines[0])).toBeGreaterThan(0);
    expect(onlyTable(c.ok('$con').lines).rows[0]!.split(/\s+/)[1]).toBe('Running');
    c.ok('Stop-Container $con');
    expect(c.ok('$con.State').lines).toEqual(['Off']);
  });

  it('$con.ContainerId prints the GUID alone; .Id is the same', () => {
    const c = lab();
    c.ok('$con = Get-Container DEMO');
    const id = findContainerByName(c.sim.getState(), 'DEMO')!.containerId;
    expect(c.ok('$con.ContainerId').lines).toEqual([id]);
    expect(c.ok('$con.Id').lines).toEqual([id]);
  });

  it('an undefined variable and a missing member are $null and print nothing', () => {
    const c = lab();
    expect(c.run('$nothing')).toMatchObject({ lines: [], hadError: false });
    expect(c.run('(Get-Container DEMO).Missing')).toMatchObject({ lines: [], hadError: false });
  });

  it('strings, numbers and booleans print alone', () => {
    expect(lab().ok("'hello'; 42; $true; 1 + 2").lines).toEqual(['hello', '42', 'True', '3']);
  });
});

describe('Get-ComputeProcess with both creators', () => {
  it('PowerShell-made rows are owned by VMMS, docker-made by docker (its 64-hex id)', () => {
    const c = lab();
    c.ok('Start-Container WINCONT');
    expect(
      c.run('docker run -d --name web --isolation=hyperv nanoserver ping -t localhost').hadError,
    ).toBe(false);
    const owners = onlyTable(c.ok('Get-ComputeProcess | sort Owner | Select Owner, Type').lines);
    expect(owners.header.split(/\s+/)).toEqual(['Owner', 'Type']);
    for (const row of owners.rows) expectRightAligned(row, column(owners, 'Type'), 'Container');
    expect(owners.rows.map((r) => r.split(/\s+/)[0])).toEqual(['docker', 'VMMS', 'VMMS']);
    const dockerId = c.sim.getState().containers.find((x) => x.owner === 'docker')!.dockerId!;
    expect(dockerId).toMatch(/^[0-9a-f]{64}$/);
    expect(c.ok('Get-ComputeProcess | ? Owner -eq docker | % Id').lines).toEqual([dockerId]);
    // Stopped containers are not listed.
    c.ok('Stop-Container DEMO');
    expect(c.ok('Get-ComputeProcess | % Name').lines).not.toContain('DEMO');
  });
});
