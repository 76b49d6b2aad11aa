// What the screen shows and keeps: the kernel map in place of the panes (key m) and the
// current frame written as a picture (key p), its path or its error noted in the console
// and on the message line.
import { showControls } from '../../text/index.js';
import { note } from './console-actions.js';
import { report } from './message-actions.js';
import type { StoreContext } from './store-context.js';

export function toggleKernelMap(ctx: StoreContext): void {
  ctx.update({ kernelMap: !ctx.state().kernelMap });
}

/** A note in the console and the same words on the message line (issue 12). */
function tell(ctx: StoreContext, text: string, failed: boolean): void {
  note(ctx, text);
  report(ctx, text, failed);
}

export function writeSnapshot(ctx: StoreContext): void {
  const result = ctx.snapshot?.() ?? null;
  if (result === null || (!result.ok && result.path === null))
    return tell(ctx, ctx.t('snapshot.unavailable'), true);
  tell(
    ctx,
    result.ok
      ? ctx.t('snapshot.wrote', { path: showControls(result.path) })
      : ctx.t('snapshot.failed', { path: showControls(result.path ?? ''), why: result.why }),
    !result.ok,
  );
}
