// One PowerShell console over the simulated host: variables, the prompt, the entered
// session, and a docker `cmd` attached to it. `execute` never throws, whatever the input.
import type { Sim } from '../sim/index.js';
import { containerAdapters, findContainerById, type EnteredSession } from '../sim/index.js';
import { ipconfigLines } from './network/ipconfig.js';
import type { Command, Expression } from './ast.js';
import { CMD_PROMPT, runCmdLine } from './docker/cmd-shell.js';
import { runDocker } from './docker/docker-command.js';
import { Evaluator, type EvaluatorHost } from './evaluator/evaluate.js';
import { toText } from './runtime/conversions.js';
import { formatErrorRecord } from './format/error-record.js';
import { parseError } from './runtime/errors/catalogue.js';
import type { ErrorRecord } from './runtime/errors/error-record.js';
import { formatOutput } from './format/out-default.js';
import { containerObject } from './runtime/objects.js';
import { parse } from './syntax/index.js';
import { isArray, isPSObject, type PSValue } from './runtime/values.js';
import { engineSite } from './runtime/errors/error-record.js';
import { errorRecord } from './runtime/errors/catalogue.js';
import { LIMITS, LimitExceeded } from './runtime/limits.js';
import { Budget } from './evaluator/budget.js';
import { threadCpuMs } from './evaluator/thread-clock.js';
import { boundLines, boundOutput } from './bounded-output.js';

export interface LineResult {
  /** What the console prints after the echoed command line. */
  readonly lines: readonly string[];
  /** An error record was written (or a native command failed). */
  readonly hadError: boolean;
  /** Clear-Host / cls: the console should be cleared. */
  readonly clear: boolean;
  /** `exit` on the host: the caller decides what ending means. */
  readonly exitRequested: boolean;
}

export interface ShellOptions {
  readonly sim: Sim;
  /** PowerShell's default console is 120 columns; tables are one narrower. */
  readonly consoleWidth?: number;
  /**
   * The clock that times each command line against its budget (docs/terminal-safety.md §6):
   * this thread's CPU time unless a test gives a fake.
   */
  readonly now?: () => number;
  /**
   * A line's step bound (LIMITS.steps unless a test raises it to check that the time bound
   * alone stops a line: which of the two comes first depends on the machine's speed).
   */
  readonly maxSteps?: number;
}

export const HOST_PROMPT = 'PS C:\\> ';

export class Shell implements EvaluatorHost {
  readonly sim: Sim;
  consoleWidth: number;
  /** Only the last this-many lines of Out-Default's output are wanted (null: every line). */
  outputTail: number | null = null;
  private readonly variables = new Map<string, PSValue>();
  private readonly variableCase = new Map<string, string>();
  /**
   * The session entered with -RunAsAdministrator (a later or dashboard-made session is not
   * elevated).
   */
  private elevatedSession: EnteredSession | null = null;
  /** The docker container whose cmd the console is attached to. */
  private attachedTo: string | null = null;
  /** The attached cmd came from docker exec, so its exit leaves the container running. */
  private attachedByExec = false;
  /** `docker run -it … powershell`: the console is that container's own PowerShell. */
  private dockerPowerShell: string | null = null;
  private clearRequested = false;
  private exitRequested = false;
  private nativeFailed = false;
  private readonly now: () => number;
  private readonly maxSteps: number;

  constructor(options: ShellOptions) {
    this.sim = options.sim;
    this.consoleWidth = options.consoleWidth ?? 120;
    this.now = options.now ?? threadCpuMs;
    this.maxSteps = options.maxSteps ?? LIMITS.steps;
  }

  /** Forgets variables and the attached cmd (a demo restarting from its starting state). */
  reset(): void {
    this.variables.clear();
    this.variableCase.clear();
    this.elevatedSession = null;
    this.attachedTo = null;
    this.dockerPowerShell = null;
  }

  prompt(): string {
    if (this.attachedContainer()) return CMD_PROMPT;
    // A console PowerShell prints its path only: `[name]: ` is remoting's (Q10).
    if (this.attachedPowerShell() !== null) return HOST_PROMPT;
    const containerId = this.currentContainerId();
    if (containerId === null) return HOST_PROMPT;
    const container = findContainerById(this.sim.getState(), containerId);
    return `[${container?.name ?? containerId}]: ${HOST_PROMPT}`;
  }

  /** The docker container whose cmd is attached, while it still runs. */
  attachedContainer(): string | null {
    if (this.attachedTo === null) return null;
    const container = findContainerById(this.sim.getState(), this.attachedTo);
    if (!container || container.state !== 'Running') this.attachedTo = null;
    return this.attachedTo;
  }

  /** The container whose own PowerShell the console is, while it still runs. */
  attachedPowerShell(): string | null {
    if (this.dockerPowerShell === null) return null;
    const container = findContainerById(this.sim.getState(), this.dockerPowerShell);
    if (!container || container.state !== 'Running') this.dockerPowerShell = null;
    return this.dockerPowerShell;
  }

  execute(line: string): LineResult {
    this.clearRequested = false;
    this.exitRequested = false;
    this.nativeFailed = false;
    try {
      const attached = this.attachedContainer();
      if (attached !== null) return this.executeCmd(attached, line);
      return this.executePowerShell(line);
    } catch (error) {
      // A bug in the simulator must not take the console down: report it as PowerShell would
      // report an unexpected exception, and carry on.
      const message = error instanceof Error ? error.message : String(error);
      return this.result(formatErrorRecord(internalError(message, line), line), true);
    }
  }

  private executeCmd(containerId: string, line: string): LineResult {
    const outcome = runCmdLine(this.sim, containerId, line, !this.attachedByExec);
    if (outcome.exited) this.attachedTo = null;
    if (line.trim().toLowerCase() === 'cls') this.clearRequested = true;
    return this.result(outcome.lines, outcome.failed);
  }

  private executePowerShell(line: string): LineResult {
    if (line.trim() === '') return this.result([], false);
    const parsed = parse(line);
    if (!parsed.ok) {
      return this.result(formatErrorRecord(parseError(parsed.error), line), true);
    }
    const evaluator = new Evaluator(this, line, undefined, 0, new Budget(this.now, this.maxSteps));
    try {
      // One more than the bound: a longer output is cut with the limit's error record.
      const { output, errors } = evaluator.runScript(parsed.script, LIMITS.outputLines + 1);
      const shown = boundOutput(output);
      const lines = boundLines([
        ...errors.flatMap((record) => formatErrorRecord(record, line)),
        ...formatOutput(shown.values, {
          width: this.consoleWidth,
          tail: this.outputTail ?? undefined,
        }),
      ]);
      if (!shown.truncated && !lines.truncated)
        return this.result(lines.values, errors.length > 0 || this.nativeFailed);
      return this.result(
        [...lines.values, ...limitLines(new LimitExceeded('outputLines'), line)],
        true,
      );
    } catch (error) {
      if (!(error instanceof LimitExceeded)) throw error;
      return this.result(limitLines(error, line), true);
    }
  }

  private result(lines: readonly string[], hadError: boolean): LineResult {
    return { lines, hadError, clear: this.clearRequested, exitRequested: this.exitRequested };
  }

  // ---- EvaluatorHost

  currentContainerId(): string | null {
    return this.attachedPowerShell() ?? this.sim.getState().entered?.containerId ?? null;
  }

  isAdministrator(): boolean {
    // The container's own PowerShell runs as its administrator, as its cmd does [I].
    if (this.attachedPowerShell() !== null) return true;
    const entered = this.sim.getState().entered;
    const elevated = this.elevatedSession;
    return (
      entered !== null &&
      elevated !== null &&
      entered.containerId === elevated.containerId &&
      entered.pid === elevated.pid
    );
  }

  setSessionAdministrator(admin: boolean): void {
    this.elevatedSession = admin ? this.sim.getState().entered : null;
  }

  requestClear(): void {
    this.clearRequested = true;
  }

  exit(): void {
    const own = this.attachedPowerShell();
    if (own !== null) {
      // The container's own process ends, and the container with it (Q10).
      this.dockerPowerShell = null;
      this.sim.actions.stopContainer(own);
    } else if (this.currentContainerId() !== null) this.sim.actions.exitSession();
    else this.exitRequested = true;
  }

  getVariable(name: string): PSValue | undefined {
    return this.variables.get(name.toLowerCase());
  }

  setVariable(name: string, value: PSValue): void {
    this.variables.set(name.toLowerCase(), value);
    this.variableCase.set(name.toLowerCase(), name);
  }

  /** The variables set so far, as first written (Tab completes `$c` to `$con`). */
  variableNames(): string[] {
    return [...this.variables.keys()].map((k) => this.variableCase.get(k) ?? k);
  }

  /** `$con` keeps pointing at the live container: its State and Uptime follow the model. */
  refresh(value: PSValue): PSValue {
    if (!isPSObject(value) || value.ref?.kind !== 'container') return value;
    if (!value.typeNames[0]?.startsWith('Microsoft.Containers.PowerShell.Objects.Container'))
      return value;
    const state = this.sim.getState();
    const live = findContainerById(state, value.ref.containerId);
    return live ? containerObject(live, state) : value;
  }

  isNative(name: string, containerId: string | null): boolean {
    const lower = name.toLowerCase();
    return containerId !== null
      ? lower === 'ipconfig' || lower === 'ipconfig.exe'
      : lower === 'docker' || lower === 'docker.exe';
  }

  runNative(
    command: Command,
    evaluate: (e: Expression) => PSValue,
    _input: readonly PSValue[] = [],
    containerId: string | null = null,
  ): readonly PSValue[] | null {
    if (!this.isNative(command.name, containerId)) return null;
    if (containerId !== null)
      return ipconfigLines(containerAdapters(this.sim.getState(), containerId));
    // PowerShell passes each element of an array as its own native argument and an empty
    // result as none (`docker stop $(docker ps -q)`; reference-quickstarts.md, MC).
    const argv = command.elements.flatMap((element): string[] => {
      if (element.kind === 'parameter') return [element.text];
      const value = element.value;
      if (value.kind === 'string') return [value.value];
      const result = evaluate(value);
      if (result === null) return [];
      return isArray(result)
        ? result.filter((v) => v !== null).map((v) => toText(v))
        : [toText(result)];
    });
    const result = runDocker(this.sim, argv);
    if (result.exitCode !== 0) this.nativeFailed = true;
    if (result.attachTo) {
      this.attachedTo = result.attachTo;
      this.attachedByExec = result.attachedByExec === true;
    }
    if (result.attachPowerShell) this.dockerPowerShell = result.attachPowerShell;
    return result.lines;
  }
}

function internalError(message: string, line: string): ErrorRecord {
  return {
    kind: 'command',
    commandName: '',
    message: `isolab internal error: ${message}`,
    extent: { start: 0, end: line.length },
    category: 'NotSpecified',
    targetName: '',
    targetType: '',
    activity: '',
    exceptionType: 'RuntimeException',
    fullyQualifiedErrorId: 'InternalError',
  };
}

/** The error record of a command line stopped at one of its limits. */
function limitLines(error: LimitExceeded, line: string): string[] {
  const site = engineSite({ start: 0, end: line.length });
  return formatErrorRecord(errorRecord('limitExceeded', site, error.message), line);
}
