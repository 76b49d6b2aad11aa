// The terminal goes away under a running dashboard: its window is closed (the pty's master
// side closes: SIGHUP, and every read and write fails with EIO), or its input alone ends
// (stdin is another terminal, which closes). isolab must end — not hang, not spin — without
// a crash report or Node's abort (Node 20 asserts when it cannot reset a terminal that has
// gone: nodejs/node#51519), and where a screen is left, give it back.
//
// Not concurrent: node-pty does not mark its master descriptors close-on-exec, so a program
// started in another pty meanwhile would inherit this one's master and keep it open.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, type TestContext } from 'vitest';
import { BIN, PtySession } from '../e2e/pty-session.js';
import { restoredState, RESTORED } from './fake-terminal.js';

/** For what waits on a process starting or ending: generous, as a busy 2-core machine needs. */
const SLOW = 15_000;

const dir = mkdtempSync(join(tmpdir(), 'isolab-hangup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function open(context: TestContext, ...args: ConstructorParameters<typeof PtySession>) {
  const session = new PtySession(...args);
  context.onTestFinished(() => session.kill('SIGKILL'));
  return session;
}

const ready = (s: string[]) =>
  s.some((l) => l.includes('Host processes')) && s.some((l) => l.includes('q quit'));
const SIGHUP = 1;

describe('the terminal goes away', { timeout: 60_000 }, () => {
  it('its window is closed: isolab dies of SIGHUP after cleaning up, no crash report, no abort', async (context) => {
    const errors = join(dir, 'closed.err');
    const session = open(
      context,
      ['-c', `exec "$0" "${BIN}" 2>"${errors}"`, process.execPath],
      { cols: 100, rows: 30 },
      {},
      '/bin/sh',
    );
    await session.waitFor(ready, 'the first frame', SLOW);
    session.destroy();
    const exit = await session.exit(SLOW);
    // Not SIGABRT (6) or SIGSEGV (11) from Node's failed terminal reset, not exit 1 from an
    // unhandled EIO: the signal that closed the terminal.
    expect(exit.signal).toBe(SIGHUP);
    expect(readFileSync(errors, 'utf8')).toBe('');
  });

  it('its input closes while the screen stays: isolab leaves the screen and ends as on SIGHUP', async (context) => {
    const errors = join(dir, 'stdin.err');
    // The screen's terminal first, waiting for the name of the one to read from.
    const screen = open(
      context,
      ['-c', `read input; exec "$0" "${BIN}" < "$input" 2>"${errors}"`, process.execPath],
      { cols: 100, rows: 30 },
      {},
      '/bin/sh',
    );
    const keyboard = open(context, ['-c', 'sleep 60'], { cols: 100, rows: 30 }, {}, '/bin/sh');
    await new Promise((resolve) => setTimeout(resolve, 100));
    screen.write(`${keyboard.ptsName}\r`);
    await screen.waitFor(ready, 'the first frame', SLOW);
    keyboard.destroy();
    const exit = await screen.exit(SLOW);
    expect(exit.signal).toBe(SIGHUP);
    expect(restoredState(screen.raw)).toEqual(RESTORED);
    expect(await screen.bufferType()).toBe('normal');
    expect(readFileSync(errors, 'utf8')).toBe('');
  });
});
