// Error records: what the binder, the evaluator and the cmdlets build, and the formatter
// prints (docs/powershell-output.md "Error records").
import type { Extent } from '../../ast.js';

export interface ErrorRecord {
  readonly kind: 'command' | 'parse';
  /**
   * First-line prefix `<CommandName> : ` for command errors (e.g. 'Get-Process' or the
   * unknown name typed); unused for parse errors.
   */
  readonly commandName: string;
  /** May contain \n (multi-line messages, e.g. the enum conversion error). */
  readonly message: string;
  /** What the tildes mark, offsets into the input line. */
  readonly extent: Extent;
  /** 'ObjectNotFound', 'InvalidArgument', 'ParserError' ... */
  readonly category: string;
  /** '' when none → `(:)` */
  readonly targetName: string;
  /** 'String' ... */
  readonly targetType: string;
  /** Text inside [ ] — '' for command-not-found, runtime and parse errors. */
  readonly activity: string;
  /** 'CommandNotFoundException', 'ParameterBindingException' ... */
  readonly exceptionType: string;
  /** 'NamedParameterNotFound,Microsoft.PowerShell.Commands.GetProcessCommand' */
  readonly fullyQualifiedErrorId: string;
  /**
   * Set on an error that came back from a remote runspace (Invoke-Command into a container):
   * it carries no invocation info, so NormalView prints neither the `<CommandName> : `
   * prefix nor a position, and its OriginInfo adds `+ PSComputerName        : <name>`.
   */
  readonly computerName?: string;
}

/**
 * Where an error happened: the command (its real name goes in [ ]), the cmdlet class that
 * follows the error id, what the tildes mark, and the name as typed (`gps`), which NormalView
 * prints as the record's prefix. An empty command is an error of the engine itself.
 */
export interface ErrorSite {
  readonly command: string;
  readonly className: string;
  readonly extent: Extent;
  readonly invocationName?: string | undefined;
}

/** The engine's own errors (runtime, parse, command not found): no command, no class. */
export const engineSite = (extent: Extent, prefix = ''): ErrorSite => ({
  command: '',
  className: '',
  extent,
  invocationName: prefix,
});

/** What distinguishes one kind of error record from another, apart from where it happened. */
export interface ErrorShape {
  readonly kind?: 'command' | 'parse';
  readonly category: string;
  readonly exceptionType: string;
  /** The FullyQualifiedErrorId's first part; `,<class>` follows when the site has a class. */
  readonly errorId: string;
}

export interface ErrorTarget {
  readonly name: string;
  readonly type: string;
}

/** The one way every error record is put together. */
export function buildRecord(
  shape: ErrorShape,
  site: ErrorSite,
  message: string,
  target: ErrorTarget = { name: '', type: '' },
): ErrorRecord {
  const parse = shape.kind === 'parse';
  return {
    kind: shape.kind ?? 'command',
    commandName: parse ? '' : (site.invocationName ?? site.command),
    message,
    extent: site.extent,
    category: shape.category,
    targetName: target.name,
    targetType: target.type,
    activity: site.command,
    exceptionType: shape.exceptionType,
    fullyQualifiedErrorId: site.className ? `${shape.errorId},${site.className}` : shape.errorId,
  };
}
