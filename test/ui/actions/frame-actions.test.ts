// Keys m and p: the kernel map toggles in place of the panes; p hands the frame to the
// injected writer and notes in the console the path it wrote or why it could not.
import { describe, expect, test, vi } from 'vitest';
import { ACTIONS } from '../../../src/ui/actions/action-table.js';
import { bindingFor } from '../../../src/ui/keys/key-table.js';
import { actionContext } from '../harness.js';

const notes = (lines: readonly { text: string }[]) => lines.map((l) => l.text);

describe('key m and key p', () => {
  test('both keys are bound in the panes and in demo playback', () => {
    for (const context of ['main', 'demo'] as const) {
      expect(bindingFor([context], 'm')?.action).toBe('kernelMap');
      expect(bindingFor([context], 'p')?.action).toBe('snapshot');
    }
  });

  test('m toggles the kernel map', () => {
    const { ctx, store } = actionContext();
    ACTIONS.kernelMap(ctx, 'm');
    expect(store.getState().kernelMap).toBe(true);
    ACTIONS.kernelMap(ctx, 'm');
    expect(store.getState().kernelMap).toBe(false);
  });

  test('p writes through the port and notes the path, or the error', () => {
    const { ctx, added, store } = actionContext();
    const port = vi
      .fn()
      .mockReturnValueOnce({ ok: true, path: '/tmp/frame.svg' })
      .mockReturnValueOnce({ ok: false, path: '/tmp/frame-2.svg', why: 'permission denied' })
      .mockReturnValueOnce({ ok: false, path: null, why: 'no frame' });
    const withPort = { ...ctx, snapshot: port };
    expect(notes(added(() => ACTIONS.snapshot(withPort, 'p')))).toEqual([
      '# frame written to /tmp/frame.svg',
    ]);
    expect(store.getState().message).toMatchObject({
      text: 'frame written to /tmp/frame.svg',
      failed: false,
    });
    expect(notes(added(() => ACTIONS.snapshot(withPort, 'p')))).toEqual([
      '# frame not written to /tmp/frame-2.svg: permission denied',
    ]);
    // The message line says so too, whatever pane is on screen (issue 12).
    expect(store.getState().message).toMatchObject({ failed: true });
    expect(notes(added(() => ACTIONS.snapshot(withPort, 'p')))[0]).toContain('no frame to write');
    expect(port).toHaveBeenCalledTimes(3);
  });

  test('p without a screen says so; a path with control characters is shown, not sent', () => {
    const { ctx, added } = actionContext();
    expect(notes(added(() => ACTIONS.snapshot(ctx, 'p')))[0]).toContain('no frame to write');
    const port = () => ({ ok: true as const, path: 'a\x1b[31mb.svg' });
    const line = notes(added(() => ACTIONS.snapshot({ ...ctx, snapshot: port }, 'p')))[0]!;
    expect(line).not.toContain('\x1b');
    expect(line).toContain('a');
  });
});
