// PowerShell's StringManipulationHelper: splitting text into lines that fit a field.
// Used where PowerShell wraps rather than truncates: table header labels (TableWriter
// generates the header row in multi-line mode) and list values (ListWriter).
// Every character counts as one display cell (the simulator prints ASCII).

const SOFT_HYPHEN = '\u00ad';
const HARD_HYPHEN = '\u2011';
const NON_BREAKING_SPACE = '\u00a0';

/** SplitLines: `\r` dropped, split on `\n`. */
export function splitLines(s: string): string[] {
  return s.replace(/\r/g, '').split('\n');
}

/** A `\r` or `\n` in the text (cheaper than a regular expression on every cell). */
export const hasLineBreak = (s: string): boolean => s.includes('\n') || s.includes('\r');

/**
 * TruncateAtNewLine: a table cell shows only the first line of a value, followed by `...`
 * when there was more.
 */
export function truncateAtNewLine(s: string): string {
  if (!hasLineBreak(s)) return s;
  const i = s.search(/[\r\n]/);
  return i < 0 ? s : `${s.slice(0, i)}...`;
}

interface Word {
  readonly word: string;
  readonly delim: string;
}

/** GetWords: words end at a blank, tab or soft hyphen (kept as the delimiter). */
function getWords(s: string): Word[] {
  const words: Word[] = [];
  let current = '';
  for (const ch of s) {
    if (ch === ' ' || ch === '\t' || ch === SOFT_HYPHEN) {
      words.push({ word: current, delim: ch });
      current = '';
    } else if (ch === HARD_HYPHEN || ch === NON_BREAKING_SPACE) {
      words.push({ word: current, delim: '' });
      current = '';
    } else {
      current += ch;
    }
  }
  words.push({ word: current, delim: '' });
  return words;
}

/**
 * GenerateLinesWithWordWrap (the variant used for en-US): each line of `val` is broken at
 * word boundaries into pieces of at most `firstLineLen` (first piece) / `followingLinesLen`
 * (later pieces) characters; a word longer than a whole line is cut by characters.
 * Pieces may end with the blank that followed a word; callers trim trailing blanks.
 */
export function generateLines(
  val: string,
  firstLineLen: number,
  followingLinesLen: number,
): string[] {
  if (val === '') return [''];
  const out: string[] = [];
  for (const line of splitLines(val)) {
    if (line.length <= firstLineLen) {
      out.push(line);
      continue;
    }
    let spacesLeft = firstLineLen;
    let lineWidth = firstLineLen;
    let firstLine = true;
    let current = '';
    const nextLine = (): void => {
      if (firstLine) {
        firstLine = false;
        lineWidth = followingLinesLen;
      }
    };
    for (const { word: bare, delim } of getWords(line)) {
      let word = bare;
      if (delim === SOFT_HYPHEN) {
        if (word.length + 1 === spacesLeft) word += '-';
      } else if (delim !== '') {
        word += delim;
      }
      if (lineWidth <= 0) {
        nextLine();
        if (lineWidth <= 0) break;
        spacesLeft = lineWidth;
      }
      if (word.length > lineWidth) {
        for (const ch of word) {
          if (spacesLeft < 1) {
            out.push(current);
            current = ch;
            nextLine();
            spacesLeft = lineWidth - 1;
          } else {
            current += ch;
            spacesLeft -= 1;
          }
        }
      } else if (word.length > spacesLeft) {
        out.push(current);
        current = word;
        nextLine();
        spacesLeft = lineWidth - word.length;
      } else {
        current += word;
        spacesLeft -= word.length;
      }
    }
    out.push(current);
  }
  return out;
}
