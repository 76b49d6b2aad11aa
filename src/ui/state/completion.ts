// Tab completion for the console: cmdlet names at the start of a command, parameter names
// after a dash, and values where the parameter says what it takes (container names after
// -Name / -ContainerName, images, RuntimeType's values, process names), and on a `$` word
// variables and properties (completion-members.ts). Pure.
import { withoutAssignment } from './completion-assignment.js';
import { completeDollarWord, type MemberContext } from './completion-members.js';
import { allCmdlets, resolveCommandName } from '../../shell/index.js';

export interface CompletionCommand {
  readonly name: string;
  readonly module: string;
  readonly hostOnly: boolean;
  readonly parameters: readonly {
    readonly name: string;
    readonly position?: number;
    readonly enumNames?: readonly string[];
  }[];
}

/** Without the members' part, `$` words complete to `$true`, `$false` and `$null` only. */
export interface CompletionContext extends Partial<MemberContext> {
  readonly commands: readonly CompletionCommand[];
  /** Containers the Containers module sees (PowerShell-made). */
  readonly moduleContainers: readonly string[];
  /** Every container, for PowerShell Direct (-ContainerName). */
  readonly allContainers: readonly string[];
  /** docker's (docker sees only the containers it made). */
  readonly dockerContainers: readonly string[];
  readonly containerIds: readonly string[];
  readonly images: readonly string[];
  readonly processNames: readonly string[];
  /** Inside a container session the Containers module and docker are not there. */
  readonly inSession: boolean;
}

export interface Completion {
  /** Where the completed word starts in the line. */
  readonly start: number;
  readonly candidates: readonly string[];
}

const DASHES = '-\u2013\u2014\u2015';
const SEPARATORS = new Set(['|', ';', '(', ')', '{', '}']);
const DOCKER_SUBCOMMANDS = ['images', 'inspect', 'ps', 'rm', 'run', 'start', 'stop', 'top'];
const EXTRA_COMMANDS = ['docker', 'exit'];

interface Word {
  readonly text: string;
  readonly start: number;
}

/** The words of the last command in the line (after the last | ; { or ( outside quotes). */
function lastCommandWords(line: string): { words: Word[]; trailingSpace: boolean } {
  let words: Word[] = [];
  let current: { text: string; start: number } | null = null;
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quote !== null) {
      current = current ?? { text: '', start: i };
      current.text += ch;
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      current = current ?? { text: '', start: i };
      current.text += ch;
    } else if (/\s/.test(ch)) {
      if (current !== null) words.push(current);
      current = null;
    } else if (SEPARATORS.has(ch)) {
      if (current !== null) words.push(current);
      current = null;
      words = [];
    } else {
      current = current ?? { text: '', start: i };
      current.text += ch;
    }
  }
  const trailingSpace = current === null;
  if (current !== null) words.push(current);
  return { words, trailingSpace };
}

const unquote = (text: string) => text.replace(/^['"]/, '').replace(/['"]$/, '');
const quoteIfNeeded = (value: string) =>
  /^[A-Za-z0-9_.:\\-]+$/.test(value) && !DASHES.includes(value[0] ?? '')
    ? value
    : `'${value.replace(/'/g, "''")}'`;

function matching(values: readonly string[], prefix: string): string[] {
  const lower = prefix.toLowerCase();
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    if (!v.toLowerCase().startsWith(lower) || seen.has(v.toLowerCase())) continue;
    seen.add(v.toLowerCase());
    out.push(v);
  }
  return out;
}

function findCommand(ctx: CompletionContext, typed: string): CompletionCommand | undefined {
  const resolved = resolveCommandName(typed)?.name.toLowerCase() ?? typed.toLowerCase();
  return ctx.commands.find((c) => c.name.toLowerCase() === resolved);
}

/** A parameter by the (possibly abbreviated) name typed after its dash. */
function findParameter(
  command: CompletionCommand,
  typed: string,
): CompletionCommand['parameters'][number] | undefined {
  const lower = typed.toLowerCase();
  const exact = command.parameters.find((p) => p.name.toLowerCase() === lower);
  if (exact !== undefined) return exact;
  const prefixed = command.parameters.filter((p) => p.name.toLowerCase().startsWith(lower));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

function valuesFor(
  ctx: CompletionContext,
  command: CompletionCommand,
  parameter: string,
): readonly string[] | null {
  const param = findParameter(command, parameter);
  if (param === undefined) return null;
  if (param.enumNames !== undefined) return param.enumNames;
  const name = param.name;
  if (name === 'ContainerName') return ctx.allContainers;
  if (name === 'ContainerId') return ctx.containerIds;
  if (name === 'ContainerImageName') return ctx.images;
  if (name === 'Name') {
    if (command.name === 'Get-Process') return ctx.processNames;
    if (command.name === 'Get-ContainerImage') return ctx.images;
    if (command.name === 'New-Container') return null;
    if (command.name === 'Get-Help' || command.name === 'Get-Command')
      return ctx.commands.map((c) => c.name);
    if (command.module === 'Containers') return ctx.moduleContainers;
  }
  return null;
}

type Done = (
  values: readonly string[],
  prefix: string,
  format?: (v: string) => string,
) => Completion | null;

/** After `docker`: a subcommand, or a container name where the subcommand takes one. */
function completeDocker(
  words: readonly Word[],
  index: number,
  current: Word,
  ctx: CompletionContext,
  done: Done,
): Completion | null {
  if (index === 1) return done(DOCKER_SUBCOMMANDS, current.text);
  const sub = words[1]?.text.toLowerCase() ?? '';
  if (['stop', 'start', 'rm', 'inspect', 'top'].includes(sub) && !current.text.startsWith('-')) {
    return done(ctx.dockerContainers, unquote(current.text), quoteIfNeeded);
  }
  return null;
}

/** A `$` word's completion; undefined when the word is not a variable or a member. */
function dollarCompletion(
  line: string,
  current: Word,
  ctx: CompletionContext,
): Completion | null | undefined {
  const found = completeDollarWord(line, current, {
    variables: ctx.variables ?? [],
    membersOfVariable: ctx.membersOfVariable ?? (() => []),
    membersOfCommand: ctx.membersOfCommand ?? (() => null),
  });
  if (found === null) return undefined;
  return found.length === 0 ? null : { start: current.start, candidates: found };
}

export function complete(line: string, ctx: CompletionContext): Completion | null {
  const { words, trailingSpace } = withoutAssignment(lastCommandWords(line));
  const current: Word = trailingSpace
    ? { text: '', start: line.length }
    : (words[words.length - 1] as Word);
  const index = trailingSpace ? words.length : words.length - 1;
  const done = (
    values: readonly string[],
    prefix: string,
    format: (v: string) => string = (v) => v,
  ): Completion | null => {
    const candidates = matching(values, prefix).map(format);
    return candidates.length === 0 ? null : { start: current.start, candidates };
  };

  const dollar = current.text.startsWith('$') ? dollarCompletion(line, current, ctx) : undefined;
  if (dollar !== undefined) return dollar;

  if (index === 0) {
    const names = ctx.commands.filter((c) => !(ctx.inSession && c.hostOnly)).map((c) => c.name);
    const extra = ctx.inSession ? ['exit'] : EXTRA_COMMANDS;
    return done(
      [...names, ...extra].sort((a, b) => a.localeCompare(b)),
      current.text,
    );
  }

  const commandWord = words[0]?.text ?? '';
  if (commandWord.toLowerCase() === 'docker') {
    return ctx.inSession ? null : completeDocker(words, index, current, ctx, done);
  }

  const command = findCommand(ctx, commandWord);
  if (command === undefined) return null;
  if (current.text !== '' && DASHES.includes(current.text[0] as string)) {
    return done(
      command.parameters.map((p) => p.name),
      current.text.slice(1),
      (name) => `-${name}`,
    );
  }
  const previous = words[index - 1]?.text ?? '';
  if (previous !== '' && DASHES.includes(previous[0] as string) && index >= 2) {
    const values = valuesFor(ctx, command, previous.slice(1));
    return values === null ? null : done(values, unquote(current.text), quoteIfNeeded);
  }
  if (index === 1) {
    const positional = command.parameters.find(
      (p) => p.position === 0 && valuesFor(ctx, command, p.name) !== null,
    );
    if (positional === undefined) return null;
    return done(
      valuesFor(ctx, command, positional.name) ?? [],
      unquote(current.text),
      quoteIfNeeded,
    );
  }
  return null;
}

/** The shell's cmdlets as completion needs them. */
export function shellCommands(): readonly CompletionCommand[] {
  return allCmdlets().map((c) => ({
    name: c.name,
    module: c.module,
    hostOnly: c.hostOnly === true,
    parameters: c.parameters.map((p) => ({
      name: p.name,
      ...(p.position !== undefined ? { position: p.position } : {}),
      ...(p.enumNames !== undefined ? { enumNames: p.enumNames } : {}),
    })),
  }));
}

/** The line with the word at `start` replaced by `candidate`. */
export function applyCompletion(line: string, start: number, candidate: string): string {
  return line.slice(0, start) + candidate;
}
