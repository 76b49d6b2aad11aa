// Issue 12's rich half in a real terminal (npm test builds dist/ first): a click focuses a
// pane; `t` plays its steps as frames a beat apart.
import { describe, expect, it, type TestContext } from 'vitest';
import { PtySession } from './pty-session.js';

const open = (context: TestContext, ...args: ConstructorParameters<typeof PtySession>) => {
  const session = new PtySession(...args);
  context.onTestFinished(() => session.kill('SIGKILL'));
  return session;
};

const ready = (s: string[]) => s.join('\n').includes('PS C:\\>') && s.join('\n').includes('q quit');

describe.concurrent('mouse and steps (pty)', { timeout: 60_000 }, () => {
  it('a mouse click focuses the pane under it (its border turns heavy)', async (context) => {
    const session = open(context, [], { cols: 100, rows: 30 });
    const first = await session.waitFor(ready, 'the first frame');
    expect(first[0]?.startsWith('┏')).toBe(true); // Containers has the focus
    const hostAt = first[0]!.indexOf('Host processes');
    expect(hostAt).toBeGreaterThan(0);
    expect(session.raw).toContain('\x1b[?1000h\x1b[?1006h');
    // Press and release on the Host pane's third row (1-based coordinates).
    session.write(`\x1b[<0;${hostAt + 5};4M\x1b[<0;${hostAt + 5};4m`);
    const after = await session.waitFor(
      (s) => s[0]!.startsWith('┌') && s[0]!.includes('┏'),
      'the Host pane focused',
    );
    expect(after.join('\n')).not.toMatch(/\[<0;/); // the report was never typed anywhere
    session.kill('SIGTERM');
    await session.exit();
  });

  it('t shows at least three distinct intermediate frames: stop, Set-Container, start', async (context) => {
    const session = open(context, [], { cols: 120, rows: 40 });
    await session.waitFor(ready, 'the first frame');
    const demoRow = (s: string[]) => s.find((l) => /DEMO\]? +NanoServer/.test(l)) ?? '';
    const before = demoRow(await session.screen());
    expect(before).toMatch(/Default +Running/);
    await session.keys('t');
    const seen: string[] = [];
    const deadline = Date.now() + 15_000;
    for (;;) {
      const row = demoRow(await session.screen())
        .replace(/│.*$/, '')
        .trim();
      if (row !== '' && seen.at(-1) !== row) seen.push(row);
      if (/HyperV +Running/.test(row) || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    const states = seen.map((r) => /(Default|HyperV) +(Running|Off)/.exec(r)?.slice(1).join(' '));
    // Each step showed alone: stopped with the old runtime, converted while stopped, running.
    expect(states).toEqual(expect.arrayContaining(['Default Off', 'HyperV Off', 'HyperV Running']));
    expect(states.indexOf('Default Off')).toBeLessThan(states.indexOf('HyperV Off'));
    expect(states.indexOf('HyperV Off')).toBeLessThan(states.indexOf('HyperV Running'));
    session.kill('SIGTERM');
    await session.exit();
  });
});
