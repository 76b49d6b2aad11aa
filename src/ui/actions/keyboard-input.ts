// Reading the keyboard: one read from the terminal, split into keys and runs of text, each
// applied in order. Outside a text field every character is a key; inside one, a run of
// text is inserted at once (a paste of 100,000 characters is one insertion, not 100,000).
import { parseInput } from '../keys/key-names.js';
import { activeField } from '../state/selectors.js';
import { handleKey, startsCommandLine } from './key-dispatch.js';
import { typeIntoField } from './field-actions.js';
import { handleMouse } from './mouse-actions.js';
import type { StoreContext } from './store-context.js';
import { finishSteps } from './toggle-animation.js';

/**
 * A run of text: key by key until one opens a field (`:`, `/`, `n`), then the rest typed;
 * a run that starts with a command (a pasted line) opens the console first.
 */
function handleText(ctx: StoreContext, text: string): void {
  let i = 0;
  while (i < text.length) {
    let field = activeField(ctx.state(), 'user');
    if (field === null && startsCommandLine(ctx, text, i)) field = 'console';
    if (field !== null) {
      typeIntoField(ctx, field, text.slice(i));
      return;
    }
    const char = String.fromCodePoint(text.codePointAt(i) as number);
    i += char.length;
    finishSteps(ctx);
    handleKey(ctx, char === ' ' ? 'space' : char, 'user');
  }
}

/**
 * One read from the keyboard. Ink hands over whatever arrived together as one event: a
 * fast typist or a busy moment gives `2/csr`, Esc and a key give `\x1b/`, a paste gives
 * lines and Returns. Every key and every run of text is applied in order, each as if it
 * had come alone: `t`'s steps are finished before the next key of the same read acts
 * (`ts` in one read started the container between t's stop and its Set-Container).
 */
export function handleInput(ctx: StoreContext, data: string): void {
  for (const token of parseInput(data)) {
    if ('text' in token) handleText(ctx, token.text);
    else {
      finishSteps(ctx);
      if ('mouse' in token) handleMouse(ctx, token.mouse);
      else handleKey(ctx, token.key, 'user');
    }
  }
}
