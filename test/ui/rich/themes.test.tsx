// Themes for real rooms (issue 12): each palette's codes, and the cues that carry meaning in
// every palette and without colour — bold underlined headers, bold counts, a struck-through
// vanished row with its − mark, csrss in bold, the ◆ ◇ tags. Explicit SGR assertions first;
// the snapshot of the light frame's plain text only pins the layout beside them.
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ThemeName } from '../../../src/ui/views/theme.js';

// Ink's chalk decides its colour level when it loads; the test's output is not a TTY.
vi.hoisted(() => {
  process.env.FORCE_COLOR = '1';
});

const { renderDashboard, settle } = await import('../harness.js');
const { TOGGLE_STEP_MS } = await import('../../../src/ui/actions/toggle-animation.js');

afterEach(cleanup);

const ESC = '\x1b';
// eslint-disable-next-line no-control-regex -- reading SGR escapes
const SGR = /\x1b\[([0-9;]*)m/g;
const plain = (line: string) => line.replace(SGR, '');
/** Every SGR parameter the line switches on. */
const codes = (line: string) =>
  new Set([...line.matchAll(SGR)].flatMap((m) => (m[1] ?? '').split(';').map(Number)));

/** The lab after `t` on DEMO from the host pane: csrss gone, a vmwp come. */
async function afterToggle(options: { theme?: ThemeName; color?: boolean }) {
  const view = renderDashboard({ columns: 120, rows: 36, ...options });
  await view.keys('2', 't');
  for (let i = 0; i < 6; i++) {
    view.clock.advance(TOGGLE_STEP_MS);
    await settle(5);
  }
  const lines = view.lines();
  const find = (re: RegExp) => {
    const line = lines.find((l) => re.test(plain(l)));
    if (line === undefined) throw new Error(`no line matching ${re}`);
    return line;
  };
  return { view, lines, frame: view.frame(), find };
}

const YELLOW = [33, 93];
const CYAN_OR_WHITE = [36, 37, 96, 97];

describe('themes', () => {
  it('dark: csrss yellow and bold, tags cyan and magenta, headers bold and underlined', async () => {
    const { find } = await afterToggle({ theme: 'dark' });
    const csrss = codes(find(/^. *\+?csrss +\d+/));
    expect(csrss.has(33) && csrss.has(1)).toBe(true);
    const header = codes(find(/Name +Id +SI/));
    expect(header.has(1) && header.has(4)).toBe(true);
    expect(header.has(2)).toBe(false); // never dim grey
    expect(codes(find(/vmwp .*◇ utility VM of DEMO/)).has(35)).toBe(true);
    // The scroll count in the bottom border: bold, not the border's grey.
    const footer = find(/ \d+–\d+\/\d+ /);
    /* eslint-disable no-control-regex -- reading SGR escapes */
    expect(footer).toMatch(/\x1b\[1m(?:\x1b\[[0-9;]*m)* \d+–\d+\/\d+ /);
    expect(footer).not.toMatch(/\x1b\[90m(?:\x1b\[[0-9;]*m)* \d+–\d+\/\d+ /);
    /* eslint-enable no-control-regex */
  });

  it('light: nothing yellow, cyan or white; csrss blue and bold; a vanished row red, struck, not dim', async () => {
    const { frame, find } = await afterToggle({ theme: 'light' });
    for (const code of [...YELLOW, ...CYAN_OR_WHITE]) expect(codes(frame).has(code)).toBe(false);
    const csrss = codes(find(/^. *\+?csrss +\d+/));
    expect(csrss.has(34) && csrss.has(1)).toBe(true);
    const vanished = find(/−csrss +6528/);
    expect(codes(vanished).has(31) && codes(vanished).has(9)).toBe(true);
    expect(codes(vanished).has(2)).toBe(false);
    expect(codes(find(/vmwp .*◇ utility VM of DEMO/)).has(35)).toBe(true);
  });

  it('high-contrast: bright colours only, no grey and nothing dim', async () => {
    const { frame, find } = await afterToggle({ theme: 'high-contrast' });
    const used = codes(frame);
    expect(used.has(90)).toBe(false); // grey
    expect(used.has(2)).toBe(false); // dim
    for (const dull of [31, 32, 33, 34, 35, 36]) expect(used.has(dull)).toBe(false);
    expect(codes(find(/^. *\+?csrss +\d+/)).has(93)).toBe(true);
    expect(codes(find(/−csrss +6528/)).has(91)).toBe(true);
  });

  it('NO_COLOR: no colour at all, and every cue stays (bold headers, struck rows, marks, tags)', async () => {
    const { frame, find, lines } = await afterToggle({ color: false, theme: 'light' });
    // eslint-disable-next-line no-control-regex -- looking for colour escapes
    expect(frame).not.toMatch(/\x1b\[(3[0-7]|9[0-7]|38;[0-9;]+)m/);
    const header = codes(find(/Name +Id +SI/));
    expect(header.has(1) && header.has(4)).toBe(true);
    const vanished = codes(find(/−csrss +6528/));
    expect(vanished.has(9)).toBe(true);
    expect(codes(find(/^. *\+?csrss +\d+/)).has(1)).toBe(true);
    const text = lines.map(plain).join('\n');
    expect(text).toMatch(/\+vmwp .*◇ utility VM of DEMO/);
    expect(text).toMatch(/◆/);
    expect(text).toMatch(/▶/);
    expect(frame).toContain(`${ESC}[7m`); // the selected row
  });

  it('borders: the focused pane heavy and cyan end to end, the others thin and grey', async () => {
    const { lines } = await afterToggle({ theme: 'dark' });
    // The focused pane (Host, `2`): its top border runs ┏━ … ━┓, every ━ in cyan.
    const top = lines.find((l) => /┏━.*━┓/.test(plain(l)));
    if (top === undefined) throw new Error('no focused top border');
    /* eslint-disable no-control-regex -- reading SGR escapes */
    const runs = [...top.matchAll(/((?:\x1b\[[0-9;]*m)*)(━+)/g)];
    expect(runs.length).toBeGreaterThan(0);
    // Each run of line is coloured where it starts (after the title, inside the cyan piece).
    const cyanAt = (l: string, at: number) => {
      const before = l.slice(0, at);
      const opened = before.lastIndexOf('\x1b[36m');
      return opened >= 0 && before.lastIndexOf('\x1b[39m') < opened;
    };
    for (const run of runs) {
      const at = (run.index ?? 0) + (run[1]?.length ?? 0);
      expect(cyanAt(top, at)).toBe(true);
    }
    // An unfocused pane's bottom border: └─ … ─┘ in grey, and no corner bold.
    const bottom = lines.find((l) => /└─+.*─┘/.test(plain(l)));
    if (bottom === undefined) throw new Error('no thin bottom border');
    expect(codes(bottom).has(90)).toBe(true);
    expect(bottom).not.toMatch(/\x1b\[1m[└┘┏┓]/);
    /* eslint-enable no-control-regex */
  });

  it('the palettes differ only in colour: the same text in every theme', async () => {
    const texts: string[] = [];
    for (const theme of ['dark', 'light', 'high-contrast'] as const) {
      const { lines } = await afterToggle({ theme });
      texts.push(lines.map(plain).join('\n'));
      cleanup();
    }
    expect(texts[1]).toBe(texts[0]);
    expect(texts[2]).toBe(texts[0]);
    // The layout only: the numbers (PIDs, counters) depend on the generator's state.
    expect(texts[0]?.replace(/\d+/g, 'N')).toMatchSnapshot();
  });
});
