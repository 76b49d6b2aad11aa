// One read from the keyboard (src/ui/actions/keyboard-input.ts): every key and run of text
// in order, in time linear in the read.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleInput } from '../../../src/ui/actions/keyboard-input.js';
import { actionContext } from '../harness.js';

afterEach(() => vi.restoreAllMocks());

/** Characters copied by String.prototype.slice while `fn` runs: the work a read costs. */
function charactersCopied(fn: () => void): number {
  let copied = 0;
  const slice = String.prototype.slice;
  vi.spyOn(String.prototype, 'slice').mockImplementation(function (this: string, ...args) {
    const part = slice.apply(this, args as [number?, number?]);
    copied += part.length;
    return part;
  });
  fn();
  vi.restoreAllMocks();
  return copied;
}

describe('a read from the keyboard', () => {
  it('applies every key of a burst in order, in the field that has the keys', () => {
    const { ctx } = actionContext();
    handleInput(ctx, ':Start-Container -Name WIN\x1b[D\x1b[D\x1b[D\x1b[D\x01x\x05y');
    expect(ctx.state().focus).toBe('console');
    expect(ctx.state().console.input).toBe('xStart-Container -Name WINy');
  });

  it("a command typed without ':' goes to the console whole, as a burst or key by key", () => {
    for (const typing of [['Get-Container'], [...'Get-Container'], ['$con = New-Container']]) {
      const { ctx } = actionContext();
      const before = ctx.sim.getState().containers;
      for (const read of typing) handleInput(ctx, read);
      expect(ctx.state().focus).toBe('console');
      expect(ctx.state().console.input).toBe(typing.join(''));
      // t, n, a and the other letters' keys ran nothing: the model is as it was.
      expect(ctx.sim.getState().containers).toBe(before);
    }
  });

  it('a pasted line that starts with a command the console knows goes there whole, lower case too', () => {
    for (const line of ['docker network ls', "get-process | where {$_.ProcessName -eq 'csrss'}"]) {
      const { ctx } = actionContext();
      const before = ctx.sim.getState();
      handleInput(ctx, line);
      expect(ctx.state().focus).toBe('console');
      expect(ctx.state().console.input).toBe(line);
      // No d (remove dialog), n, t (runtime) or s (stop) ran on the way.
      expect(ctx.state().overlay).toBeNull();
      expect(ctx.sim.getState()).toBe(before);
    }
    // Two lines in one paste: both run, in order.
    const { ctx } = actionContext();
    handleInput(ctx, 'docker ps\rdocker images\r');
    const echoed = ctx.state().console.lines.map((l) => l.text);
    expect(echoed.filter((l) => /> docker (ps|images)$/.test(l))).toEqual([
      expect.stringContaining('docker ps'),
      expect.stringContaining('docker images'),
    ]);
  });

  it('a burst of pane keys that names no command stays keys (jjj, cd)', () => {
    const { ctx } = actionContext();
    handleInput(ctx, '2jjj');
    expect(ctx.state().focus).toBe('host');
    expect(ctx.state().panes.host.cursor).toBe(3);
    handleInput(ctx, '1cd');
    expect(ctx.state().csrssOnly).toBe(true);
    expect(ctx.state().overlay?.kind).toBe('confirm-remove');
  });

  it('the pane keys keep their letters: lower case, O (reverse sort), and any key in a dialog', () => {
    const { ctx } = actionContext();
    handleInput(ctx, '2O');
    expect(ctx.state().focus).toBe('host');
    expect(ctx.state().sortReverse).toBe(true);
    handleInput(ctx, '1d');
    expect(ctx.state().overlay?.kind).toBe('confirm-remove');
    handleInput(ctx, 'G');
    expect(ctx.state().console.input).toBe('');
  });

  it('edits the filter and the form name with the same keys', () => {
    const { ctx } = actionContext();
    handleInput(ctx, '2/vmxp\x1b[D\x1b[D\x1b[3~w');
    expect(ctx.state().panes.host.filter).toBe('vmwp');
    handleInput(ctx, '\r1n\x15web\x1b[Dx');
    const form = ctx.state().overlay;
    expect(form?.kind === 'new-container' ? form.name : null).toBe('wexb');
  });

  it('a 100,000-character paste costs work linear in its length (counted, not timed)', () => {
    const n = 100_000;
    const { ctx } = actionContext();
    handleInput(ctx, ':');
    const paste = 'x'.repeat(n);
    const copied = charactersCopied(() => handleInput(ctx, paste));
    expect(ctx.state().console.input).toBe(paste);
    // A parser that copied the rest of the read at each character would copy n²/2 = 5e9.
    expect(copied).toBeLessThan(4 * n);
  });

  it('a paste that opens the console first costs linear work too', () => {
    const n = 100_000;
    const { ctx } = actionContext();
    const copied = charactersCopied(() => handleInput(ctx, `:${'y'.repeat(n)}`));
    expect(ctx.state().console.input).toHaveLength(n);
    expect(copied).toBeLessThan(4 * n);
  });
});
