// Error records: every sample of docs/reference-windows-containers.md §7.2 / §7.8 line by line,
// each template, and the position-message rules.
import { describe, expect, it } from 'vitest';
import type { Extent } from '../../../src/shell/ast.js';
import {
  categoryInfo,
  ellipsize,
  formatErrorRecord,
  positionMessage,
} from '../../../src/shell/format/error-record.js';
import type { ErrorRecord } from '../../../src/shell/runtime/errors/error-record.js';
import {
  cmdletSite,
  errorRecord,
  parseError,
  REMOTING_CLASSES,
} from '../../../src/shell/runtime/errors/catalogue.js';
import { buildRecord, engineSite } from '../../../src/shell/runtime/errors/error-record.js';

const GET_PROCESS = 'Microsoft.PowerShell.Commands.GetProcessCommand';
const ENTER = 'Microsoft.PowerShell.Commands.EnterPSSessionCommand';
const START = 'Microsoft.Containers.PowerShell.Cmdlets.StartContainer';

const site = (command: string, className: string, extent: Extent, typed?: string) =>
  cmdletSite({ name: command, className }, extent, typed);

/** The catalogue's rows called as each test names them. */
const t = {
  commandNotFound: (name: string, extent: Extent) =>
    errorRecord('commandNotFound', engineSite(extent, name), name),
  namedParameterNotFound: (cmd: string, cls: string, typed: string, at: Extent, inv?: string) =>
    errorRecord('namedParameterNotFound', site(cmd, cls, at, inv), typed),
  ambiguousParameter: (cmd: string, cls: string, typed: string, all: string[], at: Extent) =>
    errorRecord('ambiguousParameter', site(cmd, cls, at), typed, all),
  validateNotNullOrEmpty: (cmd: string, cls: string, parameter: string, at: Extent) =>
    errorRecord('validateNotNullOrEmpty', site(cmd, cls, at), parameter),
  nullNotAllowed: (cmd: string, cls: string, parameter: string, at: Extent) =>
    errorRecord('nullNotAllowed', site(cmd, cls, at), parameter),
  missingArgument: (cmd: string, cls: string, parameter: string, type: string, at: Extent) =>
    errorRecord('missingArgument', site(cmd, cls, at), parameter, type),
  positionalNotFound: (cmd: string, cls: string, argument: string, at: Extent) =>
    errorRecord('positionalNotFound', site(cmd, cls, at), argument),
  ambiguousParameterSet: (cmd: string, cls: string, at: Extent) =>
    errorRecord('ambiguousParameterSet', site(cmd, cls, at)),
  enumConversion: (
    cmd: string,
    cls: string,
    parameter: string,
    value: string,
    enumType: string,
    names: string[],
    at: Extent,
  ) => errorRecord('enumConversion', site(cmd, cls, at), parameter, value, enumType, names),
  processNotFoundByName: (name: string, at: Extent, inv?: string) =>
    errorRecord('processNotFoundByName', site('Get-Process', GET_PROCESS, at, inv), name),
  processNotFoundById: (id: number, at: Extent) =>
    errorRecord('processNotFoundById', site('Get-Process', GET_PROCESS, at), id),
  containerNotRunning: (
    by: 'ContainerId' | 'ContainerName',
    value: string,
    at: Extent,
    command: keyof typeof REMOTING_CLASSES = 'Enter-PSSession',
  ) => errorRecord('containerNotRunning', site(command, REMOTING_CLASSES[command], at), by, value),
  /** A record the Containers module writes itself, with the class from its VerbNoun. */
  moduleError: (
    verbNoun: string,
    message: string,
    category: string,
    errorId: string,
    at: Extent,
    target: { targetName?: string; targetType?: string } = {},
  ) =>
    buildRecord(
      { category, exceptionType: 'VirtualizationException', errorId },
      site(verbNoun, `Microsoft.Containers.PowerShell.Cmdlets.${verbNoun.replace(/-/g, '')}`, at),
      message,
      { name: target.targetName ?? '', type: target.targetType ?? '' },
    ),
  parseError,
};

/** The extent of `needle` in `line` (first occurrence). */
function span(line: string, needle: string): Extent {
  const start = line.indexOf(needle);
  if (start < 0) throw new Error(`${needle} not in ${line}`);
  return { start, end: start + needle.length };
}
const whole = (line: string): Extent => ({ start: 0, end: line.length });

interface Sample {
  readonly name: string;
  readonly input: string;
  readonly record: ErrorRecord;
  readonly expected: readonly string[];
}

const ENTER_LINE = 'Enter-PSSession -ContainerId $con.ContainerId -RunAsAdministrator';

const SAMPLES: Sample[] = [
  {
    name: 'unknown cmdlet',
    input: 'Get-Contaner',
    record: t.commandNotFound('Get-Contaner', { start: 0, end: 12 }),
    expected: [
      "Get-Contaner : The term 'Get-Contaner' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
      'At line:1 char:1',
      '+ Get-Contaner',
      '+ ~~~~~~~~~~~~',
      '    + CategoryInfo          : ObjectNotFound: (Get-Contaner:String) [], CommandNotFoundException',
      '    + FullyQualifiedErrorId : CommandNotFoundException',
      ' ',
    ],
  },
  {
    name: 'unknown parameter',
    input: 'Get-Process -Foo',
    record: t.namedParameterNotFound(
      'Get-Process',
      GET_PROCESS,
      'Foo',
      span('Get-Process -Foo', '-Foo'),
    ),
    expected: [
      "Get-Process : A parameter cannot be found that matches parameter name 'Foo'.",
      'At line:1 char:13',
      '+ Get-Process -Foo',
      '+             ~~~~',
      '    + CategoryInfo          : InvalidArgument: (:) [Get-Process], ParameterBindingException',
      '    + FullyQualifiedErrorId : NamedParameterNotFound,Microsoft.PowerShell.Commands.GetProcessCommand',
      ' ',
    ],
  },
  {
    name: 'ambiguous parameter',
    input: 'Get-Process -I 4',
    record: t.ambiguousParameter(
      'Get-Process',
      GET_PROCESS,
      'I',
      ['Id', 'InputObject', 'IncludeUserName', 'InformationAction', 'InformationVariable'],
      span('Get-Process -I 4', '-I'),
    ),
    expected: [
      "Get-Process : Parameter cannot be processed because the parameter name 'I' is ambiguous. Possible matches include: -Id -InputObject -IncludeUserName -InformationAction -InformationVariable.",
      'At line:1 char:13',
      '+ Get-Process -I 4',
      '+             ~~',
      '    + CategoryInfo          : InvalidArgument: (:) [Get-Process], ParameterBindingException',
      '    + FullyQualifiedErrorId : AmbiguousParameter,Microsoft.PowerShell.Commands.GetProcessCommand',
      ' ',
    ],
  },
  {
    name: 'null or empty ContainerId (ValidateNotNullOrEmpty)',
    input: ENTER_LINE,
    record: t.validateNotNullOrEmpty(
      'Enter-PSSession',
      ENTER,
      'ContainerId',
      span(ENTER_LINE, '$con.ContainerId'),
    ),
    expected: [
      "Enter-PSSession : Cannot validate argument on parameter 'ContainerId'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.",
      'At line:1 char:30',
      '+ Enter-PSSession -ContainerId $con.ContainerId -RunAsAdministrator',
      '+                              ~~~~~~~~~~~~~~~~',
      '    + CategoryInfo          : InvalidData: (:) [Enter-PSSession], ParameterBindingValidationException',
      '    + FullyQualifiedErrorId : ParameterArgumentValidationError,Microsoft.PowerShell.Commands.EnterPSSessionCommand',
      ' ',
    ],
  },
  {
    name: 'null bound to a mandatory parameter (Start-Container $con)',
    input: 'Start-Container $con',
    record: t.nullNotAllowed(
      'Start-Container',
      START,
      'Name',
      span('Start-Container $con', '$con'),
    ),
    expected: [
      "Start-Container : Cannot bind argument to parameter 'Name' because it is null.",
      'At line:1 char:17',
      '+ Start-Container $con',
      '+                 ~~~~',
      '    + CategoryInfo          : InvalidData: (:) [Start-Container], ParameterBindingValidationException',
      '    + FullyQualifiedErrorId : ParameterArgumentValidationErrorNullNotAllowed,Microsoft.Containers.PowerShell.Cmdlets.StartContainer',
      ' ',
    ],
  },
  {
    name: 'container not running (whole command underlined)',
    input: ENTER_LINE,
    record: t.containerNotRunning(
      'ContainerId',
      '239def76-d29a-405e-ab64-765fb4de9176',
      whole(ENTER_LINE),
    ),
    expected: [
      'Enter-PSSession : The input ContainerId 239def76-d29a-405e-ab64-765fb4de9176 does not exist, or the corresponding container is not running.',
      'At line:1 char:1',
      '+ Enter-PSSession -ContainerId $con.ContainerId -RunAsAdministrator',
      '+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      '    + CategoryInfo          : InvalidOperation: (:) [Enter-PSSession], PSInvalidOperationException',
      '    + FullyQualifiedErrorId : CreateRemoteRunspaceForContainerFailed,Microsoft.PowerShell.Commands.EnterPSSessionCommand',
      ' ',
    ],
  },
  {
    name: 'module-style start failure (TP5 sample, multi-line message)',
    input: 'Start-Container test2',
    record: t.moduleError(
      'Start-Container',
      [
        "'test2' failed to start.",
        "'test2' failed to start: This operation returned because the timeout period expired. (0x800705B4).",
        "'test2' failed to start. (Container ID 133E9DBB-CA23-4473-B49C-441C60ADCE44)",
        "'test2' failed to start: This operation returned because the timeout period expired. (0x800705B4). (Container ID",
        '133E9DBB-CA23-4473-B49C-441C60ADCE44)',
      ].join('\n'),
      'OperationTimeout',
      'OperationTimeout',
      whole('Start-Container test2'),
    ),
    expected: [
      "Start-Container : 'test2' failed to start.",
      "'test2' failed to start: This operation returned because the timeout period expired. (0x800705B4).",
      "'test2' failed to start. (Container ID 133E9DBB-CA23-4473-B49C-441C60ADCE44)",
      "'test2' failed to start: This operation returned because the timeout period expired. (0x800705B4). (Container ID",
      '133E9DBB-CA23-4473-B49C-441C60ADCE44)',
      'At line:1 char:1',
      '+ Start-Container test2',
      '+ ~~~~~~~~~~~~~~~~~~~~~',
      '    + CategoryInfo          : OperationTimeout: (:) [Start-Container], VirtualizationException',
      '    + FullyQualifiedErrorId : OperationTimeout,Microsoft.Containers.PowerShell.Cmdlets.StartContainer',
      ' ',
    ],
  },
  {
    name: 'Get-Process -Name ping, none found (docs/reference-windows-containers.md §7.2; typed name as prefix)',
    input: 'get-process -Name ping',
    record: t.processNotFoundByName('ping', whole('get-process -Name ping'), 'get-process'),
    expected: [
      'get-process : Cannot find a process with the name "ping". Verify the process name and call the cmdlet again.',
      'At line:1 char:1',
      '+ get-process -Name ping',
      '+ ~~~~~~~~~~~~~~~~~~~~~~',
      '    + CategoryInfo          : ObjectNotFound: (ping:String) [Get-Process], ProcessCommandException',
      '    + FullyQualifiedErrorId : NoProcessFoundForGivenName,Microsoft.PowerShell.Commands.GetProcessCommand',
      ' ',
    ],
  },
];

describe('docs/reference-windows-containers.md error samples, line by line', () => {
  it.each(SAMPLES.map((s) => [s.name, s] as const))('%s', (_name, sample) => {
    expect(formatErrorRecord(sample.record, sample.input)).toEqual(sample.expected);
  });
});

describe('templates', () => {
  const ext: Extent = { start: 0, end: 3 };
  it.each<[string, ErrorRecord, Partial<ErrorRecord>]>([
    [
      'missingArgument',
      t.missingArgument('Get-Process', GET_PROCESS, 'Name', 'System.String[]', ext),
      {
        message:
          "Missing an argument for parameter 'Name'. Specify a parameter of type 'System.String[]' and try again.",
        category: 'InvalidArgument',
        exceptionType: 'ParameterBindingException',
        fullyQualifiedErrorId: `MissingArgument,${GET_PROCESS}`,
        activity: 'Get-Process',
      },
    ],
    [
      'positionalNotFound',
      t.positionalNotFound('Get-Process', GET_PROCESS, 'x', ext),
      {
        message: "A positional parameter cannot be found that accepts argument 'x'.",
        category: 'InvalidArgument',
        fullyQualifiedErrorId: `PositionalParameterNotFound,${GET_PROCESS}`,
      },
    ],
    [
      'ambiguousParameterSet',
      t.ambiguousParameterSet('Get-Process', GET_PROCESS, ext),
      {
        message: 'Parameter set cannot be resolved using the specified named parameters.',
        fullyQualifiedErrorId: `AmbiguousParameterSet,${GET_PROCESS}`,
      },
    ],
    [
      'enumConversion',
      t.enumConversion(
        'New-Container',
        'Microsoft.Containers.PowerShell.Cmdlets.NewContainer',
        'RuntimeType',
        'Foo',
        'Microsoft.Containers.PowerShell.Objects.RuntimeType',
        ['Default', 'HyperV'],
        ext,
      ),
      {
        message:
          'Cannot bind parameter \'RuntimeType\'. Cannot convert value "Foo" to type "Microsoft.Containers.PowerShell.Objects.RuntimeType". Error: "Unable to match the identifier name Foo to a valid enumerator name. Specify one of the following enumerator names and try again:\nDefault, HyperV"',
        category: 'InvalidArgument',
        exceptionType: 'ParameterBindingException',
        fullyQualifiedErrorId:
          'CannotConvertArgumentNoMessage,Microsoft.Containers.PowerShell.Cmdlets.NewContainer',
      },
    ],
    [
      'processNotFoundById',
      t.processNotFoundById(99999, ext),
      {
        commandName: 'Get-Process',
        message: 'Cannot find a process with the process identifier 99999.',
        category: 'ObjectNotFound',
        targetName: '99999',
        targetType: 'Int32',
        exceptionType: 'ProcessCommandException',
        fullyQualifiedErrorId: `NoProcessFoundForGivenId,${GET_PROCESS}`,
      },
    ],
    [
      'containerNotRunning by name, from Invoke-Command',
      t.containerNotRunning('ContainerName', 'WINCONT', ext, 'Invoke-Command'),
      {
        commandName: 'Invoke-Command',
        activity: 'Invoke-Command',
        message:
          'The input ContainerName WINCONT does not exist, or the corresponding container is not running.',
        fullyQualifiedErrorId:
          'CreateRemoteRunspaceForContainerFailed,Microsoft.PowerShell.Commands.InvokeCommandCommand',
      },
    ],
    [
      'moduleError builds the class from VerbNoun',
      t.moduleError('Remove-Container', 'msg', 'InvalidOperation', 'InvalidState', ext, {
        targetName: 'TST',
      }),
      {
        commandName: 'Remove-Container',
        activity: 'Remove-Container',
        targetName: 'TST',
        exceptionType: 'VirtualizationException',
        fullyQualifiedErrorId:
          'InvalidState,Microsoft.Containers.PowerShell.Cmdlets.RemoveContainer',
      },
    ],
    [
      'an alias typed: the prefix is the invocation name, the activity the cmdlet',
      t.namedParameterNotFound('Get-Process', GET_PROCESS, 'Foo', ext, 'gps'),
      { commandName: 'gps', activity: 'Get-Process' },
    ],
    [
      'parseError',
      t.parseError({ errorId: 'MissingEndCurlyBrace', message: 'Missing closing', extent: ext }),
      {
        kind: 'parse',
        category: 'ParserError',
        exceptionType: 'ParentContainsErrorRecordException',
        fullyQualifiedErrorId: 'MissingEndCurlyBrace',
        activity: '',
      },
    ],
  ])('%s', (_name, record, expected) => {
    expect(record).toMatchObject(expected);
  });

  it('the enum conversion message prints on two lines after the prefix', () => {
    const line = 'New-Container -Name X -RuntimeType Foo';
    const record = t.enumConversion(
      'New-Container',
      'Microsoft.Containers.PowerShell.Cmdlets.NewContainer',
      'RuntimeType',
      'Foo',
      'Microsoft.Containers.PowerShell.Objects.RuntimeType',
      ['Default', 'HyperV'],
      span(line, 'Foo'),
    );
    const lines = formatErrorRecord(record, line);
    expect(lines[0]).toMatch(
      /^New-Container : Cannot bind parameter 'RuntimeType'\. .*try again:$/,
    );
    expect(lines.slice(1, 5)).toEqual([
      'Default, HyperV"',
      'At line:1 char:36',
      `+ ${line}`,
      `+ ${' '.repeat(35)}~~~`,
    ]);
  });
});

describe('parse errors', () => {
  it('position first, then the message, no prefix', () => {
    const record = t.parseError({
      errorId: 'MissingEndCurlyBrace',
      message: "Missing closing '}' in statement block or type definition.",
      extent: { start: 6, end: 6 },
    });
    expect(formatErrorRecord(record, 'where {')).toEqual([
      'At line:1 char:7',
      '+ where {',
      '+       ~',
      "Missing closing '}' in statement block or type definition.",
      '    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException',
      '    + FullyQualifiedErrorId : MissingEndCurlyBrace',
      ' ',
    ]);
  });
});

describe('positionMessage', () => {
  it.each<[string, string, Extent, string[]]>([
    [
      'zero-length extent shows one tilde',
      'Get-Process',
      { start: 3, end: 3 },
      ['At line:1 char:4', '+ Get-Process', '+    ~'],
    ],
    [
      'extent at the end of the line',
      'a b',
      { start: 3, end: 3 },
      ['At line:1 char:4', '+ a b', '+    ~'],
    ],
    [
      'tabs expand to four blanks',
      'a\tb -Foo',
      { start: 4, end: 8 },
      ['At line:1 char:5', '+ a    b -Foo', '+        ~~~~'],
    ],
    [
      'trailing blanks of the line are dropped',
      'Get-Process -Foo   ',
      { start: 12, end: 16 },
      ['At line:1 char:13', '+ Get-Process -Foo', '+             ~~~~'],
    ],
    ['a blank line', '   ', { start: 0, end: 0 }, ['At line:1 char:1', '+ ']],
    [
      'second line of a multi-line input',
      'Get-Process\nGet-Process -Foo',
      { start: 24, end: 28 },
      ['At line:2 char:13', '+ Get-Process -Foo', '+             ~~~~'],
    ],
    [
      'an extent running past its line is marked to the end of the line',
      'ab {\ncd }',
      { start: 3, end: 9 },
      ['At line:1 char:4', '+ ab {', '+    ~'],
    ],
    [
      'out-of-range offsets are clamped',
      'abc',
      { start: 10, end: 20 },
      ['At line:1 char:4', '+ abc', '+    ~'],
    ],
  ])('%s', (_name, input, extent, expected) => {
    expect(positionMessage(extent, input)).toEqual(expected);
  });

  it('lineNumber offsets the line shown', () => {
    expect(positionMessage({ start: 0, end: 1 }, 'x', 7)[0]).toBe('At line:7 char:1');
  });

  describe('lines longer than 69 characters show a 69-character window', () => {
    const long =
      'Get-Container | Select Name, RuntimeType, ContainerId, State, Uptime, ParentImageName | Where-Object -Foo';
    it('error near the end: `... ` before, context of 12+ characters kept', () => {
      const lines = positionMessage(span(long, '-Foo'), long);
      expect(lines[0]).toBe(`At line:1 char:${long.indexOf('-Foo') + 1}`);
      expect(lines[1]).toBe(`+ ... ${long.slice(long.length - 69)}`);
      expect(lines[2]).toBe(`+ ${' '.repeat(4 + 65)}~~~~`);
    });
    it('whole long command: cut at 69 with ` ...`, 69 tildes', () => {
      const lines = positionMessage(whole(long), long);
      expect(lines[1]).toBe(`+ ${long.slice(0, 69)} ...`);
      expect(lines[2]).toBe(`+ ${'~'.repeat(69)}`);
    });
    it('error at the start: text after it is cut with ` ...`', () => {
      const lines = positionMessage({ start: 0, end: 13 }, long);
      expect(lines[1]).toBe(`+ ${long.slice(0, 69)} ...`);
      expect(lines[2]).toBe(`+ ${'~'.repeat(13)}`);
    });
    it('error in the middle: both sides cut', () => {
      const middle = `${'a'.repeat(60)} -Foo ${'b'.repeat(60)}`;
      const lines = positionMessage(span(middle, '-Foo'), middle);
      const shown = lines[1] ?? '';
      expect(shown.startsWith('+ ... ')).toBe(true);
      expect(shown.endsWith(' ...')).toBe(true);
      expect(shown.length).toBe(2 + 4 + 69 + 4);
      const tildeAt = (lines[2] ?? '').indexOf('~');
      expect(shown.slice(tildeAt, tildeAt + 4)).toBe('-Foo');
    });
  });
});

describe('CategoryInfo', () => {
  it('ellipsizes target and type beyond 40 characters: first 15 … last 15', () => {
    const id = 'd273c80b6ec1c461159074f4ccc0be0793cfedb02ab2f25225512a21e254646d';
    expect(ellipsize(id)).toBe('d273c80b6ec1c46...5512a21e254646d');
    expect(ellipsize(id)).toBe(`${id.slice(0, 15)}...${id.slice(-15)}`);
    expect(ellipsize('x'.repeat(40))).toBe('x'.repeat(40));
    const record = t.moduleError(
      'Stop-Container',
      'm',
      'ObjectNotFound',
      'ObjectNotFound',
      { start: 0, end: 1 },
      {
        targetName: id,
        targetType: 'String',
      },
    );
    expect(categoryInfo(record)).toBe(
      `ObjectNotFound: (${id.slice(0, 15)}...${id.slice(-15)}:String) [Stop-Container], VirtualizationException`,
    );
  });
  it('a record without command name has no prefix', () => {
    const record: ErrorRecord = {
      ...t.commandNotFound('x', { start: 0, end: 1 }),
      commandName: '',
    };
    expect(formatErrorRecord(record, 'x')[0]).toBe(record.message);
  });
});
