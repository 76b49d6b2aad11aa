// The one sanitiser for text that came from a user or a file on its way to the terminal, a
// transcript, a recording or stderr (docs/terminal-safety.md). Nothing in it is interpreted:
// C0 controls and DEL are shown in caret notation as `cat -v` shows them (ESC is `^[`, BEL
// `^G`, NUL `^@`, DEL `^?`); C1 controls, bidi controls and zero-width characters as
// `<U+XXXX>`. The result holds only printable characters, so showing it twice changes
// nothing. This folder is the lowest layer: it imports nothing from src/.

/** Bidi controls: embeddings and overrides, isolates, marks (docs/terminal-safety.md §2). */
const BIDI = '\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c';
/** Zero-width characters: space, non-joiner, joiner, word joiner, byte-order mark. */
const ZERO_WIDTH = '\u200b-\u200d\u2060\ufeff';

const UNSAFE = new RegExp(`[\\x00-\\x1f\\x7f-\\x9f${BIDI}${ZERO_WIDTH}]`, 'gu');
const UNSAFE_TEST = new RegExp(UNSAFE.source, 'u');

function visible(char: string): string {
  const code = char.codePointAt(0) as number;
  // Caret notation: the character 64 places on (ESC 0x1b → `[`); DEL is `^?`.
  if (code < 0x20) return `^${String.fromCharCode(code + 0x40)}`;
  if (code === 0x7f) return '^?';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** The text with every control, bidi and zero-width character shown, never interpreted. */
export function showControls(text: string): string {
  return UNSAFE_TEST.test(text) ? text.replace(UNSAFE, visible) : text;
}

/** Lines shown one by one (a transcript chunk, a message). */
export function showControlsInLines(lines: readonly string[]): string[] {
  return lines.map(showControls);
}

/** Whether the text would change when shown (for validators that refuse instead). */
export function hasControls(text: string): boolean {
  return UNSAFE_TEST.test(text);
}
