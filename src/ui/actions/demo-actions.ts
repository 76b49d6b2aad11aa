// Demo playback's keys (Space . [ ] + - r i q), passed to the driver, the hand-over that
// gives the user the dashboard's own keys, and a false claim shown, never narrated silently.
import type { ClaimReport } from '../../demo/live.js';
import type { DemoDriver } from '../state/demo-driver.js';
import type { StoreContext } from './store-context.js';
import { focusPane } from './view-actions.js';

/** Runs one of the demo driver's controls, if there is a demo. */
export const drive =
  (control: (driver: DemoDriver) => void) =>
  (ctx: StoreContext): void => {
    if (ctx.demo !== undefined) control(ctx.demo);
  };

/**
 * The user has the keys: the interactive key table, the console focused and empty (the
 * demo's half-typed line is not theirs), no narration; the hint line says they are in control.
 */
export function handOver(ctx: StoreContext): void {
  if (ctx.state().demo === 'off') return;
  const console = { ...ctx.state().console, input: '', cursor: 0, completion: null };
  ctx.update({
    demo: 'taken-over',
    narration: null,
    claimNote: null,
    spotlight: null,
    overlay: null,
    console,
  });
  focusPane(ctx, 'console');
}

export function takeOver(ctx: StoreContext): void {
  ctx.demo?.takeOver();
  handOver(ctx);
}

/** `r`, while playing or after a take-over: the demo has the keys again, from the start. */
export function restartDemo(ctx: StoreContext): void {
  if (ctx.demo === undefined || ctx.state().demo === 'off') return;
  ctx.update({ demo: 'playing' });
  ctx.demo.restart();
}

/** The first false claim of a narration, as the narration area shows it (both languages). */
export function showClaimReport(ctx: StoreContext, report: ClaimReport): void {
  const failed = report.failed[0];
  const lang = ctx.state().lang;
  const claimNote =
    failed === undefined
      ? null
      : ctx.t('demo.claimFalse', { expected: failed.expected[lang], actual: failed.actual[lang] });
  ctx.update({ claimNote });
}
