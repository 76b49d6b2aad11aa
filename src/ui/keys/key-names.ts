// Canonical key names: what the terminal sends, turned into the names the keymap and the
// demo scenarios use (`t`, `enter`, `shift+tab`, `ctrl+c`, `pageup`, `space`, `f1`).

/** What one read from the terminal holds: keys, and runs of plain text between them. */
export type InputToken = { readonly key: string } | { readonly text: string };

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
  '\x1bOP': 'f1',
  '\x1b[11~': 'f1',
  '\x1b[[A': 'f1',
};
const SEQUENCE_LIST = Object.keys(SEQUENCES).sort((a, b) => b.length - a.length);
// ESC [ parameters intermediates final: one we do not know, skipped whole.
// eslint-disable-next-line no-control-regex -- matching an escape sequence is the point
const UNKNOWN_CSI = /^\x1b\[[0-9;?]*[ -/]*[@-~]/;
const CONTROL_KEYS: Readonly<Record<string, string>> = {
  '\r': 'enter',
  '\n': 'enter',
  '\t': 'tab',
  '\x7f': 'backspace',
  '\b': 'backspace',
};

/**
 * Splits one read into keys and text. Ink delivers characters that arrived together as one
 * event (docs/ink-notes.md): a fast typist or a busy moment gives `2/csr`, Esc and a key read
 * together give `\x1b/`. The dashboard takes them key by key (key-dispatch.ts).
 */
export function parseInput(data: string): InputToken[] {
  const tokens: InputToken[] = [];
  let text = '';
  const key = (name: string) => {
    if (text !== '') tokens.push({ text });
    text = '';
    tokens.push({ key: name });
  };
  let i = 0;
  while (i < data.length) {
    const rest = data.slice(i);
    if (rest.startsWith('\x1b')) {
      const known = SEQUENCE_LIST.find((seq) => rest.startsWith(seq));
      if (known !== undefined) {
        key(SEQUENCES[known] as string);
        i += known.length;
        continue;
      }
      const csi = UNKNOWN_CSI.exec(rest);
      if (csi !== null) {
        i += csi[0].length;
        continue;
      }
      // A lone Esc, or Esc read together with the next key (it looks like Alt+key; nothing
      // here uses Alt).
      key('escape');
      i += 1;
      continue;
    }
    const char = String.fromCodePoint(data.codePointAt(i) as number);
    i += char.length;
    const control = CONTROL_KEYS[char];
    if (control !== undefined) key(control);
    else if (char === '\x03') key('ctrl+c');
    else if (char < ' ') key(`ctrl+${String.fromCharCode(char.charCodeAt(0) + 96)}`);
    else text += char;
  }
  if (text !== '') tokens.push({ text });
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
  space: 'Space',
  backspace: 'Backspace',
  delete: 'Delete',
};

/** How a key is written in the help and the hint line. */
export function keyLabel(name: string): string {
  return LABELS[name] ?? name;
}
