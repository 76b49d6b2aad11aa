import { describe, expect, it } from 'vitest';
import { KEY_NAMES } from '../../src/demo/index.js';
import { helpColumns, helpSections } from '../../src/ui/keys/help-content.js';
import { demoStatusText, hintItems, hintText } from '../../src/ui/keys/hint-line.js';
import { bindingFor, KEYMAP, type KeyContext } from '../../src/ui/keys/key-table.js';
import { keyLabel, parseInput } from '../../src/ui/keys/key-names.js';
import { cellWidth } from '../../src/ui/text/text-width.js';
import { ko, t } from './fixtures.js';

describe('the keymap', () => {
  it('binds each key at most once per context', () => {
    const seen = new Set<string>();
    for (const b of KEYMAP) {
      for (const key of b.keys) {
        const id = `${b.context}:${key}`;
        expect(seen.has(id), id).toBe(false);
        seen.add(id);
      }
    }
  });

  it('binds every key a demo scenario may press, in the panes', () => {
    for (const key of KEY_NAMES) expect(bindingFor(['always', 'main'], key), key).toBeDefined();
  });

  it('has the docs/spec.md §5 keys where they belong', () => {
    const main = (key: string) => bindingFor(['always', 'main'], key)?.action;
    expect(main('t')).toBe('toggleRuntime');
    expect(main('s')).toBe('startStop');
    expect(main('n')).toBe('newContainer');
    expect(main('d')).toBe('removeContainer');
    expect(main('enter')).toBe('enterSession');
    expect(main('x')).toBe('exitSession');
    expect(main(':')).toBe('focusConsole');
    expect(main('/')).toBe('filter');
    expect(main('c')).toBe('csrssOnly');
    expect(main('o')).toBe('cycleSort');
    expect(main('?')).toBe('helpToggle');
    expect(main('f1')).toBe('helpToggle');
    expect(main('q')).toBe('quit');
    expect(main('ctrl+c')).toBe('forceQuit');
    expect(main('j')).toBe('moveDown');
    expect(main('k')).toBe('moveUp');
    const demo = (key: string) => bindingFor(['always', 'demo'], key)?.action;
    expect(
      [' ', '.', ']', '[', '+', '-', 'r', 'i', 'q'].map((k) => demo(k === ' ' ? 'space' : k)),
    ).toEqual([
      'demoPlay',
      'demoStep',
      'demoNextChapter',
      'demoPreviousChapter',
      'demoFaster',
      'demoSlower',
      'demoRestart',
      'demoTakeOver',
      'demoQuit',
    ]);
  });

  it('leaves letters to the text fields: the console, filter and form contexts bind no printable key', () => {
    for (const context of ['console', 'filter', 'form'] as KeyContext[]) {
      for (const b of KEYMAP.filter((x) => x.context === context)) {
        for (const key of b.keys) expect([...key].length === 1, `${context}:${key}`).toBe(false);
      }
    }
    expect(bindingFor(['always', 'console'], 'q')).toBeUndefined();
    expect(bindingFor(['always', 'console'], 'ctrl+c')?.action).toBe('forceQuit');
  });
});

describe('the help overlay', () => {
  it('lists every binding of the table, with its keys and its description', () => {
    for (const lang of [t, ko]) {
      const sections = helpSections(lang, true);
      const text = helpColumns(sections, 200)
        .flatMap((c) => c.lines)
        .map((l) =>
          l.kind === 'entry' ? `${l.keys} ${l.text}` : l.kind === 'section' ? l.text : '',
        )
        .join('\n');
      const flat = text.replace(/\s+/g, ' ');
      for (const b of KEYMAP) {
        for (const key of b.keys) expect(flat, `${b.context}:${key}`).toContain(keyLabel(key));
        expect(flat, b.help).toContain(lang(b.help).replace(/\s+/g, ' '));
      }
      for (const s of sections) expect(flat).toContain(s.title);
    }
  });

  it('shows the demo section only in demo mode', () => {
    expect(helpSections(t, false).map((s) => s.context)).not.toContain('demo');
    expect(helpSections(t, true).map((s) => s.context)).toContain('demo');
  });

  it('wraps long descriptions within a narrow column', () => {
    for (const column of helpColumns(helpSections(t, true), 40)) {
      for (const line of column.lines) {
        if (line.kind === 'entry')
          expect(cellWidth(line.text)).toBeLessThanOrEqual(40 - column.keyWidth - 2);
      }
    }
  });
});

describe('the key-hint line', () => {
  it("lists the context's hints and keeps help and quit when space runs out", () => {
    const items = hintItems('main', t);
    expect(hintText(items, 200)).toBe(
      'Tab pane · ↑↓ move · t runtime · s start/stop · Enter session · x exit · n new · d remove · : console · / filter · c csrss · o sort · z zoom · v details · ? help · q quit',
    );
    const short = hintText(items, 50);
    expect(cellWidth(short)).toBeLessThanOrEqual(50);
    expect(short.endsWith('? help · q quit')).toBe(true);
    expect(hintText(hintItems('console', t), 200)).toContain('Tab complete');
  });

  it('shows the demo status', () => {
    const text = demoStatusText(
      {
        state: 'playing',
        speed: 1.5,
        chapter: 2,
        chapters: 5,
        chapterTitle: 'Hyper-V',
        step: 3,
        steps: 12,
      },
      t,
    );
    expect(text).toBe('▶ playing 1.5× · chapter 2/5 Hyper-V · step 3/12');
  });
});

describe('reading the keyboard', () => {
  it('names keys canonically', () => {
    const keys = (data: string) =>
      parseInput(data).map((t) => ('key' in t ? t.key : 'text' in t ? `"${t.text}"` : 'mouse'));
    expect(keys('\t')).toEqual(['tab']);
    expect(keys('\x1b[Z')).toEqual(['shift+tab']);
    expect(keys('\r')).toEqual(['enter']);
    expect(keys('\x1b')).toEqual(['escape']);
    expect(keys('\x03')).toEqual(['ctrl+c']);
    expect(keys('\x1b[A\x1bOB\x1b[5~\x1b[6~\x1b[H\x1b[4~')).toEqual([
      'up',
      'down',
      'pageup',
      'pagedown',
      'home',
      'end',
    ]);
    expect(keys('\x1bOP')).toEqual(['f1']);
    expect(keys('\x1b[11~')).toEqual(['f1']);
    expect(keys('\x7f')).toEqual(['backspace']);
    expect(keys('t')).toEqual(['"t"']);
  });

  it('splits what arrived together: text runs, and Esc read with the next key', () => {
    const keys = (data: string) =>
      parseInput(data).map((t) => ('key' in t ? t.key : 'text' in t ? `"${t.text}"` : 'mouse'));
    expect(keys('2/csr')).toEqual(['"2/csr"']);
    expect(keys('\x1b/')).toEqual(['escape', '"/"']);
    expect(keys('q\x03')).toEqual(['"q"', 'ctrl+c']);
    expect(keys('Get-Process\r')).toEqual(['"Get-Process"', 'enter']);
    expect(keys('a\x1b[99;5zb')).toEqual(['"ab"']);
    expect(keys('호스트')).toEqual(['"호스트"']);
  });
});
