// Keys that change the model (src/ui/actions/container-actions.ts) and demo playback's
// keys (src/ui/actions/demo-actions.ts).
import { describe, expect, it } from 'vitest';
import { runContainerKey, suggestName } from '../../../src/ui/actions/container-actions.js';
import { claimReport } from '../../../src/demo/index.js';
import {
  drive,
  handOver,
  restartDemo,
  showClaimReport,
  takeOver,
} from '../../../src/ui/actions/demo-actions.js';
import { handleKey } from '../../../src/ui/actions/key-dispatch.js';
import { focusPane } from '../../../src/ui/actions/view-actions.js';
import type { DemoDriver } from '../../../src/ui/state/demo-driver.js';
import { actionContext } from '../harness.js';
import { demoDriverDouble } from '../../support/demo-doubles.js';

describe('container actions', () => {
  it('a key says what it does in a # note, then runs the commands, echoed', () => {
    const { ctx, sim } = actionContext();
    runContainerKey(ctx, 'exit', 'x');
    const texts = ctx.state().console.lines.map((l) => l.text);
    expect(texts.some((t) => t.startsWith('# '))).toBe(true);
    expect(texts.some((t) => t.endsWith('> exit'))).toBe(true);
    expect(sim.getState().entered).toBeNull();
  });

  it('with nothing to run, only a note says why', () => {
    const { ctx } = actionContext();
    runContainerKey(ctx, 'exit', 'x');
    const before = ctx.state().console.lines.length;
    runContainerKey(ctx, 'exit', 'x');
    const added = ctx.state().console.lines.slice(before);
    expect(added.map((l) => l.kind)).toEqual(['note']);
  });

  it('suggests the first free CONn name', () => {
    const { ctx } = actionContext();
    expect(suggestName(ctx)).toBe('CON1');
    ctx.shell().execute('exit'); // the lab starts inside DEMO's session
    ctx.shell().execute('New-Container -Name con1 -ContainerImageName NanoServer');
    expect(suggestName(ctx)).toBe('CON2');
  });
});

describe('demo actions', () => {
  const driver = (): DemoDriver => demoDriverDouble();

  it('passes a control to the driver, and does nothing without one', () => {
    const demo = driver();
    const { ctx } = actionContext({ demo });
    drive((d) => d.step())(ctx);
    expect(demo.step).toHaveBeenCalledOnce();
    const none = actionContext();
    expect(() => drive((d) => d.step())(none.ctx)).not.toThrow();
  });

  it('taking over stops the script and gives the user the console', () => {
    const demo = driver();
    const { ctx } = actionContext({ demo });
    ctx.update({ narration: 'hello', spotlight: 'host' });
    takeOver(ctx);
    expect(demo.takeOver).toHaveBeenCalledOnce();
    expect(ctx.state()).toMatchObject({
      demo: 'taken-over',
      narration: null,
      spotlight: null,
      focus: 'console',
    });
  });

  it('hand-over outside demo mode changes nothing', () => {
    const { ctx } = actionContext();
    handOver(ctx);
    expect(ctx.state()).toMatchObject({ demo: 'off', focus: 'containers' });
  });
});

describe('demos that stay true (issue 14)', () => {
  const driver = (): DemoDriver => demoDriverDouble();

  it('a take-over clears the half-typed line; r then restarts and the demo has the keys', () => {
    const demo = driver();
    const { ctx } = actionContext({ demo });
    ctx.update({ console: { ...ctx.state().console, input: 'Get-Proc', cursor: 8 } });
    takeOver(ctx);
    expect(ctx.state().console.input).toBe('');
    expect(ctx.state().demo).toBe('taken-over');
    focusPane(ctx, 'containers');
    handleKey(ctx, 'r', 'user');
    expect(demo.restart).toHaveBeenCalledTimes(1);
    expect(ctx.state().demo).toBe('playing');
  });

  it('a false claim is shown expected against actual, in the language of the dashboard', () => {
    for (const lang of ['en', 'ko'] as const) {
      const { ctx, sim } = actionContext({ demo: driver(), lang });
      const report = claimReport(sim.getState(), [{ hostCsrss: 9 }], 3);
      showClaimReport(ctx, report);
      const failed = report.failed[0]!;
      expect(ctx.state().claimNote).toContain(failed.expected[lang]);
      expect(ctx.state().claimNote).toContain(failed.actual[lang]);
      showClaimReport(ctx, claimReport(sim.getState(), [{ entered: 'DEMO' }], 4));
      expect(ctx.state().claimNote).toBeNull();
    }
  });

  it('restartDemo does nothing outside a demo', () => {
    const { ctx } = actionContext();
    restartDemo(ctx);
    expect(ctx.state().demo).toBe('off');
  });
});
