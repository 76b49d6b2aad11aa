// The error catalogue: one row per PowerShell error record the shell writes. Each message is
// the resource string PowerShell formats (file and key named in the row's comment), with the
// category, exception and error id the engine attaches (docs/powershell-output.md
// "Error records"). Where the record happened (command, class, extent, name as typed) is the
// caller's ErrorSite; `errorRecord(name, site, ...args)` puts the two together.
import type { ParseError } from '../../ast.js';
import {
  buildRecord,
  engineSite,
  type ErrorRecord,
  type ErrorShape,
  type ErrorSite,
  type ErrorTarget,
} from './error-record.js';

export const GET_PROCESS_CLASS = 'Microsoft.PowerShell.Commands.GetProcessCommand';

/** The remoting cmdlets that open a container runspace, and their classes. */
export const REMOTING_CLASSES = {
  'Enter-PSSession': 'Microsoft.PowerShell.Commands.EnterPSSessionCommand',
  'Invoke-Command': 'Microsoft.PowerShell.Commands.InvokeCommandCommand',
} as const;

interface Row<A extends readonly unknown[]> {
  readonly shape: ErrorShape;
  readonly message: (...args: A) => string;
  readonly target?: (...args: A) => ErrorTarget;
}

const row = <A extends readonly unknown[]>(
  shape: ErrorShape,
  message: (...args: A) => string,
  target?: (...args: A) => ErrorTarget,
): Row<A> => (target ? { shape, message, target } : { shape, message });

/** A ParameterBindingException: no target; InvalidArgument, or InvalidData for validation. */
const binding = (errorId: string): ErrorShape => ({
  category: 'InvalidArgument',
  exceptionType: 'ParameterBindingException',
  errorId,
});
const validation = (errorId: string): ErrorShape => ({
  category: 'InvalidData',
  exceptionType: 'ParameterBindingValidationException',
  errorId,
});
const asString = (name: string): ErrorTarget => ({ name, type: 'String' });

export const ERRORS = {
  // DiscoveryExceptions.resx CommandNotFoundException. Site: engineSite(name's extent, name).
  commandNotFound: row(
    {
      category: 'ObjectNotFound',
      exceptionType: 'CommandNotFoundException',
      errorId: 'CommandNotFoundException',
    },
    (name: string) =>
      `The term '${name}' is not recognized as the name of a cmdlet, function, script file, ` +
      'or operable program. Check the spelling of the name, or if a path was included, ' +
      'verify that the path is correct and try again.',
    (name: string) => asString(name),
  ),
  // ParameterBinderStrings.resx NamedParameterNotFound ({1}: the name typed, no dash).
  // Mark the parameter token with its dash.
  namedParameterNotFound: row(
    binding('NamedParameterNotFound'),
    (typed: string) => `A parameter cannot be found that matches parameter name '${typed}'.`,
  ),
  // ParameterBinderStrings.resx AmbiguousParameter ({6}: ` -Name` per match, metadata order).
  ambiguousParameter: row(
    binding('AmbiguousParameter'),
    (typed: string, matches: readonly string[]) =>
      `Parameter cannot be processed because the parameter name '${typed}' is ambiguous. ` +
      `Possible matches include:${matches.map((m) => ` -${m}`).join('')}.`,
  ),
  // ParameterBinderStrings.resx ParameterArgumentValidationErrorNullNotAllowed. Mark the argument.
  nullNotAllowed: row(
    validation('ParameterArgumentValidationErrorNullNotAllowed'),
    (parameter: string) => `Cannot bind argument to parameter '${parameter}' because it is null.`,
  ),
  // ParameterBinderStrings.resx ParameterArgumentValidationError with Metadata.resx
  // ValidateNotNullOrEmptyFailure as {6}. Mark the argument.
  validateNotNullOrEmpty: row(
    validation('ParameterArgumentValidationError'),
    (parameter: string) =>
      `Cannot validate argument on parameter '${parameter}'. The argument is null or empty. ` +
      'Provide an argument that is not null or empty, and then try the command again.',
  ),
  // ParameterBinderStrings.resx MissingArgument ({2}: the .NET type name, `System.String`).
  missingArgument: row(
    binding('MissingArgument'),
    (parameter: string, typeName: string) =>
      `Missing an argument for parameter '${parameter}'. ` +
      `Specify a parameter of type '${typeName}' and try again.`,
  ),
  // ParameterBinderStrings.resx ParameterAlreadyBound. Mark the parameter token.
  parameterAlreadyBound: row(
    binding('ParameterAlreadyBound'),
    (parameter: string) =>
      `Cannot bind parameter because parameter '${parameter}' is specified more than once. ` +
      'To provide multiple values to parameters that can accept multiple values, use the ' +
      'array syntax. For example, "-parameter value1,value2,value3".',
  ),
  // ParameterBinderStrings.resx MissingMandatoryParameter: PowerShell prompts for them; a
  // non-interactive host reports them. Mark the whole command.
  missingMandatory: row(
    binding('MissingMandatoryParameter'),
    (parameters: readonly string[]) =>
      'Cannot process command because of one or more missing mandatory parameters: ' +
      `${parameters.join(' ')}.`,
  ),
  // ParameterBinderStrings CannotConvertArgumentNoMessage with the format error. Mark the
  // argument.
  cannotConvertArgument: row(
    binding('CannotConvertArgumentNoMessage'),
    (parameter: string, shown: string, typeName: string) =>
      `Cannot bind parameter '${parameter}'. Cannot convert value "${shown}" to type ` +
      `"${typeName}". Error: "Input string was not in a correct format."`,
  ),
  // ParameterBinderStrings.resx PositionalParameterNotFound (PowerShell 5 marks the command).
  positionalNotFound: row(
    binding('PositionalParameterNotFound'),
    (argument: string) =>
      `A positional parameter cannot be found that accepts argument '${argument}'.`,
  ),
  // ParameterBinderStrings.resx AmbiguousParameterSet. Mark the whole command.
  ambiguousParameterSet: row(
    binding('AmbiguousParameterSet'),
    () => 'Parameter set cannot be resolved using the specified named parameters.',
  ),
  // ParameterBinderStrings CannotConvertArgumentNoMessage around ExtendedTypeSystem
  // EnumFromStringConversion: the names follow a NEW LINE, joined by `, `. Mark the argument.
  enumConversion: row(
    binding('CannotConvertArgumentNoMessage'),
    (parameter: string, value: string, enumType: string, names: readonly string[]) =>
      `Cannot bind parameter '${parameter}'. Cannot convert value "${value}" to type ` +
      `"${enumType}". Error: "Unable to match the identifier name ${value} to a valid ` +
      'enumerator name. Specify one of the following enumerator names and try again:\n' +
      `${names.join(', ')}"`,
  ),
  // ProcessResources.resx NoProcessFoundForGivenName. Get-Process writes it itself, so the
  // whole command is marked.
  processNotFoundByName: row(
    {
      category: 'ObjectNotFound',
      exceptionType: 'ProcessCommandException',
      errorId: 'NoProcessFoundForGivenName',
    },
    (name: string) =>
      `Cannot find a process with the name "${name}". ` +
      'Verify the process name and call the cmdlet again.',
    (name: string) => asString(name),
  ),
  // ProcessResources.resx NoProcessFoundForGivenId. Whole command marked.
  processNotFoundById: row(
    {
      category: 'ObjectNotFound',
      exceptionType: 'ProcessCommandException',
      errorId: 'NoProcessFoundForGivenId',
    },
    (id: number) => `Cannot find a process with the process identifier ${id}.`,
    (id: number) => ({ name: String(id), type: 'Int32' }),
  ),
  // RemotingErrorIdStrings.resx InvalidContainerId / InvalidContainerName, thrown by
  // PushRunspaceCommand as PSInvalidOperationException. Whole command marked.
  containerNotRunning: row(
    {
      category: 'InvalidOperation',
      exceptionType: 'PSInvalidOperationException',
      errorId: 'CreateRemoteRunspaceForContainerFailed',
    },
    (by: 'ContainerId' | 'ContainerName', value: string) =>
      `The input ${by} ${value} does not exist, or the corresponding container is not running.`,
  ),
  // The 2016 remoting text for a name two running containers share (reference-quickstarts.md,
  // duplicate names; docs/fidelity-notes.md D0–D3). Record as containerNotRunning's.
  containerNameAmbiguous: row(
    {
      category: 'InvalidOperation',
      exceptionType: 'PSInvalidOperationException',
      errorId: 'CreateRemoteRunspaceForContainerFailed',
    },
    (name: string) =>
      `The input ContainerName ${name} does not resolve to a single running container.`,
  ),
  // Enter-PSSession inside a session (RemotingErrorIdStrings
  // RemoteHostDoesNotSupportPushRunspace, as consoles print it).
  nestedSession: row(
    {
      category: 'InvalidArgument',
      exceptionType: 'ArgumentException',
      errorId: 'RemoteHostDoesNotSupportPushRunspace',
    },
    () =>
      'You are currently in a Windows PowerShell PSSession and cannot use the ' +
      'Enter-PSSession cmdlet to enter another PSSession.',
  ),
  // Invoke-Command -ContainerName inside a container: no Containers feature to reach others
  // through; the record of containerNotRunning with this message.
  containersNotEnabled: row(
    {
      category: 'InvalidOperation',
      exceptionType: 'PSInvalidOperationException',
      errorId: 'CreateRemoteRunspaceForContainerFailed',
    },
    () => 'The Containers feature may not be enabled on this machine.',
  ),
  // `Get-Process | $x`: the ExpressionsMustBeFirstInPipeline parse error.
  expressionsMustBeFirst: row(
    {
      kind: 'parse',
      category: 'ParserError',
      exceptionType: 'ParentContainsErrorRecordException',
      errorId: 'ExpressionsMustBeFirstInPipeline',
    },
    () => 'Expressions are only allowed as the first element of a pipeline.',
  ),
  // isolab's own record for a real TP4 command the lab does not model (docs/fidelity-notes.md
  // Q1): never "not recognized", since the command existed. Whole command marked.
  notSimulated: row(
    {
      category: 'NotImplemented',
      exceptionType: 'PSNotSupportedException',
      errorId: 'NotSimulatedByIsolab',
    },
    (name: string, module: string) =>
      `${name} is part of TP4's ${module} module, but isolab does not simulate it. ` +
      "isolab's README lists what the simulated console understands.",
  ),
  // Script blocks nested past the simulator's limit (PowerShell's own limit is the stack).
  callDepthOverflow: row(
    {
      category: 'InvalidOperation',
      exceptionType: 'ParentContainsErrorRecordException',
      errorId: 'CallDepthOverflow',
    },
    () => 'The script failed due to call depth overflow.',
  ),
  // isolab's own budgets (docs/terminal-safety.md §6), shaped as PowerShell's engine errors
  // are. `limit` names the limit and its size. Site: engineSite(the whole line).
  limitExceeded: row(
    {
      category: 'LimitsExceeded',
      exceptionType: 'PSInvalidOperationException',
      errorId: 'IsolabLimitExceeded',
    },
    (limit: string) =>
      `The command was stopped because it reached isolab's ${limit}. ` +
      'See the security notes in README.md.',
  ),
} as const;

export type ErrorName = keyof typeof ERRORS;
type ArgsOf<K extends ErrorName> = Parameters<(typeof ERRORS)[K]['message']>;

/** The record of catalogue row `name`, written at `site`. */
export function errorRecord<K extends ErrorName>(
  name: K,
  site: ErrorSite,
  ...args: ArgsOf<K>
): ErrorRecord {
  const entry = ERRORS[name] as unknown as Row<ArgsOf<K>>;
  return buildRecord(entry.shape, site, entry.message(...args), entry.target?.(...args));
}

/** Where a cmdlet writes an error: its real name in [ ], its class after the error id. */
export function cmdletSite(
  cmdlet: { readonly name: string; readonly className: string },
  extent: ErrorSite['extent'],
  invocationName?: string,
): ErrorSite {
  return { command: cmdlet.name, className: cmdlet.className, extent, invocationName };
}

/** A ParseException: the parser's own error id and message, no target or activity. */
export function parseError(error: ParseError): ErrorRecord {
  const shape: ErrorShape = {
    kind: 'parse',
    category: 'ParserError',
    exceptionType: 'ParentContainsErrorRecordException',
    errorId: error.errorId,
  };
  return buildRecord(shape, engineSite(error.extent), error.message);
}

/** A runtime exception in an expression (division by zero, a bad regular expression). */
export function runtimeError(
  message: string,
  errorId: string,
  extent: ErrorSite['extent'],
): ErrorRecord {
  const shape = { category: 'NotSpecified', exceptionType: 'RuntimeException', errorId };
  return buildRecord(shape, engineSite(extent), message);
}
