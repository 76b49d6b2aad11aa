// Demo playback's keys (Space . [ ] + - r i q), passed to the driver, and the hand-over
// that gives the user the dashboard's own keys.
import type { DemoDriver } from '../state/demo-driver.js';
import type { StoreContext } from './store-context.js';
import { focusPane } from './view-actions.js';

/** Runs one of the demo driver's controls, if there is a demo. */
export const drive =
  (control: (driver: DemoDriver) => void) =>
  (ctx: StoreContext): void => {
    if (ctx.demo !== undefined) control(ctx.demo);
  };

/** The user has the keys: the interactive key table, the console focused, no narration. */
export function handOver(ctx: StoreContext): void {
  if (ctx.state().demo === 'off') return;
  ctx.update({ demo: 'taken-over', narration: null, spotlight: null, overlay: null });
  focusPane(ctx, 'console');
}

export function takeOver(ctx: StoreContext): void {
  ctx.demo?.takeOver();
  handOver(ctx);
}
