// One key press → one row of the key table → one action. The keyboard and the demo
// player's pressKey come through here alike; only the contexts differ (a script presses
// keys as a user outside playback would, so the demo's own keys never catch them).
import { resolveCommandName } from '../../shell/index.js';
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
  else if (startsConsoleLine(ctx, key, source)) typeIntoField(ctx, 'console', key);
}

/**
 * A student types what the docs print — `Get-Container`, `$con = New-Container …` — without
 * pressing `:` first. Every PowerShell command starts with a capital (Verb-Noun) or `$`, and
 * no pane key is a capital but O, so an unbound capital or `$` on the panes opens the
 * console with it, and the rest of the line follows it there instead of running t, n and
 * the other letters' keys one by one (issue 12: the first command typed must work).
 */
function startsConsoleLine(ctx: StoreContext, key: string, source: KeySource): boolean {
  if (source !== 'user' || !/^[A-Z$]$/.test(key)) return false;
  return openConsole(ctx, source);
}

/** The console has the keys now (only from the panes: a dialog or a form keeps them). */
function openConsole(ctx: StoreContext, source: KeySource): boolean {
  if (!activeContexts(ctx.state(), source).includes('main')) return false;
  ACTIONS.focusConsole(ctx, '', source);
  return activeField(ctx.state(), source) === 'console';
}

/**
 * A word that may name a command, at `lastIndex`: whole (a space, `|` or `;` after it, or
 * the end) and 3–41 characters, so `ts` or `jj` in one read stay keys and a long run of
 * letters is not read to its end for each of its keys.
 */
const COMMAND_WORD = /([A-Za-z][\w.-]{2,40})(?=[\s|;]|$)/y;

/**
 * A paste or a burst (one read) that, at `at`, starts with a command the console knows (a
 * cmdlet, an alias, docker) while the panes have the keys: the docs' lowercase lines
 * (`docker network ls`, the seed's `get-process | where …`) go to the console whole. Key by
 * key, `d` would open the remove dialog, `n` answer it, and `t` and `s` convert and stop
 * the selected container. True when the console took the keys (the caller types the text).
 */
export function startsCommandLine(ctx: StoreContext, text: string, at: number): boolean {
  // Sticky, from `at`: a long paste of keys is not sliced again for each of them.
  COMMAND_WORD.lastIndex = at;
  const word = COMMAND_WORD.exec(text)?.[1];
  if (word === undefined) return false;
  const known = ctx.shell().isNative(word, null) || resolveCommandName(word) !== undefined;
  return known && openConsole(ctx, 'user');
}
