// Pasting into the console: a multi-line burst arrives as ONE read. Each line runs, once,
// in order; a last line without a newline stays in the input line. One path hears a read
// (the store's handleInput): at store level, then inside the mounted dashboard.
// (The same in a real terminal: test/hostile/terminal.e2e.test.ts.)
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/sim/clock.js';
import { createUiStore } from '../../src/ui/ui-store.js';
import { renderDashboard, settle } from '../ui/harness.js';
import { labInsideDemo } from '../support/lab.js';

function setup() {
  const sim = labInsideDemo();
  const store = createUiStore({
    sim,
    clock: new FakeClock(),
    lang: 'en',
    size: { columns: 120, rows: 36 },
  });
  const a = () => store.getState().actions;
  const commands = () =>
    store
      .getState()
      .console.lines.filter((l) => l.kind === 'command')
      .map((l) => l.text.replace(/^.*PS C:\\> /, ''));
  const output = () => store.getState().console.lines.map((l) => l.text);
  return { sim, store, a, commands, output };
}

/** One read, as the terminal delivers it. */
function paste(s: ReturnType<typeof setup>, data: string) {
  s.a().handleInput(data);
}

const PASTE = '$n = 40\r$n = $n + 2\r"sum $n"\rGet-Container | ft Name\r';

describe('a paste into the console (store level)', () => {
  it('runs each line once, in order', () => {
    const s = setup();
    s.a().handleInput(':');
    expect(s.store.getState().focus).toBe('console');
    paste(s, PASTE);
    expect(s.commands()).toEqual(['$n = 40', '$n = $n + 2', '"sum $n"', 'Get-Container | ft Name']);
    expect(s.output()).toContain('sum 42');
    expect(s.store.getState().console.input).toBe('');
    expect(s.store.getState().console.history).toEqual([
      '$n = 40',
      '$n = $n + 2',
      '"sum $n"',
      'Get-Container | ft Name',
    ]);
  });

  it('keeps an unfinished last line in the input; CRLF and LF work alike', () => {
    const s = setup();
    s.a().handleInput(':');
    paste(s, '$x = 1\r\n$x = $x + 1\n"x is $x"\r\nGet-Cont');
    expect(s.commands()).toEqual(['$x = 1', '$x = $x + 1', '"x is $x"']);
    expect(s.output()).toContain('x is 2');
    expect(s.store.getState().console.input).toBe('Get-Cont');
  });

  it('appends to what was typed before it', () => {
    const s = setup();
    s.a().handleInput(':');
    s.a().handleInput('"abc');
    paste(s, 'def"\r');
    expect(s.commands()).toEqual(['"abcdef"']);
    expect(s.output()).toContain('abcdef');
  });

  it('a long paste (300 lines, past the scrollback) loses no line', () => {
    const s = setup();
    s.a().handleInput(':');
    paste(s, `$n = 0\r${'$n = $n + 1\r'.repeat(298)}"n=$n"\r`);
    expect(s.output()).toContain('n=298');
    expect(s.store.getState().console.lines.length).toBeLessThanOrEqual(500);
  });
});

describe('a paste that opens the console in the same read', () => {
  it('types the rest into it, running each line', () => {
    const s = setup();
    s.a().handleInput(`:${PASTE}`);
    expect(s.commands()).toEqual(['$n = 40', '$n = $n + 2', '"sum $n"', 'Get-Container | ft Name']);
    expect(s.output()).toContain('sum 42');
  });
});

describe('a paste into the mounted dashboard (Ink and the store together)', () => {
  it('runs each line once, in order', async () => {
    const h = renderDashboard({ columns: 120, rows: 36 });
    try {
      await h.keys(':');
      expect(h.store.getState().focus).toBe('console');
      await h.keys(PASTE);
      await settle(20);
      const commands = h.store
        .getState()
        .console.lines.filter((l) => l.kind === 'command')
        .map((l) => l.text.replace(/^.*PS C:\\> /, ''));
      expect(commands).toEqual(['$n = 40', '$n = $n + 2', '"sum $n"', 'Get-Container | ft Name']);
      expect(h.store.getState().console.lines.map((l) => l.text)).toContain('sum 42');
      expect(h.store.getState().console.input).toBe('');
    } finally {
      h.unmount();
    }
  });
});
