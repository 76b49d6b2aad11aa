// Error records at the Shell level, one row per template: the first line, where the tildes
// go (read back from the input line), the category line and the FullyQualifiedErrorId.
// The record's layout itself is checked by onlyRecord (NormalView, line by line).
import { describe, expect, it } from 'vitest';
import { HOST_PROMPT, marked, newConsole, onlyRecord, type Console } from './shell-harness.js';

function lab(): Console {
  const c = newConsole({ start: 'lab', enter: 'DEMO' });
  c.ok('exit');
  return c;
}

interface Row {
  /** Lines to run first, none of which may fail. */
  readonly setup?: readonly string[];
  readonly line: string;
  /** The first line of the record (`<Command> : <message>`), or a pattern for it. */
  readonly first: string | RegExp;
  /** Further message lines (multi-line messages). */
  readonly more?: readonly string[];
  /** What the tildes mark, read back from the line. */
  readonly marks: string;
  readonly category: string | RegExp;
  readonly errorId: string;
}

const GPS = 'Microsoft.PowerShell.Commands.GetProcessCommand';
const MODULE = 'Microsoft.Containers.PowerShell.Cmdlets.';

function check(c: Console, row: Row): void {
  for (const s of row.setup ?? []) c.ok(s);
  const result = c.run(row.line);
  expect(result.hadError).toBe(true);
  const record = onlyRecord(result.lines);
  if (typeof row.first === 'string') expect(record.message[0]).toBe(row.first);
  else expect(record.message[0]).toMatch(row.first);
  expect(record.message.slice(1)).toEqual(row.more ?? []);
  expect(record.source).toBe(row.line);
  expect(row.line.slice(record.markStart, record.markStart + record.markLength)).toBe(row.marks);
  if (typeof row.category === 'string') expect(record.categoryInfo).toBe(row.category);
  else expect(record.categoryInfo).toMatch(row.category);
  expect(record.fullyQualifiedErrorId).toBe(row.errorId);
}

const BINDING: [string, Row][] = [
  [
    'CommandNotFound (the name typed, marked)',
    {
      line: 'Get-Contaner',
      first:
        "Get-Contaner : The term 'Get-Contaner' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
      marks: 'Get-Contaner',
      category: 'ObjectNotFound: (Get-Contaner:String) [], CommandNotFoundException',
      errorId: 'CommandNotFoundException',
    },
  ],
  [
    'CommandNotFound later in a pipeline (char: where the name is)',
    {
      line: 'gps | Foo-Bar -x',
      first: /^Foo-Bar : The term 'Foo-Bar' is not recognized as the name of a cmdlet/,
      marks: 'Foo-Bar',
      category: 'ObjectNotFound: (Foo-Bar:String) [], CommandNotFoundException',
      errorId: 'CommandNotFoundException',
    },
  ],
  [
    'NamedParameterNotFound',
    {
      line: 'Get-Process -Foo',
      first: "Get-Process : A parameter cannot be found that matches parameter name 'Foo'.",
      marks: '-Foo',
      category: 'InvalidArgument: (:) [Get-Process], ParameterBindingException',
      errorId: `NamedParameterNotFound,${GPS}`,
    },
  ],
  [
    'NamedParameterNotFound with a glued argument marks the parameter token',
    {
      line: 'Get-Process -Foo:bar',
      first: "Get-Process : A parameter cannot be found that matches parameter name 'Foo'.",
      marks: '-Foo:',
      category: 'InvalidArgument: (:) [Get-Process], ParameterBindingException',
      errorId: `NamedParameterNotFound,${GPS}`,
    },
  ],
  [
    'MissingArgument (string)',
    {
      line: 'New-Container -Name',
      first:
        "New-Container : Missing an argument for parameter 'Name'. Specify a parameter of type 'System.String' and try again.",
      marks: '-Name',
      category: 'InvalidArgument: (:) [New-Container], ParameterBindingException',
      errorId: `MissingArgument,${MODULE}NewContainer`,
    },
  ],
  [
    'MissingArgument (int array), before another parameter',
    {
      line: 'Get-Process -Id -Name x',
      first:
        "Get-Process : Missing an argument for parameter 'Id'. Specify a parameter of type 'System.Int32[]' and try again.",
      marks: '-Id',
      category: 'InvalidArgument: (:) [Get-Process], ParameterBindingException',
      errorId: `MissingArgument,${GPS}`,
    },
  ],
  [
    'PositionalParameterNotFound',
    {
      line: 'Get-Process a b',
      first: "Get-Process : A positional parameter cannot be found that accepts argument 'b'.",
      marks: 'b',
      category: 'InvalidArgument: (:) [Get-Process], ParameterBindingException',
      errorId: `PositionalParameterNotFound,${GPS}`,
    },
  ],
  [
    'enum conversion: -RuntimeType Foo (two message lines)',
    {
      line: 'New-Container -Name X -ContainerImageName nanoserver -RuntimeType Foo',
      first:
        'New-Container : Cannot bind parameter \'RuntimeType\'. Cannot convert value "Foo" to type "Microsoft.Containers.PowerShell.Objects.RuntimeType". Error: "Unable to match the identifier name Foo to a valid enumerator name. Specify one of the following enumerator names and try again:',
      more: ['Default, HyperV"'],
      marks: 'Foo',
      category: 'InvalidArgument: (:) [New-Container], ParameterBindingException',
      errorId: `CannotConvertArgumentNoMessage,${MODULE}NewContainer`,
    },
  ],
  [
    'ValidateNotNullOrEmpty: an undefined variable',
    {
      line: 'Enter-PSSession -ContainerId $nothing',
      first:
        "Enter-PSSession : Cannot validate argument on parameter 'ContainerId'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.",
      marks: '$nothing',
      category: 'InvalidData: (:) [Enter-PSSession], ParameterBindingValidationException',
      errorId:
        'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.EnterPSSessionCommand',
    },
  ],
  [
    'ValidateNotNullOrEmpty: an empty string',
    {
      line: "Enter-PSSession -ContainerName ''",
      first:
        /^Enter-PSSession : Cannot validate argument on parameter 'ContainerName'\. The argument is null or empty\./,
      marks: "''",
      category: 'InvalidData: (:) [Enter-PSSession], ParameterBindingValidationException',
      errorId:
        'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.EnterPSSessionCommand',
    },
  ],
  [
    'null to a mandatory parameter',
    {
      line: 'Start-Container $nothing',
      first: "Start-Container : Cannot bind argument to parameter 'Name' because it is null.",
      marks: '$nothing',
      category: 'InvalidData: (:) [Start-Container], ParameterBindingValidationException',
      errorId: `ParameterArgumentValidationErrorNullNotAllowed,${MODULE}StartContainer`,
    },
  ],
  [
    'AmbiguousParameterSet',
    {
      line: 'Get-Process -Name csrss -Id 4',
      first: 'Get-Process : Parameter set cannot be resolved using the specified named parameters.',
      marks: 'Get-Process -Name csrss -Id 4',
      category: 'InvalidArgument: (:) [Get-Process], ParameterBindingException',
      errorId: `AmbiguousParameterSet,${GPS}`,
    },
  ],
  [
    'a parameter given twice',
    {
      line: 'Get-Process -Name a -Name b',
      first:
        /^Get-Process : Cannot bind parameter because parameter 'Name' is specified more than once\./,
      marks: '-Name',
      category: 'InvalidArgument: (:) [Get-Process], ParameterBindingException',
      errorId: `ParameterAlreadyBound,${GPS}`,
    },
  ],
];

describe('binding errors', () => {
  it.each(BINDING)('%s', (_name, row) => check(lab(), row));

  it('a binding error ends only its statement: the next one still runs', () => {
    const r = lab().run('Get-Process -Foo; (Get-Container DEMO).Name');
    expect(r.hadError).toBe(true);
    expect(r.lines.at(-1)).toBe('DEMO');
    expect(r.lines[0]).toMatch(/^Get-Process : A parameter cannot be found/);
  });
});

describe('Get-Process not found', () => {
  it.each<[string, Row]>([
    [
      '-Name',
      {
        line: 'Get-Process -Name ping',
        first:
          'Get-Process : Cannot find a process with the name "ping". Verify the process name and call the cmdlet again.',
        marks: 'Get-Process -Name ping',
        category: 'ObjectNotFound: (ping:String) [Get-Process], ProcessCommandException',
        errorId: `NoProcessFoundForGivenName,${GPS}`,
      },
    ],
    [
      '-Id',
      {
        line: 'Get-Process -Id 99999',
        first: 'Get-Process : Cannot find a process with the process identifier 99999.',
        marks: 'Get-Process -Id 99999',
        category: 'ObjectNotFound: (99999:Int32) [Get-Process], ProcessCommandException',
        errorId: `NoProcessFoundForGivenId,${GPS}`,
      },
    ],
    [
      'positional name, through an alias',
      {
        line: 'gps nosuch',
        first:
          'gps : Cannot find a process with the name "nosuch". Verify the process name and call the cmdlet again.',
        marks: 'gps nosuch',
        category: 'ObjectNotFound: (nosuch:String) [Get-Process], ProcessCommandException',
        errorId: `NoProcessFoundForGivenName,${GPS}`,
      },
    ],
  ])('%s', (_name, row) => check(lab(), row));

  it('a wildcard that matches nothing is not an error', () => {
    expect(lab().run('Get-Process nosuch*')).toMatchObject({ lines: [], hadError: false });
  });

  it('found and not found together: the rows print after the record', () => {
    const r = lab().run('Get-Process -Id 4, 99999');
    expect(r.hadError).toBe(true);
    expect(r.lines[0]).toBe(
      'Get-Process : Cannot find a process with the process identifier 99999.',
    );
    expect(r.lines.join('\n')).toMatch(/^ +\S+ .* 4 +0 System$/m);
  });

  it('a vmwp on a host with no Hyper-V container is not found', () => {
    expect(lab().run('Get-Process vmwp').lines[0]).toBe(
      'Get-Process : Cannot find a process with the name "vmwp". Verify the process name and call the cmdlet again.',
    );
  });
});

describe('containers not running (PowerShell Direct)', () => {
  it.each<[string, Row]>([
    [
      'Enter-PSSession -ContainerId of a stopped container',
      {
        setup: ['$w = Get-Container WINCONT'],
        line: 'Enter-PSSession -ContainerId $w.ContainerId -RunAsAdministrator',
        first:
          /^Enter-PSSession : The input ContainerId [0-9a-f-]{36} does not exist, or the corresponding container is not running\.$/,
        marks: 'Enter-PSSession -ContainerId $w.ContainerId -RunAsAdministrator',
        category: 'InvalidOperation: (:) [Enter-PSSession], PSInvalidOperationException',
        errorId:
          'CreateRemoteRunspaceForContainerFailed,Microsoft.PowerShell.Commands.EnterPSSessionCommand',
      },
    ],
    [
      'Enter-PSSession -ContainerName of a stopped container',
      {
        line: 'Enter-PSSession -ContainerName WINCONT',
        first:
          'Enter-PSSession : The input ContainerName WINCONT does not exist, or the corresponding container is not running.',
        marks: 'Enter-PSSession -ContainerName WINCONT',
        category: 'InvalidOperation: (:) [Enter-PSSession], PSInvalidOperationException',
        errorId:
          'CreateRemoteRunspaceForContainerFailed,Microsoft.PowerShell.Commands.EnterPSSessionCommand',
      },
    ],
    [
      'Enter-PSSession into a name nobody has',
      {
        line: 'etsn NOPE',
        first:
          'etsn : The input ContainerName NOPE does not exist, or the corresponding container is not running.',
        marks: 'etsn NOPE',
        category: 'InvalidOperation: (:) [Enter-PSSession], PSInvalidOperationException',
        errorId:
          'CreateRemoteRunspaceForContainerFailed,Microsoft.PowerShell.Commands.EnterPSSessionCommand',
      },
    ],
    [
      'Invoke-Command into a stopped container',
      {
        line: 'Invoke-Command -ContainerName WINCONT {Get-Process}',
        first:
          'Invoke-Command : The input ContainerName WINCONT does not exist, or the corresponding container is not running.',
        marks: 'Invoke-Command -ContainerName WINCONT {Get-Process}',
        category: 'InvalidOperation: (:) [Invoke-Command], PSInvalidOperationException',
        errorId:
          'CreateRemoteRunspaceForContainerFailed,Microsoft.PowerShell.Commands.InvokeCommandCommand',
      },
    ],
  ])('%s', (_name, row) => {
    const c = lab();
    check(c, row);
    expect(c.prompt()).toBe(HOST_PROMPT);
  });

  it('Enter-PSSession inside a session: cannot enter another PSSession', () => {
    const c = newConsole({ start: 'lab', enter: 'DEMO' });
    const record = onlyRecord(c.fails('Enter-PSSession -ContainerName DEMO').lines);
    expect(record.message).toEqual([
      'Enter-PSSession : You are currently in a Windows PowerShell PSSession and cannot use the Enter-PSSession cmdlet to enter another PSSession.',
    ]);
    expect(record.fullyQualifiedErrorId).toBe(
      'RemoteHostDoesNotSupportPushRunspace,Microsoft.PowerShell.Commands.EnterPSSessionCommand',
    );
    expect(c.prompt()).toBe(`[DEMO]: ${HOST_PROMPT}`);
  });
});

describe("errors from Invoke-Command's runspace", () => {
  it('come back without prefix or position, with + PSComputerName', () => {
    const r = lab().run('Invoke-Command -ContainerName DEMO {Get-Process nope; Get-Container}');
    expect(r.hadError).toBe(true);
    expect(r.lines).toEqual([
      'Cannot find a process with the name "nope". Verify the process name and call the cmdlet again.',
      '    + CategoryInfo          : ObjectNotFound: (nope:String) [Get-Process], ProcessCommandException',
      '    + FullyQualifiedErrorId : NoProcessFoundForGivenName,Microsoft.PowerShell.Commands.GetProcessCommand',
      '    + PSComputerName        : DEMO',
      ' ',
      "The term 'Get-Container' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
      '    + CategoryInfo          : ObjectNotFound: (Get-Container:String) [], CommandNotFoundException',
      '    + FullyQualifiedErrorId : CommandNotFoundException',
      '    + PSComputerName        : DEMO',
      ' ',
    ]);
  });

  it("a local Invoke-Command block's errors keep the local layout", () => {
    const record = onlyRecord(lab().fails('Invoke-Command {Get-Process nope}').lines);
    expect(record.message[0]).toMatch(/^Get-Process : Cannot find a process with the name "nope"/);
  });
});

describe('inside a session the Containers module and docker do not exist', () => {
  it.each([
    'Get-Container',
    'New-Container -Name X -ContainerImageName NanoServer',
    'Start-Container WINCONT',
    'Stop-Container DEMO',
    'Set-Container DEMO -RuntimeType HyperV',
    'Remove-Container WINCONT',
    'Get-ContainerImage',
    'Get-ComputeProcess',
    'docker ps',
  ])('%s → CommandNotFound', (line) => {
    const c = newConsole({ start: 'lab', enter: 'DEMO' });
    const before = c.sim.getState().containers;
    const name = line.split(' ')[0]!;
    check(c, {
      line,
      first: `${name} : The term '${name}' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
      marks: name,
      category: `ObjectNotFound: (${name}:String) [], CommandNotFoundException`,
      errorId: 'CommandNotFoundException',
    });
    expect(c.sim.getState().containers).toBe(before);
    expect(c.prompt()).toBe(`[DEMO]: ${HOST_PROMPT}`);
  });

  it('Get-Command inside a session does not list them', () => {
    const c = newConsole({ start: 'lab', enter: 'DEMO' });
    expect(c.ok('Get-Command -Module Containers').lines).toEqual([]);
    c.ok('exit');
    expect(c.ok('Get-Command -Module Containers | % Name').lines).toContain('Get-Container');
  });
});

describe('module errors (the Containers module refuses)', () => {
  const rows: [string, readonly string[], string, RegExp, string, string][] = [
    // [name, setup, line, message pattern, category, error id]
    [
      'start a running container',
      [],
      'Start-Container DEMO',
      /DEMO/,
      'InvalidOperation',
      'InvalidState,StartContainer',
    ],
    [
      'stop a stopped container',
      [],
      'Stop-Container WINCONT',
      /WINCONT/,
      'InvalidOperation',
      'InvalidState,StopContainer',
    ],
    [
      'remove a running container',
      [],
      'Remove-Container DEMO',
      /DEMO/,
      'InvalidOperation',
      'InvalidState,RemoveContainer',
    ],
    [
      'convert a WindowsServerCore container',
      [],
      'Set-Container WINCONT -RuntimeType HyperV',
      /WINCONT/,
      'InvalidOperation',
      'InvalidParameter,SetContainer',
    ],
    [
      'convert a running container',
      [],
      'Set-Container DEMO -RuntimeType HyperV',
      /DEMO/,
      'InvalidOperation',
      'InvalidState,SetContainer',
    ],
    [
      'HyperV with a WindowsServerCore image',
      [],
      'New-Container -Name H -ContainerImageName WindowsServerCore -RuntimeType HyperV',
      /WindowsServerCore/,
      'InvalidArgument',
      'InvalidParameter,NewContainer',
    ],
    [
      'an image nobody has',
      [],
      'New-Container -Name X -ContainerImageName Ubuntu',
      /Ubuntu/,
      'ObjectNotFound',
      'ObjectNotFound,NewContainer',
    ],
    [
      'an unknown container name',
      [],
      'Start-Container NOPE',
      /NOPE/,
      'ObjectNotFound',
      'ObjectNotFound,StartContainer',
    ],
  ];
  it.each(rows)('%s', (_name, setup, line, message, category, errorId) => {
    const c = lab();
    for (const s of setup) c.ok(s);
    const before = c.sim.getState();
    const result = c.run(line);
    expect(result.hadError).toBe(true);
    const record = onlyRecord(result.lines);
    const cmdlet = line.split(' ')[0]!;
    expect(record.message[0]!.startsWith(`${cmdlet} : `)).toBe(true);
    expect(record.message.join('\n')).toMatch(message);
    expect(record.categoryInfo).toBe(`${category}: (:) [${cmdlet}], VirtualizationException`);
    const [id, verbNoun] = errorId.split(',');
    expect(record.fullyQualifiedErrorId).toBe(`${id},${MODULE}${verbNoun}`);
    // A refusal changes nothing in the model.
    expect(c.sim.getState().containers).toEqual(before.containers);
  });

  it('module errors written by the cmdlet mark the whole command', () => {
    const line = 'Remove-Container DEMO -Force';
    const record = onlyRecord(lab().fails(line).lines);
    expect(record.char).toBe(1);
    expect(record.markLength).toBe(line.length);
  });
});

describe('parse errors', () => {
  // Parse errors put the position first, then the message (no `<Command> : ` prefix).
  it.each([
    // [name, line, message, error id, char: (the open brace; the string; just after the pipe)]
    [
      'missing }',
      "get-process | where {$_.ProcessName -eq 'csrss'",
      "Missing closing '}' in statement block or type definition.",
      'MissingEndCurlyBrace',
      21,
    ],
    [
      'unterminated string',
      'Get-Process "csrss',
      'The string is missing the terminator: ".',
      'TerminatorExpectedAtEndOfString',
      13,
    ],
    [
      'empty pipe element',
      'Get-Process | | select Name',
      'An empty pipe element is not allowed.',
      'EmptyPipeElement',
      14,
    ],
    [
      'trailing pipe',
      'Get-Process |',
      'An empty pipe element is not allowed.',
      'EmptyPipeElement',
      14,
    ],
  ])('%s', (_name, line, message, errorId, expectedChar) => {
    const c = lab();
    const before = c.sim.getState();
    const r = c.run(line);
    expect(r.hadError).toBe(true);
    expect(r.lines[0]).toMatch(/^At line:1 char:\d+$/);
    expect(r.lines[1]).toBe(`+ ${line}`);
    expect(r.lines[2]).toMatch(/^\+ *~+$/);
    expect(r.lines[3]).toBe(message);
    expect(r.lines[4]).toBe(
      '    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException',
    );
    expect(r.lines[5]).toBe(`    + FullyQualifiedErrorId : ${errorId}`);
    expect(r.lines[6]).toBe(' ');
    const char = Number(/char:(\d+)/.exec(r.lines[0]!)![1]);
    expect(r.lines[2]!.indexOf('~') - 2 + 1).toBe(char);
    expect(char).toBe(expectedChar);
    // Nothing of a line that does not parse runs.
    expect(c.sim.getState().containers).toBe(before.containers);
  });

  it('nothing before the error runs either', () => {
    const c = lab();
    const r = c.run('Stop-Container DEMO; Get-Process "oops');
    expect(r.hadError).toBe(true);
    expect(c.ok('(Get-Container DEMO).State').lines).toEqual(['Running']);
  });
});

// Duplicate names (docs/fidelity-notes.md D0–D3): New-Container no longer refuses one (TP3
// allowed them, the seed typed top to bottom creates HYPVCON twice); Enter-PSSession by a
// name two running containers share refuses with the module's 2016 text.
describe('a duplicate container name', () => {
  it('New-Container accepts it; -Name then means both', () => {
    const c = lab();
    c.ok('Stop-Container DEMO', 'New-Container -Name DEMO -ContainerImageName NanoServer');
    const demos = c.sim.getState().containers.filter((x) => x.name === 'DEMO');
    expect(demos).toHaveLength(2);
    expect(demos[0]!.containerId).not.toBe(demos[1]!.containerId);
    c.ok('Start-Container DEMO');
    expect(
      c.sim.getState().containers.filter((x) => x.name === 'DEMO' && x.state === 'Running'),
    ).toHaveLength(2);
  });
  it('Enter-PSSession by the shared name refuses: it does not resolve to one container', () => {
    const c = lab();
    c.ok(
      'Stop-Container DEMO',
      'New-Container -Name DEMO -ContainerImageName NanoServer',
      'Start-Container DEMO',
    );
    const result = c.fails('Enter-PSSession -ContainerName DEMO');
    const record = onlyRecord(result.lines);
    expect(record.message.join('\n')).toBe(
      'Enter-PSSession : The input ContainerName DEMO does not resolve to a single running ' +
        'container.',
    );
    expect(record.categoryInfo).toMatch(/^InvalidOperation: .*PSInvalidOperationException$/);
    expect(c.sim.getState().entered).toBeNull();
  });
});

describe('a pipeline finds every command before it runs any (PipelineOps.InvokePipeline)', () => {
  it.each([
    ['New-Container -Name X -ContainerImageName NanoServer | Nope-Thing', 'Nope-Thing'],
    ['Stop-Container DEMO | Write-Output | Nope', 'Nope'],
    ['docker run -d --name web microsoft/iis | Nope', 'Nope'],
  ])('%s: only the error, and the model is as it was', (line, name) => {
    const c = lab();
    const before = c.sim.getState();
    const result = c.run(line);
    expect(result.hadError).toBe(true);
    const record = onlyRecord(result.lines);
    expect(record.message[0]).toMatch(
      new RegExp(`^${name} : The term '${name}' is not recognized`),
    );
    expect(marked(line, record)).toBe(name);
    expect(c.sim.getState().containers).toBe(before.containers);
  });

  it("'hi' | Write-Output | Nope prints no hi", () => {
    const result = lab().run("'hi' | Write-Output | Nope");
    expect(result.lines.join('\n')).not.toMatch(/^hi$/m);
    expect(onlyRecord(result.lines).message[0]).toMatch(/^Nope : /);
  });
});
