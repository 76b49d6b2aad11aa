// Builders for the standard PowerShell error records. Each message is the resource string
// PowerShell formats (file and key cited), with the category, exception and error id the
// engine attaches. `invocationName` is the command as typed (`gps`, `get-process`): NormalView
// prints it as the record's prefix, while the activity in [ ] is always the real name.
import type { Extent, ParseError } from '../../ast.js';
import type { ErrorRecord } from '../../format/error-record.js';

const GET_PROCESS_CLASS = 'Microsoft.PowerShell.Commands.GetProcessCommand';
const MODULE_CLASS_PREFIX = 'Microsoft.Containers.PowerShell.Cmdlets.';

const REMOTING_CLASSES: Readonly<Record<string, string>> = {
  'Enter-PSSession': 'Microsoft.PowerShell.Commands.EnterPSSessionCommand',
  'Invoke-Command': 'Microsoft.PowerShell.Commands.InvokeCommandCommand',
};

interface CommandErrorParts {
  readonly command: string;
  readonly invocationName?: string | undefined;
  readonly message: string;
  readonly extent: Extent;
  readonly category: string;
  readonly targetName?: string;
  readonly targetType?: string;
  readonly exceptionType: string;
  readonly fullyQualifiedErrorId: string;
}

function commandError(parts: CommandErrorParts): ErrorRecord {
  return {
    kind: 'command',
    commandName: parts.invocationName ?? parts.command,
    message: parts.message,
    extent: parts.extent,
    category: parts.category,
    targetName: parts.targetName ?? '',
    targetType: parts.targetType ?? '',
    activity: parts.command,
    exceptionType: parts.exceptionType,
    fullyQualifiedErrorId: parts.fullyQualifiedErrorId,
  };
}

/** A ParameterBindingException (parameter binder errors: no target, InvalidArgument unless said). */
function bindingError(
  cmd: string,
  cmdClass: string,
  errorId: string,
  message: string,
  extent: Extent,
  invocationName: string | undefined,
  validation = false,
): ErrorRecord {
  return commandError({
    command: cmd,
    invocationName,
    message,
    extent,
    category: validation ? 'InvalidData' : 'InvalidArgument',
    exceptionType: validation ? 'ParameterBindingValidationException' : 'ParameterBindingException',
    fullyQualifiedErrorId: `${errorId},${cmdClass}`,
  });
}

/**
 * DiscoveryExceptions.resx CommandNotFoundException: `The term '{0}' is not recognized as the
 * name of a cmdlet, …`. ObjectNotFound, target = the name (String), no activity, error id
 * CommandNotFoundException with no class. Mark the command name.
 */
export function commandNotFound(name: string, extent: Extent): ErrorRecord {
  return {
    kind: 'command',
    commandName: name,
    message: `The term '${name}' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
    extent,
    category: 'ObjectNotFound',
    targetName: name,
    targetType: 'String',
    activity: '',
    exceptionType: 'CommandNotFoundException',
    fullyQualifiedErrorId: 'CommandNotFoundException',
  };
}

/**
 * ParameterBinderStrings.resx NamedParameterNotFound: `A parameter cannot be found that
 * matches parameter name '{1}'.` — {1} is the name typed, without its dash. Mark the
 * parameter token with its dash (`Get-Process -Foo` → char:13, four tildes).
 */
export function namedParameterNotFound(
  cmd: string,
  cmdClass: string,
  paramTyped: string,
  extent: Extent,
  invocationName?: string,
): ErrorRecord {
  return bindingError(
    cmd,
    cmdClass,
    'NamedParameterNotFound',
    `A parameter cannot be found that matches parameter name '${paramTyped}'.`,
    extent,
    invocationName,
  );
}

/**
 * ParameterBinderStrings.resx AmbiguousParameter: `Parameter cannot be processed because the
 * parameter name '{1}' is ambiguous. Possible matches include:{6}.` — {6} is ` -Name` for
 * each match, in metadata order. Mark the parameter token.
 */
export function ambiguousParameter(
  cmd: string,
  cmdClass: string,
  typed: string,
  matches: readonly string[],
  extent: Extent,
  invocationName?: string,
): ErrorRecord {
  const list = matches.map((m) => ` -${m}`).join('');
  return bindingError(
    cmd,
    cmdClass,
    'AmbiguousParameter',
    `Parameter cannot be processed because the parameter name '${typed}' is ambiguous. Possible matches include:${list}.`,
    extent,
    invocationName,
  );
}

/**
 * ParameterBinderStrings.resx ParameterArgumentValidationErrorNullNotAllowed: `Cannot bind
 * argument to parameter '{1}' because it is null.` InvalidData,
 * ParameterBindingValidationException. Mark the argument (`Start-Container $con` → `$con`).
 */
export function nullNotAllowed(
  cmd: string,
  cmdClass: string,
  paramName: string,
  extent: Extent,
  invocationName?: string,
): ErrorRecord {
  return bindingError(
    cmd,
    cmdClass,
    'ParameterArgumentValidationErrorNullNotAllowed',
    `Cannot bind argument to parameter '${paramName}' because it is null.`,
    extent,
    invocationName,
    true,
  );
}

/**
 * ParameterBinderStrings.resx ParameterArgumentValidationError `Cannot validate argument on
 * parameter '{1}'. {6}` with Metadata.resx ValidateNotNullOrEmptyFailure as {6}. InvalidData,
 * ParameterBindingValidationException, error id ParameterArgumentValidationError. Mark the
 * argument.
 */
export function validateNotNullOrEmpty(
  cmd: string,
  cmdClass: string,
  paramName: string,
  extent: Extent,
  invocationName?: string,
): ErrorRecord {
  return bindingError(
    cmd,
    cmdClass,
    'ParameterArgumentValidationError',
    `Cannot validate argument on parameter '${paramName}'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.`,
    extent,
    invocationName,
    true,
  );
}

/**
 * ParameterBinderStrings.resx MissingArgument: `Missing an argument for parameter '{1}'.
 * Specify a parameter of type '{2}' and try again.` — {2} is the .NET type name
 * (`System.String`). Mark the parameter token.
 */
export function missingArgument(
  cmd: string,
  cmdClass: string,
  paramName: string,
  typeName: string,
  extent: Extent,
  invocationName?: string,
): ErrorRecord {
  return bindingError(
    cmd,
    cmdClass,
    'MissingArgument',
    `Missing an argument for parameter '${paramName}'. Specify a parameter of type '${typeName}' and try again.`,
    extent,
    invocationName,
  );
}

/**
 * ParameterBinderStrings.resx PositionalParameterNotFound: `A positional parameter cannot be
 * found that accepts argument '{1}'.` The caller chooses the extent (PowerShell 5 marks the
 * whole command for this one).
 */
export function positionalNotFound(
  cmd: string,
  cmdClass: string,
  arg: string,
  extent: Extent,
  invocationName?: string,
): ErrorRecord {
  return bindingError(
    cmd,
    cmdClass,
    'PositionalParameterNotFound',
    `A positional parameter cannot be found that accepts argument '${arg}'.`,
    extent,
    invocationName,
  );
}

/**
 * ParameterBinderStrings.resx AmbiguousParameterSet: `Parameter set cannot be resolved using
 * the specified named parameters.` Mark the whole command.
 */
export function ambiguousParameterSet(
  cmd: string,
  cmdClass: string,
  extent: Extent,
  invocationName?: string,
): ErrorRecord {
  return bindingError(
    cmd,
    cmdClass,
    'AmbiguousParameterSet',
    'Parameter set cannot be resolved using the specified named parameters.',
    extent,
    invocationName,
  );
}

/**
 * A string that names no enumerator: ParameterBinderStrings CannotConvertArgumentNoMessage
 * `Cannot bind parameter '{1}'. Cannot convert value "{x}" to type "{type}". Error: "{msg}"`
 * around ExtendedTypeSystem EnumFromStringConversion... — {msg} is `Unable to match the
 * identifier name Foo to a valid enumerator name. Specify one of the following enumerator
 * names and try again:` then a NEW LINE and the names joined by `, ` (`Default, HyperV"`).
 * Error id CannotConvertArgumentNoMessage. Mark the argument.
 */
export function enumConversion(
  cmd: string,
  cmdClass: string,
  paramName: string,
  value: string,
  enumType: string,
  names: readonly string[],
  extent: Extent,
  invocationName?: string,
): ErrorRecord {
  return bindingError(
    cmd,
    cmdClass,
    'CannotConvertArgumentNoMessage',
    `Cannot bind parameter '${paramName}'. Cannot convert value "${value}" to type "${enumType}". Error: "Unable to match the identifier name ${value} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${names.join(', ')}"`,
    extent,
    invocationName,
  );
}

/**
 * ProcessResources.resx NoProcessFoundForGivenName: `Cannot find a process with the name
 * "{0}". Verify the process name and call the cmdlet again.` ObjectNotFound, target = the name
 * (String), ProcessCommandException. Get-Process writes it itself, so the whole command is
 * marked (`get-process -Name ping` → 22 tildes).
 */
export function processNotFoundByName(
  name: string,
  extent: Extent,
  invocationName?: string,
): ErrorRecord {
  return commandError({
    command: 'Get-Process',
    invocationName,
    message: `Cannot find a process with the name "${name}". Verify the process name and call the cmdlet again.`,
    extent,
    category: 'ObjectNotFound',
    targetName: name,
    targetType: 'String',
    exceptionType: 'ProcessCommandException',
    fullyQualifiedErrorId: `NoProcessFoundForGivenName,${GET_PROCESS_CLASS}`,
  });
}

/**
 * ProcessResources.resx NoProcessFoundForGivenId: `Cannot find a process with the process
 * identifier {0}.` ObjectNotFound, target = the id (Int32). Whole command marked.
 */
export function processNotFoundById(
  id: number,
  extent: Extent,
  invocationName?: string,
): ErrorRecord {
  return commandError({
    command: 'Get-Process',
    invocationName,
    message: `Cannot find a process with the process identifier ${id}.`,
    extent,
    category: 'ObjectNotFound',
    targetName: String(id),
    targetType: 'Int32',
    exceptionType: 'ProcessCommandException',
    fullyQualifiedErrorId: `NoProcessFoundForGivenId,${GET_PROCESS_CLASS}`,
  });
}

/**
 * RemotingErrorIdStrings.resx InvalidContainerId / InvalidContainerName: `The input
 * ContainerId {0} does not exist, or the corresponding container is not running.`
 * PushRunspaceCommand throws it as PSInvalidOperationException, InvalidOperation, error id
 * CreateRemoteRunspaceForContainerFailed. The whole command is marked. `command` is
 * Enter-PSSession (the sample) or Invoke-Command (same check, its own class).
 */
export function containerNotRunning(
  by: 'ContainerId' | 'ContainerName',
  value: string,
  extent: Extent,
  command: 'Enter-PSSession' | 'Invoke-Command' = 'Enter-PSSession',
  invocationName?: string,
): ErrorRecord {
  return commandError({
    command,
    invocationName,
    message: `The input ${by} ${value} does not exist, or the corresponding container is not running.`,
    extent,
    category: 'InvalidOperation',
    exceptionType: 'PSInvalidOperationException',
    fullyQualifiedErrorId: `CreateRemoteRunspaceForContainerFailed,${REMOTING_CLASSES[command] ?? ''}`,
  });
}

export interface ModuleErrorOptions {
  /** The module's exception type; its one recorded error (TP5 Start-Container) is a VirtualizationException. */
  readonly exceptionType?: string;
  readonly targetName?: string;
  readonly targetType?: string;
  readonly invocationName?: string;
}

/**
 * An error the Containers module writes itself. Its texts are not recorded (beyond the TP5
 * `'test2' failed to start.` sample), so the caller supplies message, category and error id;
 * the record follows the sample's shape: FullyQualifiedErrorId
 * `<ErrorId>,Microsoft.Containers.PowerShell.Cmdlets.<VerbNoun>` (e.g. `StartContainer`) and
 * the whole command marked.
 */
export function moduleError(
  verbNoun: string,
  message: string,
  category: string,
  errorId: string,
  extent: Extent,
  options: ModuleErrorOptions = {},
): ErrorRecord {
  return commandError({
    command: verbNoun,
    invocationName: options.invocationName,
    message,
    extent,
    category,
    targetName: options.targetName ?? '',
    targetType: options.targetType ?? '',
    exceptionType: options.exceptionType ?? 'VirtualizationException',
    fullyQualifiedErrorId: `${errorId},${MODULE_CLASS_PREFIX}${verbNoun.replace(/-/g, '')}`,
  });
}

/**
 * A ParseException: category ParserError, no target or activity, reason
 * ParentContainsErrorRecordException, and the parser's error id alone.
 */
export function parseError(error: ParseError): ErrorRecord {
  return {
    kind: 'parse',
    commandName: '',
    message: error.message,
    extent: error.extent,
    category: 'ParserError',
    targetName: '',
    targetType: '',
    activity: '',
    exceptionType: 'ParentContainsErrorRecordException',
    fullyQualifiedErrorId: error.errorId,
  };
}
