// The list engine: PowerShell's ListWriter (FormatAndOutput/common/ListWriter.cs).
// renderListEntry prints ONE object's `Name : value` lines; the blank lines between and
// around entries are added by out-default.ts (frameList).
import { generateLines, hasLineBreak, splitLines } from './wrap.js';

export interface ListField {
  readonly label: string;
  /** The value's text (cell formatting already applied); may hold several lines. */
  readonly value: string;
}

const SEPARATOR = ' : ';
const MIN_LABEL_WIDTH = 1;
const MIN_FIELD_WIDTH = 1;

const trimEnd = (line: string): string => line.trimEnd();

/**
 * One object's lines in a list `columnWidth` characters wide (console width − 1, as for
 * tables). Labels are padded to the longest label and followed by ` : `; a label too long
 * for the width is cut. A value wider than the rest of the line wraps (word wrap, as
 * PowerShell's en-US ListWriter does) and its further lines, like those of a multi-line
 * value, are indented under the first. Like ListWriter, a width too small for one label
 * character, the separator and one value character prints nothing.
 */
export function renderListEntry(fields: readonly ListField[], columnWidth: number): string[] {
  const width = Math.floor(columnWidth);
  if (fields.length === 0 || !(width - SEPARATOR.length - MIN_FIELD_WIDTH - MIN_LABEL_WIDTH >= 0))
    return [];
  const maxLabel = width - SEPARATOR.length - MIN_FIELD_WIDTH;
  let longest = 0;
  for (const f of fields) longest = Math.max(longest, f.label.length);
  const labelWidth = Math.min(maxLabel, longest);
  const prefixWidth = labelWidth + SEPARATOR.length;
  const fieldWidth = width - prefixWidth;
  const indent = ' '.repeat(prefixWidth);

  const lines: string[] = [];
  for (const field of fields) {
    const label =
      field.label.length > labelWidth
        ? field.label.slice(0, labelWidth)
        : field.label.padEnd(labelWidth);
    // Most values are one short line: no splitting or wrapping to do.
    if (field.value.length <= fieldWidth && !hasLineBreak(field.value)) {
      lines.push(trimEnd(label + SEPARATOR + field.value));
      continue;
    }
    splitLines(field.value).forEach((valueLine, i) => {
      generateLines(valueLine, fieldWidth, fieldWidth).forEach((piece, j) => {
        const prefix = i === 0 && j === 0 ? label + SEPARATOR : indent;
        lines.push(trimEnd(prefix + piece));
      });
    });
  }
  return lines;
}
