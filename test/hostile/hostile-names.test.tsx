// Issue 15, part 2 finding 5: container names with a right-to-left override, zero-width
// joiners, 50 combining marks, an emoji family or Thai must not move a pane's border or spill
// into the next pane, and a bidi override must not disguise a name. Drawn at 80×24 through a
// real terminal emulator (@xterm/headless), where a joined emoji or an override would act;
// the border's cells are read from the emulator's buffer (Unicode 11 widths), not from the
// string.
import { Unicode11Addon } from '@xterm/addon-unicode11';
import xterm from '@xterm/headless';
import { describe, expect, it } from 'vitest';
import { Shell } from '../../src/shell/index.js';
import { createSim } from '../../src/sim/index.js';
import { renderDashboard } from '../ui/harness.js';

const HOSTILE: readonly string[] = [
  'evil\u202Etxt.exe',
  'a\u200Db\u200Dc\u200Bd',
  `x${'\u0301'.repeat(50)}`,
  '👨‍👩‍👧‍👦fam',
  'ภาษาไทย',
];
const BORDERS = new Set(['│', '┃', '║', '┊']);

async function borderCells(frame: string, cols: number, rows: number) {
  const term = new xterm.Terminal({ cols, rows, allowProposedApi: true, convertEol: true });
  // Unicode 11 widths, as today's terminals have them (an emoji takes two cells).
  term.loadAddon(new Unicode11Addon());
  term.unicode.activeVersion = '11';
  await new Promise<void>((resolve) => term.write(frame, resolve));
  const out: { text: string; borders: number[] }[] = [];
  for (let y = 0; y < rows; y++) {
    const line = term.buffer.active.getLine(y);
    const borders: number[] = [];
    for (let x = 0; x < cols; x++)
      if (BORDERS.has(line?.getCell(x)?.getChars() ?? '')) borders.push(x);
    out.push({ text: line?.translateToString(true) ?? '', borders });
  }
  term.dispose();
  return out;
}

async function drawn(names: readonly string[]) {
  const sim = createSim({ start: 'host' });
  const shell = new Shell({ sim });
  for (const name of names) {
    const r = shell.execute(`New-Container -Name '${name}' -ContainerImageName NanoServer`);
    expect(r.hadError, r.lines.join('\n')).toBe(false);
  }
  const h = renderDashboard({ columns: 80, rows: 24, sim, color: false });
  try {
    return await borderCells(h.frame(), 80, 24);
  } finally {
    h.unmount();
  }
}

describe('hostile container names at 80×24', () => {
  // The pane shows three rows at this size: two hostile names beside a plain one each time.
  it.each(
    [
      [0, 1],
      [2, 3],
      [4, 0],
    ].map(([a, b]) => [HOSTILE[a ?? 0] ?? '', HOSTILE[b ?? 0] ?? '']),
  )('%j and %j keep every border in the plain row’s columns', async (...names) => {
    const screen = await drawn([...names, 'plain']);
    const all = screen.map((r) => r.text).join('\n');
    const rows = screen.filter((r) => r.text.includes(' Default '));
    expect(rows.length, all).toBe(3);
    const plain = rows.find((r) => r.text.includes(' plain '));
    expect(plain, all).toBeDefined();
    // Two panes side by side: the containers pane's two borders and the process pane's.
    expect(plain?.borders).toHaveLength(4);
    for (const row of rows) expect(row.borders, all).toEqual(plain?.borders);
    // Every line of the frame has its right border in the last column: nothing spilled.
    for (const row of screen.filter((r) => r.borders.length > 0))
      expect(row.borders.at(-1), all).toBe(79);
    expect(all).not.toMatch(/\u202E|\u200D|\u200B/u);
  });

  it('a right-to-left override is shown, not obeyed', async () => {
    const all = (await drawn([HOSTILE[0] ?? '', 'plain'])).map((r) => r.text).join('\n');
    expect(all).toContain('evil<U+202E>');
  });
});
