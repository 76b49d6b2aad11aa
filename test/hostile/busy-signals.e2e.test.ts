// Issue 15, part 2 finding 3: Ctrl+C, SIGTERM and SIGHUP act within 200 ms whatever the
// shell is doing. A console line that would run for minutes without the budgets (a regular
// expression that backtracks, over an array doubled to half a million items) is started,
// then the signal or the key is sent while it runs; isolab must be gone within the limit,
// the terminal given back. Only real time tells here: the measure is the wall time from the
// signal to the pty reporting the process ended, less the same for an idle dashboard in the
// same test (what node and the pty take to end a process on this machine, under its load).
import { describe, expect, it, type TestContext } from 'vitest';
import { KEY, PtySession } from '../e2e/pty-session.js';
import { restoredState } from './fake-terminal.js';

const SLOW = 15_000;
/**
 * The limit is 200 ms; on this shared 2-core machine (load averages near 18 while the
 * suite runs) the same exit measured busy and idle differs by 280–350 ms of scheduling
 * alone, so the pty check allows a second over the idle exit, and the 200 ms itself is
 * asserted on the CPU time of the line in test/hostile/budgets.test.ts. Without the budgets
 * the line runs for minutes: this test then fails on its timeout.
 */
const ACT_WITHIN_MS = 1000;

const PATHOLOGICAL = `$a=@(1,2);${' $a=$a+$a;'.repeat(18)} $a | Where-Object { ('a'*32) -match '(a|a)*b' }`;

const ready = (s: string[]) =>
  s.some((l) => l.includes('Host processes')) && s.some((l) => l.includes('q quit'));

async function startBusy(context: TestContext, line = PATHOLOGICAL): Promise<PtySession> {
  const session = new PtySession([], { cols: 120, rows: 36 });
  context.onTestFinished(() => session.kill('SIGKILL'));
  await session.waitFor(ready, 'the first frame', SLOW);
  await session.keys(':');
  session.write(line);
  const tail = line.slice(-12).trim();
  await session.waitFor((s) => s.some((l) => l.includes(tail)), 'the line', SLOW);
  session.write(KEY.enter);
  // Let the line start running.
  await new Promise((resolve) => setTimeout(resolve, 20));
  return session;
}

async function timeToExit(session: PtySession, act: () => void): Promise<number> {
  const sent = performance.now();
  act();
  await session.exited;
  return performance.now() - sent;
}

describe('signals and Ctrl+C act while a pathological line runs (pty)', { timeout: 60_000 }, () => {
  it.for(['SIGTERM', 'SIGHUP'] as const)(
    `%s ends isolab within ${ACT_WITHIN_MS} ms`,
    async (signal, context) => {
      const idle = await startBusy(context, 'Get-Date');
      const idleMs = await timeToExit(idle, () => process.kill(idle.pid, signal));
      const session = await startBusy(context);
      const ms = await timeToExit(session, () => process.kill(session.pid, signal));
      expect(ms - idleMs, `busy ${ms.toFixed(0)} ms, idle ${idleMs.toFixed(0)} ms`).toBeLessThan(
        ACT_WITHIN_MS,
      );
      expect(restoredState(session.raw)).toMatchObject({
        leftAltScreen: true,
        cursorShown: true,
        wrapOn: true,
      });
    },
  );

  it(`Ctrl+C ends isolab within ${ACT_WITHIN_MS} ms`, async (context) => {
    const idle = await startBusy(context, 'Get-Date');
    const idleMs = await timeToExit(idle, () => idle.write(KEY.ctrlC));
    const session = await startBusy(context);
    const ms = await timeToExit(session, () => session.write(KEY.ctrlC));
    expect(ms - idleMs, `busy ${ms.toFixed(0)} ms, idle ${idleMs.toFixed(0)} ms`).toBeLessThan(
      ACT_WITHIN_MS,
    );
    expect(restoredState(session.raw)).toMatchObject({
      leftAltScreen: true,
      cursorShown: true,
      wrapOn: true,
    });
  });
});
