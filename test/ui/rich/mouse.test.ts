// The mouse (issue 12): SGR reports parsed out of the input, never typed; a click focuses
// the pane under it and selects the row; the wheel scrolls; a click on a hint runs it.
import { describe, expect, it } from 'vitest';
import { hintItems, hintText } from '../../../src/ui/keys/hint-line.js';
import { parseInput } from '../../../src/ui/keys/key-names.js';
import { stripLabels, stripTexts } from '../../../src/ui/text/strip-labels.js';
import { splitMouse } from '../../../src/ui/keys/mouse.js';
import { layoutOf, paneEntries } from '../../../src/ui/state/selectors.js';
import { lab } from '../fixtures.js';
import { uiStore } from '../harness.js';

const press = (x: number, y: number, code = 0) => `\x1b[<${code};${x + 1};${y + 1}M`;

describe('reading mouse reports', () => {
  it.each([
    ['\x1b[<0;10;5M', { kind: 'press', button: 0, x: 9, y: 4 }],
    ['\x1b[<0;10;5m', { kind: 'release', button: 0, x: 9, y: 4 }],
    ['\x1b[<2;1;1M', { kind: 'press', button: 2, x: 0, y: 0 }],
    ['\x1b[<64;3;4M', { kind: 'wheelUp', button: 0, x: 2, y: 3 }],
    ['\x1b[<65;3;4M', { kind: 'wheelDown', button: 0, x: 2, y: 3 }],
    ['\x1b[<32;3;4M', { kind: 'drag', button: 0, x: 2, y: 3 }],
  ])('%j', (data, event) => {
    expect(splitMouse(data)).toEqual({ events: [event], rest: '', pending: '' });
    expect(parseInput(data)).toEqual([{ mouse: event }]);
  });

  it('keeps keys and text around reports in order, and holds a report cut by the read', () => {
    expect(splitMouse('ab\x1b[<0;1;1Mc\x1b[A\x1b[<0;2')).toEqual({
      events: [{ kind: 'press', button: 0, x: 0, y: 0 }],
      rest: 'abc\x1b[A',
      pending: '\x1b[<0;2',
    });
    expect(parseInput('x\x1b[<0;1;1My')).toEqual([
      { text: 'x' },
      { mouse: { kind: 'press', button: 0, x: 0, y: 0 } },
      { text: 'y' },
    ]);
    // An X10 report (no 1006) is skipped whole, never typed.
    expect(parseInput('\x1b[M !!q')).toEqual([{ text: 'q' }]);
  });
});

describe('what the mouse does', () => {
  const setup = () => uiStore({ sim: lab(), columns: 120, rows: 40 });

  it('a click focuses the pane under it and selects the row clicked', () => {
    const { a, store } = setup();
    const host = layoutOf(store.getState()).panes.host;
    // The third row of the list: border, header, then rows.
    a().handleInput(press(host.x + 5, host.y + 4));
    const s = store.getState();
    expect(s.focus).toBe('host');
    expect(s.panes.host.cursor).toBe(2);
    const containers = layoutOf(s).panes.containers;
    a().handleInput(press(containers.x + 3, containers.y + 3));
    expect(store.getState().focus).toBe('containers');
    expect(store.getState().selectedContainerId).toBe(s.host.containers[1]?.containerId);
  });

  it('the wheel moves the list under it three rows, and scrolls the console back', () => {
    const { a, store } = setup();
    const host = layoutOf(store.getState()).panes.host;
    a().handleInput(press(host.x + 5, host.y + 5, 65));
    expect(store.getState().focus).toBe('host');
    expect(store.getState().panes.host.cursor).toBe(3);
    a().handleInput(press(host.x + 5, host.y + 5, 64));
    expect(store.getState().panes.host.cursor).toBe(0);
    for (let i = 0; i < 30; i++) a().runLine('Get-Process csrss');
    const console = layoutOf(store.getState()).panes.console;
    a().handleInput(press(console.x + 5, console.y + 2, 64));
    expect(store.getState().console.scrollBack).toBeGreaterThan(0);
    expect(paneEntries(store.getState(), 'host').length).toBeGreaterThan(3);
  });

  it('a click on a hint runs its key: "Tab pane" moves the focus, "? help" opens the help', () => {
    const { a, store, env } = setup();
    const hints = layoutOf(store.getState()).hints;
    // The line as the hint row draws it (one space, then the hints that fit).
    const text = ` ${hintText(hintItems('main', env.t), hints.width - 1)}`;
    expect(text).toContain('? help');
    a().handleInput(press(hints.x + text.indexOf('Tab pane') + 1, hints.y));
    expect(store.getState().focus).toBe('host');
    a().handleInput(press(hints.x + text.indexOf(' · ', 3), hints.y)); // between two hints
    expect(store.getState().focus).toBe('host');
    a().handleInput(press(hints.x + text.indexOf('? help') + 2, hints.y));
    expect(store.getState().overlay?.kind).toBe('help');
  });

  it('at 60×20 a click on the pane strip shows that pane', () => {
    const { a, store, env } = uiStore({ sim: lab(), columns: 60, rows: 20 });
    const strip = layoutOf(store.getState()).strip!;
    const labels = stripLabels(stripTexts(env.t), strip.width);
    a().handleInput(press(strip.x + (labels[1]?.from ?? 0) + 1, strip.y));
    expect(store.getState().focus).toBe('host');
    a().handleInput(press(strip.x + (labels[3]?.to ?? 1) - 1, strip.y));
    expect(store.getState().focus).toBe('console');
  });
});
