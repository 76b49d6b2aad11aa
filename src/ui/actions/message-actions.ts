// Puts a key action's outcome on the message line (state/message.ts): what ran, or why
// it failed. A key pressed by a script (a demo's step) leaves the line to the demo
// (key-dispatch.ts restores it).
import type { StoreContext } from './store-context.js';

export function report(ctx: StoreContext, text: string, failed = false): void {
  ctx.update({ message: { text, failed, at: ctx.clock.now() } });
}
