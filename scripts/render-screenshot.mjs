#!/usr/bin/env node
// Renders a real frame of the dashboard to docs/dashboard.svg and prints the README's
// picture and keymap table. Run after a build:
//   npm run -s build && node scripts/render-screenshot.mjs
//
// The frame is the built bin/isolab.js in a pseudo-terminal (node-pty) at 120×36, read
// through a terminal emulator (@xterm/headless): the lab scenario after `t`, so DEMO runs
// in a utility VM and the host pane shows its vmwp. Colours come from the cells.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import xterm from '@xterm/headless';
import pty from 'node-pty';

const root = fileURLToPath(new URL('..', import.meta.url));
const COLS = 120;
const ROWS = 36;
const OUT = `${root}docs/dashboard.svg`;

const { helpSections } = await import(`${root}dist/ui/help-content.js`);
const { translator } = await import(`${root}dist/ui/i18n.js`);

/** xterm's default 16 colours (the dashboard uses only these). */
const PALETTE = [
  '#000000',
  '#cd3131',
  '#0dbc79',
  '#e5e510',
  '#2472c8',
  '#bc3fbc',
  '#11a8cd',
  '#e5e5e5',
  '#666666',
  '#f14c4c',
  '#23d18b',
  '#f5f543',
  '#3b8eea',
  '#d670d6',
  '#29b8db',
  '#ffffff',
];
const FOREGROUND = '#d4d4d4';
const BACKGROUND = '#1e1e1e';

function color256(n) {
  if (n < 16) return PALETTE[n];
  if (n < 232) {
    const v = [0, 95, 135, 175, 215, 255];
    const i = n - 16;
    const hex = (x) => x.toString(16).padStart(2, '0');
    return `#${hex(v[Math.floor(i / 36)])}${hex(v[Math.floor(i / 6) % 6])}${hex(v[i % 6])}`;
  }
  const g = (8 + (n - 232) * 10).toString(16).padStart(2, '0');
  return `#${g}${g}${g}`;
}

const cellColor = (cell, which) => {
  const isDefault = which === 'fg' ? cell.isFgDefault() : cell.isBgDefault();
  if (isDefault) return null;
  const value = which === 'fg' ? cell.getFgColor() : cell.getBgColor();
  const rgb = which === 'fg' ? cell.isFgRGB() : cell.isBgRGB();
  return rgb ? `#${value.toString(16).padStart(6, '0')}` : color256(value);
};

async function capture() {
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
  child.write('t');
  await waitFor(
    (s) =>
      s.some((l) => /vmwp .*utility VM of DEMO/.test(l)) &&
      s.some((l) => l.includes('Enter-PSSession')),
    'the toggle to Hyper-V',
  );
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

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function toSvg(rows) {
  const cw = 8.4;
  const lh = 18;
  const pad = 12;
  const width = Math.ceil(COLS * cw + pad * 2);
  const height = ROWS * lh + pad * 2;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="'DejaVu Sans Mono', Menlo, Consolas, monospace" font-size="14">`,
    `<rect width="100%" height="100%" fill="${BACKGROUND}" rx="6"/>`,
  ];
  rows.forEach((cells, y) => {
    const top = pad + y * lh;
    for (const c of cells) {
      if (c.bg)
        parts.push(
          `<rect x="${(pad + c.x * cw).toFixed(1)}" y="${top}" width="${(c.width * cw).toFixed(1)}" height="${lh}" fill="${c.bg}"/>`,
        );
    }
    // Runs of cells with the same style become one <text>, placed by column.
    let run = null;
    const flush = () => {
      if (!run || run.text.trim() === '') return;
      const attrs = [
        `x="${(pad + run.x * cw).toFixed(1)}"`,
        `y="${top + 13}"`,
        `fill="${run.fg}"`,
        `textLength="${(run.cells * cw).toFixed(1)}"`,
        'lengthAdjust="spacingAndGlyphs"',
      ];
      if (run.bold) attrs.push('font-weight="bold"');
      if (run.dim) attrs.push('fill-opacity="0.6"');
      if (run.italic) attrs.push('font-style="italic"');
      const deco = [run.underline && 'underline', run.strike && 'line-through']
        .filter(Boolean)
        .join(' ');
      if (deco) attrs.push(`text-decoration="${deco}"`);
      parts.push(`<text ${attrs.join(' ')} xml:space="preserve">${escape(run.text)}</text>`);
    };
    for (const c of cells) {
      const key = `${c.fg}|${c.bold}|${c.dim}|${c.italic}|${c.underline}|${c.strike}`;
      if (run && run.key === key && run.x + run.cells === c.x) {
        run.text += c.char;
        run.cells += c.width;
      } else {
        flush();
        run = { key, x: c.x, cells: c.width, text: c.char, ...c };
      }
    }
    flush();
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
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

const rows = await capture();
writeFileSync(OUT, toSvg(rows));
process.stdout.write(`wrote ${OUT}\n\n`);
process.stdout.write(
  `![isolab: the lab after t — DEMO runs in a utility VM, the host sees only its vmwp](docs/dashboard.svg)\n\n`,
);
process.stdout.write(`${keymapMarkdown()}\n`);
