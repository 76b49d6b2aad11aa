// A simulated day in the dashboard: 86,400 ticks of a FakeClock through runDashboard (on a
// fake terminal), with someone toggling DEMO's runtime, starting and stopping WINCONT and
// typing commands every half hour. The bounded structures stay bounded (event log,
// highlight marks, console scrollback and history), the heap after 24 h is what it was
// after 1 h, and closing the dashboard leaves no timer behind.
//
// It runs in a process of its own (fixtures/day-of-ticks.mjs) with React's production
// build, as the CLI runs it: React 19's development build, which vitest loads, records a
// performance measure for every component rendered and Node keeps them all (~2.5 KB per
// frame) — a leak this test found in the CLI, which now forces the production build. The
// other one it found was in Ink 6.8, whose text caches kept every text they ever measured
// (~400 B per frame at one frame a second); Ink 8 bounds them (docs/ink-notes.md), so the
// bound below holds for all of the dashboard's memory.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EVENT_LOG_LIMIT } from '../../src/sim/index.js';
import { HISTORY_LIMIT, SCROLLBACK_LIMIT } from '../../src/ui/state/console-lines.js';
import { restoredState } from './fake-terminal.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/day-of-ticks.mjs', import.meta.url));

interface Day {
  timersWhileOpen: number;
  full: { events: number; lines: number; history: number };
  heapAfterHour: number;
  heapAfterDay: number;
  ticks: number;
  clockSeconds: number;
  events: number;
  newestEventSeq: number;
  lines: number;
  nextLineId: number;
  history: number;
  appeared: number;
  vanished: number;
  lastStepRan: boolean;
  exitCode: number;
  timersAfterExit: number;
  rawModeAfterExit: boolean;
  tail: string;
}

function simulateDay(): Promise<Day> {
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      ['--expose-gc', FIXTURE],
      { encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout) as Day);
      },
    ),
  );
}

describe('a simulated day of ticks in the dashboard', () => {
  it('stays bounded, and leaves no timer behind', { timeout: 60_000 }, async () => {
    const day = await simulateDay();
    expect(day.timersWhileOpen).toBe(1);
    expect(day.ticks).toBe(day.clockSeconds);
    expect(day.ticks).toBeGreaterThanOrEqual(86_400);
    // Full after the first hour, and still within bounds after the day.
    expect(day.full).toEqual({
      events: EVENT_LOG_LIMIT,
      lines: SCROLLBACK_LIMIT,
      history: HISTORY_LIMIT,
    });
    expect(day.events).toBeLessThanOrEqual(EVENT_LOG_LIMIT);
    expect(day.newestEventSeq).toBeGreaterThan(EVENT_LOG_LIMIT); // it rolled over
    expect(day.lines).toBeLessThanOrEqual(SCROLLBACK_LIMIT);
    expect(day.nextLineId).toBeGreaterThan(2 * SCROLLBACK_LIMIT);
    expect(day.history).toBeLessThanOrEqual(HISTORY_LIMIT);
    // Marks last seconds: ten minutes after the last action, none is left.
    expect(day.appeared).toBe(0);
    expect(day.vanished).toBe(0);
    expect(day.lastStepRan).toBe(true);
    // With everything bounded already full after the first hour, 23 more hours may not
    // grow the heap by more than V8's own warming up (compiled code, type feedback: +3.0 %
    // measured, ±0.1 % run to run). A leak per tick, per frame or per command shows over a
    // day: Ink's text-measure cache alone, left in, makes it +5.4 %; React's development
    // build, more.
    expect(
      day.heapAfterDay / day.heapAfterHour,
      `heap after 1 h ${day.heapAfterHour}, after 24 h ${day.heapAfterDay}`,
    ).toBeLessThan(1.045);
    expect(day.exitCode).toBe(0);
    expect(day.timersAfterExit).toBe(0);
    expect(day.rawModeAfterExit).toBe(false);
    expect(restoredState(day.tail)).toMatchObject({
      leftAltScreen: true,
      cursorShown: true,
      wrapOn: true,
    });
  });
});
