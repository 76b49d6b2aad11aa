// The console: running lines through the Shell (typed, or on behalf of a key), the input
// line, history, Tab completion and scrolling.
import { memberNames, outputMemberNames, type LineResult } from '../../shell/index.js';
import { hostProcesses, processesSeenFrom } from '../../sim/index.js';
import {
  applyCompletion,
  complete,
  shellCommands,
  type CompletionContext,
} from '../state/completion.js';
import {
  appendLines,
  classifyOutput,
  HISTORY_LIMIT,
  SCROLLBACK_LIMIT,
  shownRowCount,
  type NewLine,
} from '../state/console-lines.js';
import { innerRows, innerWidth } from '../state/layout.js';
import { layoutOf } from '../state/selectors.js';
import type { StoreContext } from './store-context.js';
import { fieldText } from '../text/text-width.js';
import type { ConsoleState } from '../state/ui-state.js';
import { sessionHint } from './session-hint.js';

const clean = fieldText;

function appendToConsole(
  ctx: StoreContext,
  added: readonly NewLine[],
  patch: Partial<ConsoleState> = {},
): void {
  const cons = ctx.state().console;
  const { lines, nextId } = appendLines(cons.lines, cons.nextId, added);
  ctx.update({ console: { ...cons, ...patch, lines, nextId, scrollBack: 0 } });
}

/** A `#` line: what a key did, or why it did nothing. */
export function note(ctx: StoreContext, text: string): void {
  appendToConsole(ctx, [{ kind: 'note', text: `# ${text}` }]);
}

function withHistory(history: readonly string[], line: string): readonly string[] {
  if (line.trim() === '' || history[history.length - 1] === line) return history;
  const next = [...history, line];
  return next.length > HISTORY_LIMIT ? next.slice(-HISTORY_LIMIT) : next;
}

/** Runs one line as the console would: echo after the prompt, then what PowerShell prints. */
export function runLine(ctx: StoreContext, line: string): LineResult {
  const shell = ctx.shell();
  const layout = layoutOf(ctx.state());
  // PowerShell formats tables for its window: here, the console pane.
  shell.consoleWidth = Math.max(40, innerWidth(layout.panes.console));
  // The console keeps SCROLLBACK_LIMIT lines: the rest of a long output is not formatted.
  shell.outputTail = SCROLLBACK_LIMIT;
  const prompt = shell.prompt();
  const attachedBefore = shell.attachedContainer() ?? shell.attachedPowerShell();
  const result = shell.execute(line);
  // `docker run -it … cmd` (or `… powershell`) attaches the console to a container: select
  // it, so the Session pane shows what that shell sees, as Enter-PSSession's session does.
  const attached = shell.attachedContainer() ?? shell.attachedPowerShell();
  if (attached !== null && attached !== attachedBefore)
    ctx.update({ selectedContainerId: attached });
  const kinds = classifyOutput(result.lines, result.hadError);
  const cons = ctx.state().console;
  const history = withHistory(cons.history, line);
  const echo = `${prompt}${line}`;
  if (result.clear) {
    ctx.update({
      console: {
        ...cons,
        lines: [],
        history,
        prompt: shell.prompt(),
        lastCommand: echo,
        scrollBack: 0,
      },
    });
  } else {
    const added: NewLine[] = [
      { kind: 'command', text: echo },
      ...result.lines.map((text, i) => ({ kind: kinds[i] ?? 'output', text })),
    ];
    appendToConsole(ctx, added, { history, prompt: shell.prompt(), lastCommand: echo });
  }
  if (result.exitRequested) note(ctx, ctx.t('note.exitHost'));
  sessionHint(ctx, line, result, (text) => note(ctx, text));
  return result;
}

export function submitConsole(ctx: StoreContext): void {
  const cons = ctx.state().console;
  const line = cons.input;
  ctx.update({
    console: {
      ...cons,
      input: '',
      cursor: 0,
      historyIndex: null,
      draft: '',
      completion: null,
    },
  });
  runLine(ctx, line);
}

/** Sets the whole input line, the cursor at its end (history, completion, a paste). */
function setInput(ctx: StoreContext, input: string, patch: Partial<ConsoleState> = {}): void {
  const cons = ctx.state().console;
  ctx.update({ console: { ...cons, input, cursor: input.length, completion: null, ...patch } });
}

/** The input line as edited (see line-edit.ts); the history position stays. */
export function setConsoleLine(ctx: StoreContext, text: string, cursor: number): void {
  const cons = ctx.state().console;
  if (text === cons.input && cursor === cons.cursor) return;
  const completion = text === cons.input ? cons.completion : null;
  ctx.update({ console: { ...cons, input: text, cursor, completion } });
}

/**
 * Text typed or pasted at the cursor; each newline in it runs the line so far (a paste),
 * and the text after the last newline stays in the input line.
 */
export function typeText(ctx: StoreContext, text: string): void {
  const parts = text.split(/\r\n|\r|\n/);
  const cons = ctx.state().console;
  const head = cons.input.slice(0, cons.cursor) + clean(parts[0] ?? '');
  const tail = cons.input.slice(cons.cursor);
  if (parts.length === 1) {
    setConsoleLine(ctx, head + tail, head.length);
    return;
  }
  setInput(ctx, head + tail, { historyIndex: cons.historyIndex });
  submitConsole(ctx);
  for (const part of parts.slice(1, -1)) {
    setInput(ctx, clean(part));
    submitConsole(ctx);
  }
  setInput(ctx, clean(parts[parts.length - 1] ?? ''));
}

export function recallHistory(ctx: StoreContext, direction: -1 | 1): void {
  const cons = ctx.state().console;
  const history = cons.history;
  if (history.length === 0) return;
  if (direction === -1) {
    const index =
      cons.historyIndex === null ? history.length - 1 : Math.max(0, cons.historyIndex - 1);
    const draft = cons.historyIndex === null ? cons.input : cons.draft;
    setInput(ctx, history[index] ?? '', { historyIndex: index, draft });
    return;
  }
  if (cons.historyIndex === null) return;
  const index = cons.historyIndex + 1;
  if (index >= history.length) setInput(ctx, cons.draft, { historyIndex: null, draft: '' });
  else setInput(ctx, history[index] ?? '', { historyIndex: index });
}

function completionContext(ctx: StoreContext): CompletionContext {
  const host = ctx.sim.getState();
  const shell = ctx.shell();
  const inSession =
    host.entered !== null ||
    shell.attachedContainer() !== null ||
    shell.attachedPowerShell() !== null;
  const seen =
    host.entered === null ? hostProcesses(host) : processesSeenFrom(host, host.entered.containerId);
  return {
    commands: shellCommands(),
    moduleContainers: host.containers.filter((c) => c.owner === 'VMMS').map((c) => c.name),
    allContainers: host.containers.map((c) => c.name),
    dockerContainers: host.containers.filter((c) => c.owner === 'docker').map((c) => c.name),
    containerIds: host.containers.map((c) => c.containerId),
    images: host.images.map((i) => i.name),
    processNames: [...new Set(seen.map((p) => p.name))].sort((a, b) => a.localeCompare(b)),
    inSession,
    variables: ctx.shell().variableNames(),
    membersOfVariable: (name) => memberNames(ctx.shell().getVariable(name)),
    membersOfCommand: (name) => outputMemberNames(name, host),
  };
}

/** Tab: complete the word before the cursor; again: the next candidate (Shift+Tab: previous). */
export function completeInput(ctx: StoreContext, direction: 1 | -1): void {
  const cons = ctx.state().console;
  const cycle = cons.completion;
  if (cycle !== null && cycle.line === cons.input && cycle.candidates.length > 0) {
    const n = cycle.candidates.length;
    const index = (cycle.index + direction + n) % n;
    const line = applyCompletion(cycle.base, cycle.start, cycle.candidates[index] as string);
    ctx.update({
      console: {
        ...cons,
        input: line,
        cursor: line.length,
        completion: { ...cycle, index, line },
      },
    });
    return;
  }
  const found = complete(cons.input, completionContext(ctx));
  if (found === null) return;
  const index = direction === 1 ? 0 : found.candidates.length - 1;
  const line = applyCompletion(cons.input, found.start, found.candidates[index] as string);
  ctx.update({
    console: {
      ...cons,
      input: line,
      cursor: line.length,
      completion: {
        base: cons.input,
        start: found.start,
        candidates: found.candidates,
        index,
        line,
      },
    },
  });
}

export function scrollConsole(ctx: StoreContext, direction: -1 | 1): void {
  const s = ctx.state();
  const pane = layoutOf(s).panes.console;
  const visible = Math.max(1, innerRows(pane) - 1);
  const total = shownRowCount(s.console.lines, innerWidth(pane), visible);
  const max = Math.max(0, total - visible);
  const scrollBack = Math.max(
    0,
    Math.min(max, s.console.scrollBack - direction * Math.max(1, visible - 1)),
  );
  if (scrollBack !== s.console.scrollBack) ctx.update({ console: { ...s.console, scrollBack } });
}
