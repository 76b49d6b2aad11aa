// The dashboard on a big host (issue #5: 10,000 host processes, 500 containers) in a real
// terminal: it opens, the lists move and filter, every column stays readable (sessions
// past 99 included), and it quits cleanly. Nothing here is timed.
import { describe, expect, it } from 'vitest';
import { PtySession } from '../e2e/pty-session.js';

describe('isolab --processes 10000 --containers 500', () => {
  it(
    'opens, moves to the last of 10,000 rows, filters to the csrss, and quits',
    { timeout: 60_000 },
    async (context) => {
      const session = new PtySession(['--processes', '10000', '--containers', '500'], {
        cols: 120,
        rows: 40,
      });
      context.onTestFinished(() => session.kill('SIGKILL'));
      await session.waitFor(
        (s) =>
          s.some((l) => l.includes('2 Host processes (host kernel) 10000')) &&
          s.some((l) => l.includes('Containers 500 · 500 running')),
        'the first frame of the big host',
        20_000,
      );

      await session.keys('2', '\x1b[F');
      let screen = await session.waitFor(
        (s) => s.some((l) => l.includes('10000/10000')),
        'the last row selected',
      );
      expect(screen.filter((l) => l.slice(60).startsWith('┃▶')).length).toBe(1);

      // csrss-only keeps vmwp (issue 12): 337 csrss (the host's 4 sessions and each of the
      // 333 Windows Server containers) and 166 vmwp (one per Hyper-V container, every
      // third of 500), 503 rows. It showed 337 when it hid the vmwp.
      await session.keys('c');
      screen = await session.waitFor(
        (s) => s.some((l) => /503 of 10000/.test(l)),
        'csrss and vmwp only: 503 of 10,000',
      );
      // Every Default container's csrss is on the host, in its own session: three-digit
      // sessions (up to 336) fit their column, none cut to "1…".
      const sessions = screen
        .map((l) => /^[│┃][▶ ][+ −]csrss +\d+ +(\S+)/.exec(l.slice(60)))
        .filter((m) => m !== null)
        .map((m) => m[1] as string);
      expect(sessions.length).toBeGreaterThan(20);
      expect(sessions.every((si) => /^\d+$/.test(si))).toBe(true);
      expect(sessions.some((si) => si.length === 3)).toBe(true);
      // PIDs reach six digits here (159,836): each is whole, never cut to "1003…".
      const pids = screen
        .map((l) => /^[│┃][▶ ][+ −](?:csrss|vmwp) +(\S+)/.exec(l.slice(60)))
        .filter((m) => m !== null)
        .map((m) => m[1] as string);
      expect(pids.every((pid) => /^\d+$/.test(pid))).toBe(true);
      await session.keys('\x1b[F');
      screen = await session.waitFor((s) => s.some((l) => l.includes('503/503')), 'the last row');
      expect(screen.some((l) => /^[│┃]▶ vmwp +\d{5,6} /.test(l.slice(60)))).toBe(true);

      await session.keys('q');
      expect((await session.exit(10_000)).exitCode).toBe(0);
    },
  );
});
