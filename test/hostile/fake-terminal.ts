// A terminal for runDashboard in-process: stdout, stderr and stdin that record what the
// dashboard does to them, in one ordered log (so a test can say "the message came after
// the screen was left").
import { EventEmitter } from 'node:events';
import { FakeClock } from '../../src/sim/clock.js';
import type { Sim } from '../../src/sim/index.js';
import { runDashboard, type DashboardOptions } from '../../src/ui/run-dashboard.js';
import {
  ALT_SCREEN_OFF,
  ALT_SCREEN_ON,
  AUTOWRAP_OFF,
  AUTOWRAP_ON,
  CURSOR_HIDE,
  CURSOR_SHOW,
  MOUSE_OFF,
  MOUSE_ON,
} from '../../src/ui/output/screen.js';
import type { UiStore } from '../../src/ui/ui-store.js';
import { labInsideDemo } from '../support/lab.js';

export type Entry = { readonly stream: 'stdout' | 'stderr' | 'stdin'; readonly text: string };

export class FakeOut extends EventEmitter {
  isTTY = true;
  columns: number;
  rows: number;
  constructor(
    private readonly name: 'stdout' | 'stderr',
    private readonly log: Entry[],
    size = { columns: 100, rows: 30 },
  ) {
    super();
    this.columns = size.columns;
    this.rows = size.rows;
  }
  /** Called once, at the first write. */
  onFirstWrite?: () => void;
  write(chunk: string, callback?: () => void) {
    this.onFirstWrite?.();
    this.onFirstWrite = undefined;
    this.log.push({ stream: this.name, text: String(chunk) });
    callback?.();
    return true;
  }
  get text(): string {
    return this.log
      .filter((e) => e.stream === this.name)
      .map((e) => e.text)
      .join('');
  }
}

export class FakeIn extends EventEmitter {
  isTTY = true;
  rawModes: boolean[] = [];
  private data: string | null = null;
  constructor(private readonly log: Entry[]) {
    super();
  }
  setRawMode(mode: boolean) {
    this.rawModes.push(mode);
    this.log.push({ stream: 'stdin', text: `raw mode ${mode ? 'on' : 'off'}` });
  }
  setEncoding() {}
  ref() {}
  unref() {}
  resume() {}
  pause() {}
  read() {
    const data = this.data;
    this.data = null;
    return data;
  }
  /** One read from the keyboard. */
  type(data: string) {
    this.data = data;
    this.emit('readable');
  }
}

export interface FakeRun {
  readonly stdout: FakeOut;
  readonly stderr: FakeOut;
  readonly stdin: FakeIn;
  readonly clock: FakeClock;
  readonly sim: Sim;
  readonly log: Entry[];
  readonly done: Promise<number>;
  store(): UiStore;
}

export function startDashboard(
  options: Partial<DashboardOptions> & {
    size?: { columns: number; rows: number };
    onFirstWrite?: () => void;
  } = {},
): FakeRun {
  const log: Entry[] = [];
  const stdout = new FakeOut('stdout', log, options.size);
  stdout.onFirstWrite = options.onFirstWrite;
  const stderr = new FakeOut('stderr', log);
  const stdin = new FakeIn(log);
  const clock = new FakeClock();
  const sim = options.sim ?? labInsideDemo();
  let store: UiStore | null = null;
  const done = runDashboard({
    lang: 'en',
    color: false,
    handleProcessEvents: false,
    ...options,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    clock,
    sim,
    onStore: (s) => (store = s),
  });
  return {
    stdout,
    stderr,
    stdin,
    clock,
    sim,
    log,
    done,
    store: () => {
      if (store === null) throw new Error('no store yet');
      return store;
    },
  };
}

// eslint-disable-next-line no-control-regex -- the cursor, wrap and mouse switches
const MODE_SWITCH = /\x1b\[\?(25|7|1000|1006)[hl]/g;

/**
 * The terminal as the dashboard left it, from what it wrote: each mode's last switch is
 * the restoring one. Fails on a restore that is missing, partial, or drawn over afterwards.
 */
export function restoredState(written: string) {
  const last = (s: string) => written.lastIndexOf(s);
  return {
    enteredAltScreen: last(ALT_SCREEN_ON) >= 0,
    leftAltScreen: last(ALT_SCREEN_OFF) > last(ALT_SCREEN_ON),
    cursorShown: last(CURSOR_SHOW) > last(CURSOR_HIDE),
    wrapOn: last(AUTOWRAP_ON) > last(AUTOWRAP_OFF),
    /** Mouse reporting was asked for (the dashboard's default) and turned off again. */
    mouseReported: last(MOUSE_ON) >= 0,
    mouseOff: last(MOUSE_OFF) > last(MOUSE_ON) && last('\x1b[?1000l') > last('\x1b[?1000h'),
    /**
     * Nothing but mode switches after leaving the alternate screen (no frame drawn into the
     * normal screen).
     */
    nothingDrawnAfter:
      written.slice(last(ALT_SCREEN_OFF) + ALT_SCREEN_OFF.length).replace(MODE_SWITCH, '') === '',
  };
}

export const RESTORED = {
  enteredAltScreen: true,
  leftAltScreen: true,
  cursorShown: true,
  wrapOn: true,
  mouseReported: true,
  mouseOff: true,
  nothingDrawnAfter: true,
} as const;
