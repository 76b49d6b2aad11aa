#!/usr/bin/env node
// Renders real frames of the dashboard to docs/dashboard.svg and docs/kernel-map.svg and
// prints the README's pictures and keymap table. Run after a build:
//   npm run -s build && node scripts/render-screenshot.mjs
//
// Each frame is the built bin/isolab.js in a pseudo-terminal (node-pty), read through a
// terminal emulator (@xterm/headless). dashboard.svg, 120×36: the lab after `t`, so DEMO
// runs in a utility VM and the host pane shows its vmwp; dashboard-80x24.svg, the same at
// 80×24. kernel-map.svg, 100×30: then
// WINCONT started (↓ s) and the kernel map open (m). The SVG is drawn by the same code as
// the dashboard's key p (src/ui/output/svg-frame.ts); colours come from the cells.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import xterm from '@xterm/headless';
import pty from 'node-pty';

const root = fileURLToPath(new URL('..', import.meta.url));
const { helpSections } = await import(`${root}dist/ui/keys/help-content.js`);
const { translator } = await import(`${root}dist/ui/text/i18n.js`);
const { frameSvg, color256, FOREGROUND, BACKGROUND } = await import(
  `${root}dist/ui/output/svg-frame.js`
);

const cellColor = (cell, which) => {
  const isDefault = which === 'fg' ? cell.isFgDefault() : cell.isBgDefault();
  if (isDefault) return null;
  const value = which === 'fg' ? cell.getFgColor() : cell.getBgColor();
  const rgb = which === 'fg' ? cell.isFgRGB() : cell.isBgRGB();
  return rgb ? `#${value.toString(16).padStart(6, '0')}` : color256(value);
};

async function capture(COLS, ROWS, steps) {
  const env = { ...process.env, TERM: 'xterm-256color', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
  delete env.CI;
  delete env.NO_COLOR;
  const term = new xterm.Terminal({ cols: COLS, rows: ROWS, allowProposedApi: true });
  const child = pty.spawn(process.execPath, [`${root}bin/isolab.js`], {
    name: 'xterm-256color',
    cols: COLS,
    rows: ROWS,
    env,
  });
  let pending = Promise.resolve();
  child.onData(
    (data) => (pending = pending.then(() => new Promise((resolve) => term.write(data, resolve)))),
  );
  const exited = new Promise((resolve) => child.onExit(resolve));
  const text = async () => {
    await pending;
    const lines = [];
    for (let y = 0; y < ROWS; y++)
      lines.push(term.buffer.active.getLine(y)?.translateToString(true) ?? '');
    return lines;
  };
  const waitFor = async (predicate, what) => {
    const deadline = Date.now() + 10_000;
    while (!predicate(await text())) {
      if (Date.now() > deadline)
        throw new Error(`render-screenshot: timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  await waitFor((s) => s.some((l) => l.includes('2 Host processes')), 'the first frame');
  for (const [key, predicate, what] of steps) {
    child.write(key);
    await waitFor(predicate, what);
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  await pending;
  const buffer = term.buffer.active;
  const rows = [];
  for (let y = 0; y < ROWS; y++) {
    const line = buffer.getLine(y);
    const cells = [];
    for (let x = 0; x < COLS; x++) {
      const cell = line?.getCell(x);
      if (!cell || cell.getWidth() === 0) continue;
      let fg = cellColor(cell, 'fg') ?? FOREGROUND;
      let bg = cellColor(cell, 'bg');
      if (cell.isInverse()) [fg, bg] = [bg ?? BACKGROUND, fg];
      cells.push({
        x,
        width: cell.getWidth(),
        char: cell.getChars() || ' ',
        fg,
        bg,
        bold: cell.isBold() !== 0,
        dim: cell.isDim() !== 0,
        italic: cell.isItalic() !== 0,
        underline: cell.isUnderline() !== 0,
        strike: cell.isStrikethrough() !== 0,
      });
    }
    rows.push(cells);
  }
  child.write('q');
  await exited;
  return rows;
}

function keymapMarkdown() {
  const t = translator('en');
  const lines = [];
  for (const section of helpSections(t, true)) {
    lines.push(`| **${section.title}** | |`);
    for (const entry of section.entries)
      lines.push(`| \`${entry.keys.replace(/\|/g, '\\|')}\` | ${entry.text} |`);
  }
  return ['| Keys | What they do |', '|---|---|', ...lines].join('\n');
}

const TOGGLED = [
  't',
  (s) =>
    s.some((l) => /vmwp .*utility VM of DEMO/.test(l)) &&
    s.some((l) => l.includes('Enter-PSSession')),
  'the toggle to Hyper-V',
];
const dashboard = await capture(120, 36, [TOGGLED]);
writeFileSync(`${root}docs/dashboard.svg`, frameSvg(dashboard, 120, 36));
// A projector's 80×24 (issue 12): the same moment, every column that teaches kept.
const projector = await capture(80, 24, [
  [
    't',
    (s) => s.some((l) => /vmwp .*◇/.test(l)) && s.some((l) => l.includes('[DEMO]: PS C:')),
    'the toggle to Hyper-V, at 80×24',
  ],
]);
writeFileSync(`${root}docs/dashboard-80x24.svg`, frameSvg(projector, 80, 24));
const map = await capture(100, 30, [
  TOGGLED,
  ['j', (s) => s.some((l) => l.includes('Start-Container') || l.includes('WINCONT')), 'WINCONT'],
  ['s', (s) => s.some((l) => /csrss — host 4/.test(l)), 'WINCONT started'],
  ['m', (s) => s.some((l) => l.includes('Utility VM · DEMO')), 'the kernel map'],
]);
writeFileSync(`${root}docs/kernel-map.svg`, frameSvg(map, 100, 30));
process.stdout.write(
  `wrote docs/dashboard.svg, docs/dashboard-80x24.svg and docs/kernel-map.svg\n\n`,
);
process.stdout.write(
  `![isolab: the lab after t — DEMO runs in a utility VM, the host sees only its vmwp](docs/dashboard.svg)\n\n`,
);
process.stdout.write(`${keymapMarkdown()}\n`);
