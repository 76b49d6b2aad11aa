// Typing into the text field that has the keys — the console's input line, a process
// pane's filter, the new-container form's name — through one line model (line-edit.ts):
// the same keys edit all three, and a chunk of text is inserted in one step.
import { applyLineEdit, insertText, type EditLine, type LineEditId } from '../state/line-edit.js';
import { fieldLine, type TextField } from '../state/selectors.js';
import { fieldText } from '../text/text-width.js';
import { setConsoleLine, typeText as typeIntoConsole } from './console-actions.js';
import type { StoreContext } from './store-context.js';
import { setFilter } from './view-actions.js';

function setFieldLine(ctx: StoreContext, field: TextField, line: EditLine): void {
  const s = ctx.state();
  if (field === 'console') setConsoleLine(ctx, line.text, line.cursor);
  else if (field === 'filter' && s.filterEdit !== null) {
    setFilter(ctx, s.filterEdit.pane, line.text);
    const edit = ctx.state().filterEdit;
    if (edit !== null && edit.cursor !== line.cursor)
      ctx.update({ filterEdit: { ...edit, cursor: line.cursor } });
  } else if (field === 'form' && s.overlay?.kind === 'new-container') {
    ctx.update({ overlay: { ...s.overlay, name: line.text, cursor: line.cursor } });
  }
}

/** One line-editor key (←, Home, Ctrl+W…) on the field that has the keys. */
export function editField(ctx: StoreContext, field: TextField, edit: LineEditId): void {
  const line = fieldLine(ctx.state(), field);
  const next = applyLineEdit(line, edit);
  if (next !== line) setFieldLine(ctx, field, next);
}

/**
 * Text typed or pasted into a field, at its cursor. The console runs each line of a
 * multi-line paste; a filter or a name takes the text up to the first newline (a newline
 * ends a filter's edit, keeping it).
 */
export function typeIntoField(ctx: StoreContext, field: TextField, text: string): void {
  if (field === 'console') {
    typeIntoConsole(ctx, text);
    return;
  }
  const [first = ''] = text.split(/[\r\n]/);
  setFieldLine(ctx, field, insertText(fieldLine(ctx.state(), field), fieldText(first)));
  if (field === 'filter' && /[\r\n]/.test(text)) ctx.update({ filterEdit: null });
}
