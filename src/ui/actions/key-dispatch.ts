// One key press → one row of the key table → one action. The keyboard and the demo
// player's pressKey come through here alike; only the contexts differ (a script presses
// keys as a user outside playback would, so the demo's own keys never catch them).
import { bindingFor } from '../keys/key-table.js';
import { activeContexts, activeField } from '../state/selectors.js';
import type { KeySource } from '../state/ui-state.js';
import { ACTIONS } from './action-table.js';
import { typeIntoField } from './field-actions.js';
import type { StoreContext } from './store-context.js';

/** The text a key name types, if it is one character (or Space). */
function typedText(key: string): string | null {
  if (key === 'space') return ' ';
  return [...key].length === 1 ? key : null;
}

export function handleKey(ctx: StoreContext, key: string, source: KeySource): void {
  const s = ctx.state();
  const binding = bindingFor(activeContexts(s, source), key);
  if (binding !== undefined) {
    const message = s.message;
    ACTIONS[binding.action](ctx, key, source);
    // A script's key (a demo step, a lesson's "show me") leaves the bottom line to the
    // demo's status; the console still echoes what ran.
    if (source === 'script' && ctx.state().message !== message) ctx.update({ message });
    return;
  }
  // A key no row binds types itself into the field that has the keys.
  const field = activeField(s, source);
  const text = typedText(key);
  if (field !== null && text !== null) typeIntoField(ctx, field, text);
}
