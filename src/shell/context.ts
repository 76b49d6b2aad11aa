// What a cmdlet can see and do: the one simulated host, the variables, and where the
// console currently is (on the host or inside an entered container session).
import type { Sim } from '../sim/index.js';
import type { ScriptBlock } from './ast.js';
import type { ErrorRecord } from './runtime/errors/error-record.js';
import type { PSValue } from './runtime/values.js';

export interface ScriptResult {
  readonly output: readonly PSValue[];
  readonly errors: readonly ErrorRecord[];
}

/** Where Invoke-Command runs its block: a container (null: the host), elevated or not. */
export interface Runspace {
  readonly containerId: string | null;
  /** -RunAsAdministrator: SYSTEM processes' CPU times are readable. */
  readonly administrator: boolean;
}

export interface ShellContext {
  readonly sim: Sim;
  /** Table width = console width − 1 (docs/powershell-output.md, Tables rule 4). */
  readonly consoleWidth: number;
  /** The line being run: a cmdlet can read an argument as typed (`-Version 1.0`). */
  readonly sourceLine?: string;
  /** The container the console is in, or null on the host. */
  currentContainerId(): string | null;
  /** Whether the entered session was opened with -RunAsAdministrator. */
  isAdministrator(): boolean;
  /** Records the session as entered (the model has already started its powershell). */
  setSessionAdministrator(admin: boolean): void;
  /**
   * Runs a script block with `$_` bound, where the console is, or in another runspace
   * (Invoke-Command: a container, elevated or not). Script blocks are evaluated against the
   * same input line for error extents.
   */
  runScriptBlock(body: ScriptBlock, dollarUnder: PSValue, runspace?: Runspace): ScriptResult;
  requestClear(): void;
}
