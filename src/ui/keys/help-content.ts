// The help overlay — a legend of the marks, then the keys of each mode — generated from
// the keymap (key-table.ts) so it always says what the keys do; the hint line is hint-line.ts.
import type { Translate } from '../text/i18n.js';
import { bindingsOf, type KeyContext } from './key-table.js';
import { keyLabel } from './key-names.js';
import type { MessageKey } from '../text/messages-en.js';
import { cellWidth, wrapWords } from '../text/text-width.js';
import {
  APPEARED_MARK,
  DONE_MARK,
  enteredName,
  FAILED_MARK,
  SELECTED_MARK,
  SHARED_MARK,
  SORT_DOWN,
  SORT_UP,
  SPOTLIGHT_MARK,
  UTILITY_VM_MARK,
  VANISHED_MARK,
} from '../text/marks.js';

export interface HelpEntry {
  readonly keys: string;
  readonly text: string;
  /** The legend's example of a vanished row is drawn struck through. */
  readonly strike?: boolean;
}

export interface HelpSection {
  readonly context: KeyContext | 'legend';
  readonly title: string;
  readonly entries: readonly HelpEntry[];
}

const SECTION_ORDER: readonly KeyContext[] = [
  'main',
  'console',
  'filter',
  'form',
  'confirm',
  'help',
  'details',
  'always',
  'edit',
  'demo',
  'takenOver',
  'lesson',
  'lessonField',
];

const DEMO_SECTIONS: readonly KeyContext[] = ['demo', 'takenOver'];
const LESSON_SECTIONS: readonly KeyContext[] = ['lesson', 'lessonField'];

/** The modes whose sections the help shows; `true`: every section. */
export type HelpModes = boolean | { readonly demo: boolean; readonly lesson: boolean };

/**
 * The help's first section: every mark and symbol the dashboard draws, from the constants
 * the views draw (text/marks.ts), so the legend says what is on screen (issue 12).
 */
export function legendSection(t: Translate): HelpSection {
  const entry = (keys: string, text: MessageKey, strike = false): HelpEntry => ({
    keys,
    text: t(text),
    ...(strike ? { strike } : {}),
  });
  return {
    context: 'legend',
    title: t('section.legend'),
    entries: [
      entry(SHARED_MARK, 'legend.shared'),
      entry(UTILITY_VM_MARK, 'legend.utilityVm'),
      entry(SELECTED_MARK, 'legend.selected'),
      entry(APPEARED_MARK, 'legend.appeared'),
      entry(VANISHED_MARK, 'legend.vanished'),
      entry('csrss', 'legend.strike', true),
      entry(enteredName('NAME'), 'legend.entered'),
      entry(SPOTLIGHT_MARK, 'legend.spotlight'),
      entry(t('col.si'), 'legend.si'),
      entry(`${SORT_UP} ${SORT_DOWN}`, 'legend.sort'),
      entry(`${DONE_MARK} ${FAILED_MARK}`, 'legend.outcome'),
    ],
  };
}

/**
 * The legend, then one section per context: those of the current mode first (`first`:
 * the demo's keys in demo mode), then the rest in SECTION_ORDER. One entry per help text:
 * bindings sharing it are listed together (`↑ k / ↓ j`).
 */
export function helpSections(
  t: Translate,
  modes: HelpModes,
  first: readonly KeyContext[] = [],
): HelpSection[] {
  const demo = typeof modes === 'boolean' ? modes : modes.demo;
  const lesson = typeof modes === 'boolean' ? modes : modes.lesson;
  const shown = (context: KeyContext) =>
    (demo || !DEMO_SECTIONS.includes(context)) && (lesson || !LESSON_SECTIONS.includes(context));
  const order = [...first, ...SECTION_ORDER.filter((c) => !first.includes(c))];
  return [legendSection(t), ...order.filter(shown).map((context) => keySection(t, context))];
}

function keySection(t: Translate, context: KeyContext): HelpSection {
  const entries: { help: MessageKey; keys: string[] }[] = [];
  for (const binding of bindingsOf(context)) {
    const keys = binding.keys.map(keyLabel).join(' ');
    const same = entries.find((e) => e.help === binding.help);
    if (same) same.keys.push(keys);
    else entries.push({ help: binding.help, keys: [keys] });
  }
  return {
    context,
    title: t(`section.${context}`),
    entries: entries.map((e) => ({ keys: e.keys.join(' / '), text: t(e.help) })),
  };
}

export type HelpLine =
  | { readonly kind: 'section'; readonly text: string }
  | {
      readonly kind: 'entry';
      readonly keys: string;
      readonly text: string;
      readonly strike?: boolean;
    }
  | { readonly kind: 'blank' };

/** The keys' column: as wide as the widest keys of these sections, within limits. */
export function keyColumnWidth(sections: readonly HelpSection[], columnWidth: number): number {
  let width = 0;
  for (const s of sections) for (const e of s.entries) width = Math.max(width, cellWidth(e.keys));
  // The few longer key lists wrap within the column rather than widen it for all.
  return Math.max(4, Math.min(width, 16, Math.floor(columnWidth / 3)));
}

/**
 * The lines of a help column `columnWidth` wide: section titles, then one entry per line
 * with its description wrapped under itself (continuation lines have no keys).
 */
export function helpLines(
  sections: readonly HelpSection[],
  columnWidth: number,
  keyWidth: number,
): HelpLine[] {
  const textWidth = Math.max(8, columnWidth - keyWidth - 2);
  const lines: HelpLine[] = [];
  sections.forEach((section, i) => {
    if (i > 0) lines.push({ kind: 'blank' });
    lines.push({ kind: 'section', text: section.title });
    for (const entry of section.entries) {
      const keys =
        cellWidth(entry.keys) > keyWidth ? wrapWords(entry.keys, keyWidth) : [entry.keys];
      const text = wrapWords(entry.text, textWidth);
      for (let row = 0; row < Math.max(keys.length, text.length); row++) {
        const strike = row === 0 && entry.strike === true ? { strike: true } : {};
        lines.push({ kind: 'entry', keys: keys[row] ?? '', text: text[row] ?? '', ...strike });
      }
    }
  });
  return lines;
}

export interface HelpColumn {
  readonly keyWidth: number;
  readonly lines: readonly HelpLine[];
}

/** The help in one column, or two when `width` allows, split between sections. */
export function helpColumns(sections: readonly HelpSection[], width: number): HelpColumn[] {
  const twoColumns = width >= 100;
  const columnWidth = twoColumns ? Math.floor((width - 2) / 2) : width;
  const lay = (part: readonly HelpSection[]): HelpColumn => {
    const keyWidth = keyColumnWidth(part, columnWidth);
    return { keyWidth, lines: helpLines(part, columnWidth, keyWidth) };
  };
  if (!twoColumns) return [lay(sections)];
  const total = lay(sections).lines.length;
  let split = 1;
  while (split < sections.length && lay(sections.slice(0, split)).lines.length < total / 2) split++;
  return [lay(sections.slice(0, split)), lay(sections.slice(split))];
}

export const helpColumnWidth = (width: number): number =>
  width >= 100 ? Math.floor((width - 2) / 2) : width;
