// A text field's line with its cursor drawn as an inverse cell (as a terminal's cursor
// looks), from the line model (state/line-edit.ts); the store does the editing.
import { Text } from 'ink';
import type { EditLine } from '../../state/line-edit.js';

export function EditLineText({ line }: { readonly line: EditLine }) {
  const { text, cursor } = line;
  const at = String.fromCodePoint(text.codePointAt(cursor) ?? 0x20);
  return (
    <Text>
      {text.slice(0, cursor)}
      <Text inverse>{at}</Text>
      {text.slice(cursor + (cursor < text.length ? at.length : 0))}
    </Text>
  );
}
