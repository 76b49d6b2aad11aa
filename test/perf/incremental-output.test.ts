// The dashboard writes only the lines that change (src/ui/output): after 1,000 updates —
// ticks, keys, overlays, commands, and resizes through every layout — a real terminal
// shows exactly, cell by cell and colour by colour, what a terminal shows that received
// one full drawing of the same final state.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from 'node-pty';
import { afterAll, describe, expect, it } from 'vitest';
import { PHASES, UPDATES } from './incremental-plan.mjs';
import { newTerminal, screenCells, screenText, writeTo, type Term } from './screen-cells.js';

const DRIVER = fileURLToPath(new URL('./incremental-driver.mjs', import.meta.url));
const BSU = '\x1b[?2026h';
const ERASE_LINE_UP = '\x1b[2K\x1b[1A';
const dir = mkdtempSync(join(tmpdir(), 'isolab-incremental-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

class Driven {
  raw = '';
  readonly term: Term;
  private readonly child: pty.IPty;
  private pending = Promise.resolve();
  private readonly signal: string;

  constructor(mode: 'incremental' | 'fresh', [cols, rows]: readonly [number, number]) {
    this.signal = join(dir, `${mode}.signal`);
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env))
      if (value !== undefined) env[key] = value;
    // With CI set Ink renders only the last frame and ignores resizes.
    delete env.CI;
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    Object.assign(env, {
      TERM: 'xterm-256color',
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
      ISOLAB_DRIVER_SIGNAL: this.signal,
    });
    this.term = newTerminal(cols, rows);
    this.child = pty.spawn(process.execPath, [DRIVER, mode], {
      name: 'xterm-256color',
      cols,
      rows,
      env,
      // Not the checkout: a `p` among the updates writes isolab-N.svg where the driver runs.
      cwd: tmpdir(),
    });
    this.child.onData((data) => {
      this.raw += data;
      this.pending = this.pending.then(() => writeTo(this.term, data));
    });
  }

  signals(): string[] {
    try {
      return readFileSync(this.signal, 'utf8').split('\n').filter(Boolean);
    } catch {
      return [];
    }
  }

  /** Follows the driver's signals until `until` holds, resizing the terminal when it asks. */
  async follow(until: (signals: string[]) => boolean, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let answered = 0;
    for (;;) {
      const signals = this.signals();
      for (const line of signals.slice(answered)) {
        const resize = /^resize (\d+) (\d+)$/.exec(line);
        if (resize) {
          const [cols, rows] = [Number(resize[1]), Number(resize[2])];
          await this.pending;
          this.child.resize(cols, rows);
          this.term.resize(cols, rows);
        }
        answered++;
      }
      if (until(signals)) break;
      if (Date.now() > deadline)
        throw new Error(
          `the driver did not finish; signals: ${signals.join(', ')}; screen:\n${screenText(this.term).join('\n')}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // Everything written so far, drawn.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await this.pending;
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}

describe('incremental output in a real terminal', () => {
  it(`after ${UPDATES} updates the screen equals a fresh drawing of the same state`, async (context) => {
    const incremental = new Driven('incremental', PHASES[0] as [number, number]);
    context.onTestFinished(() => incremental.kill());
    await incremental.follow((s) => s.some((l) => l.startsWith('done')), 90_000);

    const fresh = new Driven('fresh', PHASES[PHASES.length - 1] as [number, number]);
    context.onTestFinished(() => fresh.kill());
    await fresh.follow((s) => s.some((l) => l.startsWith('done')), 30_000);

    // The text first (a readable failure), then every cell's colours and attributes.
    expect(screenText(incremental.term)).toEqual(screenText(fresh.term));
    expect(screenCells(incremental.term)).toEqual(screenCells(fresh.term));

    // And it was drawn incrementally: hundreds of frames (an update that changes nothing on
    // screen, such as a tick under the help overlay, writes none), nearly all of them a few
    // lines rather than Ink's full redraw, which erases every line first; the full ones
    // came with the resizes.
    const frames = incremental.raw.split(BSU).slice(1);
    const full = frames.filter((f) => f.includes(ERASE_LINE_UP)).length;
    expect(frames.length).toBeGreaterThan(UPDATES * 0.4);
    expect(full).toBeLessThanOrEqual(PHASES.length * 3);
  }, 150_000);
});
