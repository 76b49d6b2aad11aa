// Canonical key names: what the terminal sends, turned into the names the keymap and the
// demo scenarios use (`t`, `enter`, `shift+tab`, `ctrl+c`, `pageup`, `space`, `f1`).

import { mouseAt, type MouseEvent } from './mouse.js';

/** What one read from the terminal holds: keys, mouse reports, and runs of plain text. */
export type InputToken =
  { readonly key: string } | { readonly text: string } | { readonly mouse: MouseEvent };

/** Escape sequences as xterm, VTE, rxvt, the Linux console and tmux send them. */
const SEQUENCES: Readonly<Record<string, string>> = {
  '\x1b[A': 'up',
  '\x1b[B': 'down',
  '\x1b[C': 'right',
  '\x1b[D': 'left',
  '\x1bOA': 'up',
  '\x1bOB': 'down',
  '\x1bOC': 'right',
  '\x1bOD': 'left',
  '\x1b[H': 'home',
  '\x1b[F': 'end',
  '\x1bOH': 'home',
  '\x1bOF': 'end',
  '\x1b[1~': 'home',
  '\x1b[4~': 'end',
  '\x1b[7~': 'home',
  '\x1b[8~': 'end',
  '\x1b[5~': 'pageup',
  '\x1b[6~': 'pagedown',
  '\x1b[3~': 'delete',
  '\x1b[2~': 'insert',
  '\x1b[Z': 'shift+tab',
  '\x1b[1;5C': 'ctrl+right',
  '\x1b[1;5D': 'ctrl+left',
  '\x1b[5C': 'ctrl+right',
  '\x1b[5D': 'ctrl+left',
  '\x1bOP': 'f1',
  '\x1b[11~': 'f1',
  '\x1b[[A': 'f1',
  '\x1bOQ': 'f2',
  '\x1b[12~': 'f2',
  '\x1b[[B': 'f2',
  '\x1bOR': 'f3',
  '\x1b[13~': 'f3',
  '\x1b[[C': 'f3',
  '\x1bOS': 'f4',
  '\x1b[14~': 'f4',
  '\x1b[[D': 'f4',
};
const SEQUENCE_LIST = Object.keys(SEQUENCES).sort((a, b) => b.length - a.length);
// ESC [ parameters intermediates final: one we do not know, skipped whole. Sticky, so it
// matches at an index without copying the rest of the read.
// eslint-disable-next-line no-control-regex -- matching an escape sequence is the point
const UNKNOWN_CSI = /\x1b\[[0-9;?]*[ -/]*[@-~]/y;
const CONTROL_KEYS: Readonly<Record<string, string>> = {
  '\r': 'enter',
  '\n': 'enter',
  '\t': 'tab',
  '\x7f': 'backspace',
  '\b': 'backspace',
};

/** The key an escape sequence at `i` stands for, and its length (0: none known). */
function escapeAt(
  data: string,
  i: number,
): { readonly key: string | null; readonly length: number } {
  const known = SEQUENCE_LIST.find((seq) => data.startsWith(seq, i));
  if (known !== undefined) return { key: SEQUENCES[known] as string, length: known.length };
  UNKNOWN_CSI.lastIndex = i;
  const csi = UNKNOWN_CSI.exec(data);
  if (csi !== null) return { key: null, length: csi[0].length };
  // A lone Esc, or Esc read together with the next key (it looks like Alt+key; nothing
  // here uses Alt).
  return { key: 'escape', length: 1 };
}

/** A control character's key name, or null for a character that is text. */
function controlKey(char: string): string | null {
  const control = CONTROL_KEYS[char];
  if (control !== undefined) return control;
  if (char === '\x03') return 'ctrl+c';
  if (char < ' ') return `ctrl+${String.fromCharCode(char.charCodeAt(0) + 96)}`;
  return null;
}

/**
 * Splits one read into keys and text. Ink delivers characters that arrived together as one
 * event (docs/ink-notes.md): a fast typist or a busy moment gives `2/csr`, Esc and a key read
 * together give `\x1b/`, a paste gives thousands of characters. The dashboard takes them key
 * by key (actions/keyboard-input.ts). Linear in the read: runs of text are cut out once.
 */
export function parseInput(data: string): InputToken[] {
  const tokens: InputToken[] = [];
  // The text so far: pieces cut out of the read, joined once when a key ends the run.
  const pieces: string[] = [];
  let textStart = 0;
  const cutText = (at: number, next: number) => {
    if (at > textStart) pieces.push(data.slice(textStart, at));
    textStart = next;
  };
  const key = (name: string, at: number, next: number) => {
    cutText(at, next);
    if (pieces.length > 0) tokens.push({ text: pieces.join('') });
    pieces.length = 0;
    tokens.push({ key: name });
  };
  let i = 0;
  while (i < data.length) {
    const char = data[i] as string;
    if (char === '\x1b') {
      const report = mouseAt(data, i);
      if (report !== null) {
        cutText(i, i + report.length);
        if (pieces.length > 0) tokens.push({ text: pieces.join('') });
        pieces.length = 0;
        if (report.event !== null) tokens.push({ mouse: report.event });
        i += report.length;
        continue;
      }
      const found = escapeAt(data, i);
      if (found.key === null) cutText(i, i + found.length);
      else key(found.key, i, i + found.length);
      i += found.length;
      continue;
    }
    // CR LF (a pasted Windows line end) is one Return.
    const length = char === '\r' && data[i + 1] === '\n' ? 2 : 1;
    const control = char < ' ' || char === '\x7f' ? controlKey(char) : null;
    if (control !== null) key(control, i, i + length);
    i += control !== null ? length : 1;
  }
  cutText(data.length, data.length);
  if (pieces.length > 0) tokens.push({ text: pieces.join('') });
  return tokens;
}

const LABELS: Readonly<Record<string, string>> = {
  tab: 'Tab',
  'shift+tab': 'Shift+Tab',
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  pageup: 'PgUp',
  pagedown: 'PgDn',
  home: 'Home',
  end: 'End',
  enter: 'Enter',
  escape: 'Esc',
  'ctrl+c': 'Ctrl+C',
  f1: 'F1',
  f2: 'F2',
  f3: 'F3',
  f4: 'F4',
  space: 'Space',
  backspace: 'Backspace',
  delete: 'Delete',
  'ctrl+left': 'Ctrl+←',
  'ctrl+right': 'Ctrl+→',
};

/** How a key is written in the help and the hint line. */
export function keyLabel(name: string): string {
  const label = LABELS[name];
  if (label !== undefined) return label;
  return /^ctrl\+[a-z]$/.test(name) ? `Ctrl+${name.slice(5).toUpperCase()}` : name;
}
