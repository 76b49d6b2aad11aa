// The console's actions (src/ui/actions/console-actions.ts): the input line, running
// lines, history, completion, scrolling.
import { describe, expect, it } from 'vitest';
import {
  completeInput,
  recallHistory,
  runLine,
  scrollConsole,
  submitConsole,
  typeText,
} from '../../../src/ui/actions/console-actions.js';
import { actionContext } from '../harness.js';

const commands = (ctx: ReturnType<typeof actionContext>['ctx']) =>
  ctx
    .state()
    .console.lines.filter((l) => l.kind === 'command')
    .map((l) => l.text.replace(/^.*?PS [^>]*> /, ''));

describe('console actions', () => {
  it('types at the cursor and runs the line on submit, clearing it', () => {
    const { ctx } = actionContext();
    typeText(ctx, 'Get-Container');
    ctx.update({ console: { ...ctx.state().console, cursor: 3 } });
    typeText(ctx, '!');
    expect(ctx.state().console.input).toBe('Get!-Container');
    expect(ctx.state().console.cursor).toBe(4);
    ctx.update({ console: { ...ctx.state().console, input: '"a" + "b"', cursor: 9 } });
    submitConsole(ctx);
    expect(commands(ctx).at(-1)).toBe('"a" + "b"');
    expect(ctx.state().console.lines.map((l) => l.text)).toContain('ab');
    expect(ctx.state().console).toMatchObject({ input: '', cursor: 0 });
  });

  it('runs each line of a multi-line text and keeps the unfinished last one', () => {
    const { ctx } = actionContext();
    typeText(ctx, '$n = 2\r\n"n=$n"\nGet-Cont');
    expect(commands(ctx)).toEqual(['$n = 2', '"n=$n"']);
    expect(ctx.state().console).toMatchObject({ input: 'Get-Cont', cursor: 8 });
  });

  it('recalls history with ↑↓ and brings back what was being typed', () => {
    const { ctx } = actionContext();
    runLine(ctx, '1');
    runLine(ctx, '2');
    typeText(ctx, 'dra');
    recallHistory(ctx, -1);
    expect(ctx.state().console).toMatchObject({ input: '2', cursor: 1 });
    recallHistory(ctx, -1);
    expect(ctx.state().console.input).toBe('1');
    recallHistory(ctx, 1);
    recallHistory(ctx, 1);
    expect(ctx.state().console).toMatchObject({ input: 'dra', historyIndex: null });
  });

  it('completes the word and cycles with Tab, the cursor at the end', () => {
    const { ctx } = actionContext();
    runLine(ctx, 'exit'); // the lab starts inside DEMO's session; Get-Container is the host's
    typeText(ctx, 'Get-Contai');
    completeInput(ctx, 1);
    const first = ctx.state().console.input;
    expect(first).toMatch(/^Get-Container/);
    expect(ctx.state().console.cursor).toBe(first.length);
  });

  it('scrolls back a page and not past the oldest line', () => {
    const { ctx } = actionContext({ rows: 24, columns: 80 });
    for (let i = 0; i < 40; i++) runLine(ctx, `"line ${i}"`);
    scrollConsole(ctx, -1);
    const back = ctx.state().console.scrollBack;
    expect(back).toBeGreaterThan(0);
    for (let i = 0; i < 100; i++) scrollConsole(ctx, -1);
    const oldest = ctx.state().console.scrollBack;
    scrollConsole(ctx, -1);
    expect(ctx.state().console.scrollBack).toBe(oldest);
    scrollConsole(ctx, 1);
    expect(ctx.state().console.scrollBack).toBeLessThan(oldest);
  });
});
