// In a real terminal (node-pty), refusals that must come before the screen is taken:
// TERM=dumb gets one line pointing at `isolab run`, no alternate screen; a recording to a
// full disk (/dev/full) ends with exit 1 and says so.
import { existsSync } from 'node:fs';
import { describe, expect, it, type TestContext } from 'vitest';
import { BIN, PtySession } from '../e2e/pty-session.js';

function open(context: TestContext, ...args: ConstructorParameters<typeof PtySession>) {
  const session = new PtySession(...args);
  context.onTestFinished(() => session.kill('SIGKILL'));
  return session;
}

const ALTERNATE_SCREEN = '\x1b[?1049h';

describe('refused before the screen is taken', { timeout: 30_000 }, () => {
  it.for(['dumb', ''])(
    'TERM=%j: one line naming isolab run, exit 2',
    async (term: string, context: TestContext) => {
      for (const args of [[], ['demo']]) {
        // node-pty sets TERM from its terminal name: env(1) sets it (or unsets it) after.
        const termArgs = term === '' ? ['-u', 'TERM'] : [`TERM=${term}`];
        const command = [...termArgs, process.execPath, BIN, ...args];
        const session = open(context, command, { cols: 100, rows: 30 }, {}, '/usr/bin/env');
        expect((await session.exit()).exitCode).toBe(2);
        expect(session.raw).not.toContain(ALTERNATE_SCREEN);
        expect(session.raw).not.toContain('\x1b[?25l');
        const lines = session.raw.split(/\r?\n/).filter((l) => l.trim() !== '');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/cannot draw the dashboard \(TERM is dumb or unset\).*isolab run/);
      }
    },
  );

  it.runIf(existsSync('/dev/full'))(
    '--record /dev/full: exit 1, the failure said',
    async (context) => {
      const session = open(context, ['--record', '/dev/full'], { cols: 100, rows: 30 });
      expect((await session.exit()).exitCode).toBe(1);
      expect(session.raw).toContain("cannot record to '/dev/full': no space left on the device");
      expect(session.raw).not.toContain(ALTERNATE_SCREEN);
    },
  );
});
