// Reading the keyboard: one read from the terminal, split into keys and text, and handed
// to the dispatcher (key-dispatch.ts) or to the text field that has the keyboard.
import { typeText } from './console-actions.js';
import { handleKey } from './key-dispatch.js';
import { parseInput } from '../keys/key-names.js';
import type { StoreContext } from './store-context.js';
import { fieldText } from '../text/text-width.js';
import type { UiState } from '../state/ui-state.js';
import { editFilter } from './view-actions.js';

/** A text field has the keyboard (ink-text-input is mounted and types for itself). */
export function textFieldActive(s: UiState): boolean {
  if (s.demo === 'playing') return false;
  if (s.overlay?.kind === 'new-container') return s.overlay.field === 0;
  if (s.overlay !== null) return false;
  return s.filterEdit !== null || s.focus === 'console';
}

/**
 * Which ink-text-input has the keyboard, by the version it was mounted with: its changes
 * count only while this stays the same (a key in the same read may have closed or reset it).
 */
export function textFieldIdentity(s: UiState): string | null {
  if (!textFieldActive(s)) return null;
  if (s.overlay?.kind === 'new-container') return `form:${s.overlay.nameVersion}`;
  if (s.filterEdit !== null) return `filter:${s.filterEdit.pane}:${s.filterEdit.version}`;
  return `console:${s.console.inputVersion}`;
}

/** Keys ink-text-input acts on itself while it has the keyboard. */
const FIELD_KEYS = new Set(['backspace', 'delete', 'left', 'right']);

/**
 * One read from the keyboard. Ink hands over whatever arrived together as one event: a
 * fast typist or a busy moment gives `2/csr`, Esc and a key give `\x1b/`. Outside a text
 * field every key counts, one by one; once a key opens a field (`:`, `/`, `n`), the rest
 * is typed into it. While a field already had the keyboard, ink-text-input has typed the
 * text (and Enter, when it came with text) and the keys it edits with: only the others
 * are the dashboard's, and the text after one of them closed the field.
 */
export function handleInput(ctx: StoreContext, data: string): void {
  const field = textFieldIdentity(ctx.state());
  const fieldHadIt = field !== null;
  const single = parseInput(data).length === 1;
  for (const token of parseInput(data)) {
    if ('text' in token) {
      // ink-text-input types it, unless an earlier key of this read closed or reset the field.
      if (fieldHadIt && textFieldIdentity(ctx.state()) === field) continue;
      const chars = [...token.text];
      for (let i = 0; i < chars.length; i++) {
        if (textFieldActive(ctx.state())) {
          typeIntoField(ctx, chars.slice(i).join(''));
          break;
        }
        handleKey(ctx, chars[i] === ' ' ? 'space' : (chars[i] as string), 'user');
      }
      continue;
    }
    if (fieldHadIt && (FIELD_KEYS.has(token.key) || (token.key === 'enter' && !single))) continue;
    // A field opened earlier in this read has no ink-text-input yet: edit it from here.
    const opened = !fieldHadIt && textFieldActive(ctx.state());
    handleKey(ctx, token.key, opened ? 'script' : 'user');
  }
}

/** Text for the field that has the keyboard, as if typed there. */
function typeIntoField(ctx: StoreContext, text: string): void {
  const s = ctx.state();
  if (s.overlay?.kind === 'new-container') {
    const name = s.overlay.name + fieldText(text.split(/[\r\n]/)[0] ?? '');
    ctx.update({ overlay: { ...s.overlay, name, nameVersion: s.overlay.nameVersion + 1 } });
  } else if (s.filterEdit !== null) {
    editFilter(ctx, s.panes[s.filterEdit.pane].filter + text);
    const edit = ctx.state().filterEdit;
    if (edit !== null) ctx.update({ filterEdit: { ...edit, version: edit.version + 1 } });
  } else {
    typeText(ctx, text);
  }
}
