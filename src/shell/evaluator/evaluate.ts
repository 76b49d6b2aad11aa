// The evaluator: walks the syntax tree of one line against the simulated host.
// Terminating errors (a command not found, a binding error) end their statement and are
// thrown as RuntimeError; non-terminating ones (written by a cmdlet) go to the error list.
import { automaticVariable } from '../runtime/automatic.js';
import type { Command, Expression, Extent, Pipeline, ScriptBlock, Statement } from '../ast.js';
import { bindParameters } from '../binder/bind-parameters.js';
import type { CmdletDefinition, CmdletInvocation } from '../cmdlets/definition.js';
import { commandCatalogue } from '../cmdlets/registry.js';
import { discoverCommand } from './discover.js';
import type { Runspace, ScriptResult, ShellContext } from '../context.js';
import { engineSite, type ErrorRecord } from '../runtime/errors/error-record.js';
import { errorRecord, runtimeError } from '../runtime/errors/catalogue.js';
import type { PSValue } from '../runtime/values.js';
import { getMember, isTrue, toNumber, toText, unroll } from '../runtime/conversions.js';
import { collapse, indexInto } from './collapse-index.js';
import { applyBinary, OperatorError } from '../runtime/operators.js';
import { Budget, noClock, operandCost } from './budget.js';
import { hashtableValue } from './hashtable.js';
import { RuntimeError } from './runtime-error.js';

/** What the evaluator needs from the shell that runs it. */
export interface EvaluatorHost extends Omit<ShellContext, 'runScriptBlock'> {
  getVariable(name: string): PSValue | undefined;
  setVariable(name: string, value: PSValue): void;
  /** Refreshes an object that stands for something live in the model (`$con` after a start). */
  refresh(value: PSValue): PSValue;
  /** Whether `runNative` runs this command name where the pipeline runs. */
  isNative(name: string, containerId: string | null): boolean;
  /** Runs a native command (docker); returns its output lines. */
  runNative(
    command: Command,
    evaluate: (e: Expression) => PSValue,
    input: readonly PSValue[],
    /** Where it runs: a container (an entered session, Invoke-Command), or null: the host. */
    containerId?: string | null,
  ): readonly PSValue[] | null;
  /** `exit`: leaves the entered session, or ends the script on the host. */
  exit(): void;
}

const MAX_DEPTH = 64;

export { RuntimeError };

export class Evaluator {
  private readonly errors: ErrorRecord[] = [];
  private readonly locals: Map<string, PSValue>[] = [];

  constructor(
    private readonly host: EvaluatorHost,
    /** The input line, for error records. */
    readonly line: string,
    /** Invoke-Command runs its block in another runspace than the console's. */
    private readonly runspace: Runspace | undefined = undefined,
    private readonly depth = 0,
    /** Shared by every evaluator of one command line (docs/terminal-safety.md §6). */
    private readonly budget = new Budget(noClock),
  ) {}

  /**
   * Runs statements; output of every statement in order, errors alongside. `shownLines`:
   * the script's output goes to the console, which shows no more than that many values
   * (the shell's output bound), so a command that ends a statement is told (shownLines).
   */
  runScript(script: ScriptBlock, shownLines?: number): ScriptResult {
    const output: PSValue[] = [];
    for (const statement of script.statements) {
      try {
        // One by one: a spread push of 300,000 values overflows the call stack.
        for (const value of this.runStatement(statement, shownLines)) output.push(value);
      } catch (error) {
        if (error instanceof RuntimeError) this.errors.push(error.record);
        else throw error;
      }
    }
    return { output, errors: this.errors };
  }

  private runStatement(statement: Statement, shownLines?: number): readonly PSValue[] {
    if (statement.kind === 'assignment') {
      this.assign(statement.variable, this.assignedValue(statement.value));
      return [];
    }
    return this.runPipeline(statement, shownLines);
  }

  /** A statement as a value (a hash literal's entry, `( … )`): an assignment gives its value. */
  private statementValue(statement: Statement): PSValue {
    if (statement.kind === 'pipeline') return this.assignedValue(statement);
    const value = collapse(this.runPipeline(statement.value));
    this.assign(statement.variable, value);
    return value;
  }

  /** `$a = @(1)` keeps its array: an expression alone is assigned as it is, not unrolled. */
  private assignedValue(pipeline: Pipeline): PSValue {
    const only = pipeline.elements.length === 1 ? pipeline.elements[0] : undefined;
    if (only?.kind === 'expression-statement') return this.evaluate(only.expression);
    return collapse(this.runPipeline(pipeline));
  }

  private assign(name: string, value: PSValue): void {
    const local = this.locals[this.locals.length - 1];
    if (local && local.has(name.toLowerCase())) local.set(name.toLowerCase(), value);
    else this.host.setVariable(name, value);
  }

  /** `shownLines`: the pipeline's output goes to the console (runScript). */
  runPipeline(pipeline: Pipeline, shownLines?: number): readonly PSValue[] {
    // PowerShell finds every command of a pipeline before it runs any (PipelineOps.
    // InvokePipeline adds each element's command processor, then executes): with an unknown
    // command last, `New-Container … | Nope` changes nothing and prints only the error.
    const found = pipeline.elements.map((element) =>
      element.kind === 'expression-statement' ? null : this.discover(element),
    );
    let input: readonly PSValue[] | null = null;
    const last = pipeline.elements.length - 1;
    pipeline.elements.forEach((element, index) => {
      if (element.kind === 'expression-statement') {
        if (index > 0) {
          throw new RuntimeError(errorRecord('expressionsMustBeFirst', engineSite(element.extent)));
        }
        input = unroll(this.evaluate(element.expression));
        return;
      }
      const cmdlet = found[index] ?? null;
      input = this.runCommand(element, cmdlet, input, index === last ? shownLines : undefined);
      this.budget.spendItems(input.length);
    });
    return input ?? [];
  }

  /** `cmdlet`: what discovery found (null: `exit` or a native command). */
  private runCommand(
    command: Command,
    cmdlet: CmdletDefinition | null,
    input: readonly PSValue[] | null,
    shownLines?: number,
  ): readonly PSValue[] {
    if (cmdlet === null) {
      if (command.name.toLowerCase() === 'exit' && command.elements.length === 0) {
        this.host.exit();
        return [];
      }
      // Native commands: docker on the host; ipconfig where the console (or block) runs.
      const evaluate = (e: Expression) => this.evaluate(e);
      return this.host.runNative(command, evaluate, input ?? [], this.currentContainerId()) ?? [];
    }
    const bound = bindParameters(cmdlet, command, (e) => this.evaluate(e), input !== null);
    if (!bound.ok) throw new RuntimeError(bound.error);
    const invocation: CmdletInvocation = {
      context: this.contextFor(),
      bound: bound.bound,
      input: input ?? [],
      hasPipelineInput: input !== null,
      command,
      commands: commandCatalogue,
      writeError: (record) => this.errors.push(record),
      ...(shownLines === undefined ? {} : { shownLines }),
    };
    return cmdlet.invoke(invocation);
  }

  private discover(command: Command): CmdletDefinition | null {
    return discoverCommand(command, this.host, this.currentContainerId());
  }

  private currentContainerId(): string | null {
    return this.runspace !== undefined ? this.runspace.containerId : this.host.currentContainerId();
  }

  /**
   * Elevation is the runspace's own: Invoke-Command's -RunAsAdministrator, or the entered
   * session's.
   */
  private isAdministrator(): boolean {
    return this.runspace !== undefined ? this.runspace.administrator : this.host.isAdministrator();
  }

  /** The context cmdlets see: the shell's, with this evaluator's container and `$_` scope. */
  private contextFor(): ShellContext {
    return {
      sim: this.host.sim,
      consoleWidth: this.host.consoleWidth,
      currentContainerId: () => this.currentContainerId(),
      sourceLine: this.line,
      isAdministrator: () => this.isAdministrator(),
      setSessionAdministrator: (admin) => this.host.setSessionAdministrator(admin),
      requestClear: () => this.host.requestClear(),
      runScriptBlock: (body, dollarUnder, runspace) => this.runBlock(body, dollarUnder, runspace),
    };
  }

  private runBlock(body: ScriptBlock, dollarUnder: PSValue, runspace?: Runspace): ScriptResult {
    if (this.depth >= MAX_DEPTH) {
      return { output: [], errors: [errorRecord('callDepthOverflow', engineSite(body.extent))] };
    }
    const runsIn = runspace ?? this.runspace;
    const child = new Evaluator(this.host, this.line, runsIn, this.depth + 1, this.budget);
    child.locals.push(...this.locals, new Map([['_', dollarUnder]]));
    return child.runScript(body);
  }

  evaluate(expression: Expression): PSValue {
    this.budget.spend();
    switch (expression.kind) {
      case 'string':
        return expression.value;
      case 'number':
        return expression.value;
      case 'expandable-string':
        return expression.parts.map((part) => toText(this.evaluate(part))).join('');
      case 'variable':
        return this.readVariable(expression.name);
      case 'member':
        return this.host.refresh(getMember(this.evaluate(expression.target), expression.member));
      case 'index':
        return indexInto(this.evaluate(expression.target), this.evaluate(expression.index));
      case 'array':
        return expression.items.map((item) => this.evaluate(item));
      case 'scriptblock':
        return { $kind: 'scriptblock', body: expression.body, text: expression.text };
      case 'binary':
        return this.binary(
          expression.operator,
          expression.left,
          expression.right,
          expression.extent,
        );
      case 'unary': {
        const operand = this.evaluate(expression.operand);
        if (expression.operator === '-') return -(toNumber(operand) ?? 0);
        return !isTrue(operand);
      }
      case 'paren': {
        const statement = expression.pipeline;
        if (statement.kind === 'assignment') return this.statementValue(statement);
        return collapse(this.runPipeline(statement));
      }
      case 'hashtable':
        return hashtableValue(
          expression,
          (e) => this.evaluate(e),
          (s) => this.statementValue(s),
        );
      case 'subexpression': {
        const child = new Evaluator(
          this.host,
          this.line,
          this.runspace,
          this.depth + 1,
          this.budget,
        );
        child.locals.push(...this.locals);
        const result = child.runScript(expression.body);
        for (const record of result.errors) this.errors.push(record);
        // `@( … )` is an array even of one value or none.
        return expression.array ? result.output.slice() : collapse(result.output);
      }
    }
  }

  private binary(
    operator: Parameters<typeof applyBinary>[0],
    left: Expression,
    right: Expression,
    extent: Extent,
  ): PSValue {
    const l = this.evaluate(left);
    // -and / -or short-circuit, as in PowerShell.
    if (operator === 'and' && !isTrue(l)) return false;
    if (operator === 'or' && isTrue(l)) return true;
    const r = this.evaluate(right);
    this.budget.spend(operandCost(operator, l, r));
    try {
      return applyBinary(operator, l, r);
    } catch (error) {
      if (error instanceof OperatorError)
        throw new RuntimeError(runtimeError(error.message, error.errorId, extent));
      throw error;
    }
  }

  private readVariable(name: string): PSValue {
    const lower = name.toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
    if (lower === 'null') return null;
    for (let i = this.locals.length - 1; i >= 0; i--) {
      const scope = this.locals[i];
      if (scope?.has(lower)) return this.host.refresh(scope.get(lower) ?? null);
    }
    const automatic = automaticVariable(lower);
    if (automatic !== undefined) return automatic;
    return this.host.refresh(this.host.getVariable(name) ?? null);
  }
}
