// The line model every text field edits through (src/ui/state/line-edit.ts).
import { describe, expect, it } from 'vitest';
import {
  applyLineEdit,
  insertText,
  lineAt,
  type EditLine,
  type LineEditId,
} from '../../../src/ui/state/line-edit.js';

/** `|` marks the cursor: 'ab|c' is text 'abc' with the cursor before c. */
const parse = (marked: string): EditLine => ({
  text: marked.replace('|', ''),
  cursor: marked.indexOf('|'),
});
const show = (line: EditLine) =>
  `${line.text.slice(0, line.cursor)}|${line.text.slice(line.cursor)}`;
const edit = (marked: string, id: LineEditId) => show(applyLineEdit(parse(marked), id));

describe('the line being edited', () => {
  it('starts with the cursor at the end and inserts at the cursor', () => {
    expect(show(lineAt('Get'))).toBe('Get|');
    expect(show(insertText(parse('Get-|ss'), 'Proce'))).toBe('Get-Proce|ss');
    expect(show(insertText(parse('|'), ''))).toBe('|');
  });

  it('moves by characters and to the ends, never past them', () => {
    expect(edit('ab|c', 'left')).toBe('a|bc');
    expect(edit('|abc', 'left')).toBe('|abc');
    expect(edit('ab|c', 'right')).toBe('abc|');
    expect(edit('abc|', 'right')).toBe('abc|');
    expect(edit('ab|c', 'home')).toBe('|abc');
    expect(edit('a|bc', 'end')).toBe('abc|');
  });

  it('steps over a character outside the BMP as one', () => {
    expect(edit('a😀|', 'left')).toBe('a|😀');
    expect(edit('a|😀b', 'right')).toBe('a😀|b');
    expect(edit('a😀|', 'backspace')).toBe('a|');
    expect(edit('a|😀b', 'delete')).toBe('a|b');
  });

  it('deletes before and at the cursor', () => {
    expect(edit('ab|c', 'backspace')).toBe('a|c');
    expect(edit('|abc', 'backspace')).toBe('|abc');
    expect(edit('ab|c', 'delete')).toBe('ab|');
    expect(edit('abc|', 'delete')).toBe('abc|');
  });

  it('moves and deletes by words (letters, digits, _)', () => {
    expect(edit('Get-Container -Name CON1|', 'wordLeft')).toBe('Get-Container -Name |CON1');
    expect(edit('Get-Container -Name |CON1', 'wordLeft')).toBe('Get-Container -|Name CON1');
    expect(edit('|Get-Container', 'wordRight')).toBe('Get|-Container');
    expect(edit('Get|-Container', 'wordRight')).toBe('Get-Container|');
    expect(edit('Stop-Container -Name |x', 'killWordBefore')).toBe('Stop-Container -|x');
    expect(edit('호스트 프로세스|', 'wordLeft')).toBe('호스트 |프로세스');
  });

  it('kills to the start and to the end of the line', () => {
    expect(edit('Get-Pro|cess', 'killToStart')).toBe('|cess');
    expect(edit('Get-Pro|cess', 'killToEnd')).toBe('Get-Pro|');
  });

  it('returns the same line when an edit changes nothing', () => {
    const line = parse('|abc');
    expect(applyLineEdit(line, 'left')).toBe(line);
    expect(applyLineEdit(line, 'home')).toBe(line);
  });
});
