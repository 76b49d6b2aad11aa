// The built `bin/isolab.js` in a real pseudo-terminal, read through a terminal emulator
// (docs/ink-notes.md, Testing: node-pty + @xterm/headless; CI unset, TERM=xterm-256color, one key
// per write, wait for the final expected state, resize both sides).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import xterm from '@xterm/headless';
import pty from 'node-pty';

const BSU = '\x1b[?2026h';
const ESU = '\x1b[?2026l';

/**
 * How long to wait for a screen or an exit by default. Generous: under the whole suite a
 * 2-core machine has been seen to take over 5 s to start node and draw the first frame.
 * A passing test does not wait it out; a failing one reports a little later.
 */
export const PATIENCE_MS = 12_000;

export const BIN = fileURLToPath(new URL('../../bin/isolab.js', import.meta.url));

let scratch: string | null = null;
/** One temporary folder per test file, where the programs under test run. */
function scratchFolder(): string {
  scratch ??= mkdtempSync(join(tmpdir(), 'isolab-pty-'));
  return scratch;
}

export interface Exit {
  readonly exitCode: number;
  readonly signal?: number;
}

export class PtySession {
  /** Everything the program wrote, escape sequences included. */
  raw = '';
  readonly term: InstanceType<typeof xterm.Terminal>;
  readonly exited: Promise<Exit>;
  private readonly child: pty.IPty;
  private pending = Promise.resolve();

  constructor(
    args: readonly string[] = [],
    size = { cols: 120, rows: 36 },
    extraEnv: Record<string, string> = {},
    /** Another program to run in the terminal (a shell around isolab); `args` are then its. */
    command?: string,
  ) {
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env))
      if (value !== undefined) env[key] = value;
    // With CI set Ink renders only the last frame and ignores resizes.
    delete env.CI;
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    Object.assign(env, { TERM: 'xterm-256color', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' }, extraEnv);
    this.term = new xterm.Terminal({ cols: size.cols, rows: size.rows, allowProposedApi: true });
    this.child = pty.spawn(command ?? process.execPath, command ? [...args] : [BIN, ...args], {
      name: 'xterm-256color',
      cols: size.cols,
      rows: size.rows,
      env,
      // Not the checkout: a key storm's `p` writes isolab-N.svg where isolab runs.
      cwd: scratchFolder(),
    });
    this.child.onData((data) => {
      this.raw += data;
      this.pending = this.pending.then(
        () => new Promise<void>((resolve) => this.term.write(data, resolve)),
      );
    });
    this.exited = new Promise((resolve) => this.child.onExit((e) => resolve(e)));
  }

  /** The exit, or a failure showing the screen if it does not come in time. */
  async exit(timeoutMs = PATIENCE_MS): Promise<Exit> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        async () =>
          reject(
            new Error(
              `no exit within ${timeoutMs} ms; the screen:\n${(await this.screen()).join('\n')}`,
            ),
          ),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([this.exited, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  get pid(): number {
    return this.child.pid;
  }

  /**
   * The emulator's screen after everything received so far is drawn, and never halfway
   * through a frame: Ink wraps each frame in synchronized-update marks (CSI ? 2026 h … l),
   * and a frame may come in several reads.
   */
  async screen(): Promise<string[]> {
    for (let i = 0; i < 100 && this.raw.lastIndexOf(BSU) > this.raw.lastIndexOf(ESU); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await this.pending;
    const buffer = this.term.buffer.active;
    const lines: string[] = [];
    for (let y = 0; y < this.term.rows; y++)
      lines.push(buffer.getLine(y)?.translateToString(true) ?? '');
    return lines;
  }

  async bufferType(): Promise<string> {
    await this.pending;
    return this.term.buffer.active.type;
  }

  /** Polls until `predicate` holds for the screen; fails with the screen when it does not. */
  async waitFor(
    predicate: (screen: string[]) => boolean,
    what: string,
    timeoutMs = PATIENCE_MS,
  ): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = await this.screen();
      if (predicate(screen)) return screen;
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}; the screen:\n${screen.join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Keys one write each, ~30 ms apart (plain characters in one read would be one event). */
  async keys(...keys: string[]): Promise<void> {
    for (const key of keys) {
      this.child.write(key);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  }

  /** Bytes as they are, in one write (a paste, a burst). */
  write(data: string): void {
    this.child.write(data);
  }

  /** The terminal's device (`/dev/pts/N`): another program can use it as its stdin. */
  get ptsName(): string {
    return (this.child as unknown as { ptsName: string }).ptsName;
  }

  /** Closes the terminal (its master side), as closing a terminal window does. */
  destroy(): void {
    // Not in node-pty's typings, but what its UnixTerminal does on close: the master side
    // closed, then SIGHUP.
    (this.child as unknown as { destroy(): void }).destroy();
  }

  resize(cols: number, rows: number): void {
    this.child.resize(cols, rows);
    this.term.resize(cols, rows);
  }

  kill(signal: string): void {
    this.child.kill(signal);
  }
}

export const KEY = {
  enter: '\r',
  escape: '\x1b',
  tab: '\t',
  up: '\x1b[A',
  down: '\x1b[B',
  ctrlC: '\x03',
} as const;
