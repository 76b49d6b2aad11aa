// The line being edited in a text field (the console, a filter, the new-container name):
// its text and a cursor, and every edit a key makes to it. Plain data and pure functions,
// so the console, the filter and the form edit alike and each edit is tested once.
// Every edit is linear in the line's length: a 100k-character paste is one insertion.

export interface EditLine {
  readonly text: string;
  /** A UTF-16 index on a code point boundary, 0 … text.length. */
  readonly cursor: number;
}

export type LineEditId =
  | 'left'
  | 'right'
  | 'home'
  | 'end'
  | 'backspace'
  | 'delete'
  | 'wordLeft'
  | 'wordRight'
  | 'killToStart'
  | 'killToEnd'
  | 'killWordBefore';

/** A line with the cursor after its last character. */
export function lineAt(text: string): EditLine {
  return { text, cursor: text.length };
}

export function insertText(line: EditLine, text: string): EditLine {
  if (text === '') return line;
  return {
    text: line.text.slice(0, line.cursor) + text + line.text.slice(line.cursor),
    cursor: line.cursor + text.length,
  };
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The index one code point before `i`. */
function before(text: string, i: number): number {
  if (i <= 0) return 0;
  return i >= 2 && isLowSurrogate(text.charCodeAt(i - 1)) ? i - 2 : i - 1;
}

/** The index one code point after `i`. */
function after(text: string, i: number): number {
  if (i >= text.length) return text.length;
  return isLowSurrogate(text.charCodeAt(i + 1)) ? i + 2 : i + 1;
}

const isWordChar = (char: string) => /[\p{L}\p{N}_]/u.test(char);

/** The start of the word before `i` (skipping the spaces and punctuation before it). */
function wordStartBefore(text: string, i: number): number {
  let j = i;
  while (j > 0 && !isWordChar(text[j - 1] as string)) j--;
  while (j > 0 && isWordChar(text[j - 1] as string)) j--;
  return j;
}

/** The end of the word after `i`. */
function wordEndAfter(text: string, i: number): number {
  let j = i;
  while (j < text.length && !isWordChar(text[j] as string)) j++;
  while (j < text.length && isWordChar(text[j] as string)) j++;
  return j;
}

/** The line without the text between `from` and `to`, the cursor at `from`. */
function cut(line: EditLine, from: number, to: number): EditLine {
  if (from >= to) return from === line.cursor ? line : { ...line, cursor: from };
  return { text: line.text.slice(0, from) + line.text.slice(to), cursor: from };
}

const moveTo = (line: EditLine, cursor: number): EditLine =>
  cursor === line.cursor ? line : { ...line, cursor };

export function applyLineEdit(line: EditLine, edit: LineEditId): EditLine {
  const { text, cursor } = line;
  switch (edit) {
    case 'left':
      return moveTo(line, before(text, cursor));
    case 'right':
      return moveTo(line, after(text, cursor));
    case 'home':
      return moveTo(line, 0);
    case 'end':
      return moveTo(line, text.length);
    case 'wordLeft':
      return moveTo(line, wordStartBefore(text, cursor));
    case 'wordRight':
      return moveTo(line, wordEndAfter(text, cursor));
    case 'backspace':
      return cut(line, before(text, cursor), cursor);
    case 'delete':
      return { ...cut(line, cursor, after(text, cursor)), cursor };
    case 'killToStart':
      return cut(line, 0, cursor);
    case 'killToEnd':
      return { ...cut(line, cursor, text.length), cursor };
    case 'killWordBefore':
      return cut(line, wordStartBefore(text, cursor), cursor);
  }
}
