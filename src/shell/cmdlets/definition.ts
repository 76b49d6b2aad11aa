// How a cmdlet is declared: its parameters (for binding, completion and Get-Help) and
// what it does with bound arguments and pipeline input.
import type { Command, Extent } from '../ast.js';
import type { ErrorRecord } from '../runtime/errors/error-record.js';
import type { PSValue } from '../runtime/values.js';
import type { ShellContext } from '../context.js';

export type ParamType =
  | 'string'
  | 'string[]'
  | 'int'
  | 'int[]'
  | 'switch'
  | 'scriptblock'
  | 'object'
  | 'object[]'
  | 'enum';

export interface ParamDef {
  readonly name: string;
  readonly type: ParamType;
  /** The .NET type named in MissingArgument messages (`System.String`). */
  readonly typeName: string;
  readonly position?: number;
  readonly mandatory?: boolean;
  /** [ValidateNotNullOrEmpty] */
  readonly notNullOrEmpty?: boolean;
  /** For positional binding between sets sharing a position: does this value fit here? */
  readonly accepts?: (value: PSValue) => boolean;
  readonly enumNames?: readonly string[];
  readonly enumTypeName?: string;
  /** Binds pipeline input by value. */
  readonly fromPipeline?: boolean;
  readonly aliases?: readonly string[];
  /** Parameter sets this parameter belongs to; none means every set. */
  readonly sets?: readonly string[];
  /** Shown by Get-Help. */
  readonly help?: string;
}

/** A bound argument: its value and where it was typed (for error tildes). */
export interface BoundArgument {
  readonly value: PSValue;
  readonly extent: Extent;
  /** The parameter token's extent when bound by name. */
  readonly parameterExtent: Extent | null;
}

export type BoundParameters = ReadonlyMap<string, BoundArgument>;

/** The registry's view of the commands (registry.ts). */
export interface CommandCatalogue {
  all(): readonly CmdletDefinition[];
  /** A cmdlet by name or alias, case-insensitively. */
  resolve(typed: string): CmdletDefinition | undefined;
  aliasesOf(cmdletName: string): string[];
}

export interface CmdletInvocation {
  readonly context: ShellContext;
  readonly bound: BoundParameters;
  /** Pipeline input, already collected (the simulator never streams). */
  readonly input: readonly PSValue[];
  readonly hasPipelineInput: boolean;
  readonly command: Command;
  /**
   * Every command the shell knows, for the cmdlets that list or describe them (Get-Command,
   * Get-Help): handed in by the evaluator, since the registry that lists those cmdlets
   * cannot be imported by them without a loop.
   */
  readonly commands: CommandCatalogue;
  /** Write a non-terminating error record. */
  writeError(record: ErrorRecord): void;
  /**
   * Set when this command's output goes straight to the console (it ends a statement of the
   * typed line): only the first this-many values can be shown (the shell bounds its output,
   * LIMITS.outputLines), so Format-Table and Format-List format no more lines than that
   * and Get-Process makes no more objects.
   */
  readonly shownLines?: number;
}

export interface CmdletDefinition {
  /** Canonical name (`Get-Process`). */
  readonly name: string;
  /** .NET class for FullyQualifiedErrorId (`Microsoft.PowerShell.Commands.GetProcessCommand`). */
  readonly className: string;
  readonly synopsis: string;
  /** Module shown by Get-Command's Source column. */
  readonly module: string;
  readonly parameters: readonly ParamDef[];
  /** Only on the host: the Containers module and docker are not inside a container. */
  readonly hostOnly?: boolean;
  /** A real command the lab does not model: binding is skipped, invoke writes one record. */
  readonly unsimulated?: boolean;
  invoke(invocation: CmdletInvocation): readonly PSValue[];
}

/** Common parameters every cmdlet has; they take part in prefix matching. */
export const COMMON_PARAMETERS: readonly ParamDef[] = [
  { name: 'Verbose', type: 'switch', typeName: 'System.Management.Automation.SwitchParameter' },
  { name: 'Debug', type: 'switch', typeName: 'System.Management.Automation.SwitchParameter' },
  {
    name: 'ErrorAction',
    type: 'string',
    typeName: 'System.Management.Automation.ActionPreference',
  },
  {
    name: 'WarningAction',
    type: 'string',
    typeName: 'System.Management.Automation.ActionPreference',
  },
  {
    name: 'InformationAction',
    type: 'string',
    typeName: 'System.Management.Automation.ActionPreference',
  },
  { name: 'ErrorVariable', type: 'string', typeName: 'System.String' },
  { name: 'WarningVariable', type: 'string', typeName: 'System.String' },
  { name: 'InformationVariable', type: 'string', typeName: 'System.String' },
  { name: 'OutVariable', type: 'string', typeName: 'System.String' },
  { name: 'OutBuffer', type: 'int', typeName: 'System.Int32' },
  { name: 'PipelineVariable', type: 'string', typeName: 'System.String' },
];
