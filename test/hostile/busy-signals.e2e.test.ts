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
 * The limit is 200 ms, and it is asserted on the CPU time of the line in
 * test/hostile/budgets.test.ts. Here wall time is all there is, and on a shared 2-core
 * machine the same exit measured busy and idle has differed by 280 ms to 1.6 s of
 * scheduling alone (a CI run at 1.9 s busy against 0.3 s idle), so this check only tells
 * "ends promptly" from "ends when the line does": without the budgets the line runs for
 * minutes and the test fails on its timeout or on this bound.
 */
const ACT_WITHIN_MS = 5000;

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
