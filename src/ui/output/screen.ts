// Owning the terminal (docs/ink-notes.md: Ink 6.8 has no alternate-screen option). Enter the
// alternate screen and raw mode before the first frame; on every way out — q, Ctrl+C, a
// signal, a crash, even process.exit — leave it, show the cursor, turn wrapping and raw
// mode back, and mouse reporting off.

export const ALT_SCREEN_ON = '\x1b[?1049h';
export const ALT_SCREEN_OFF = '\x1b[?1049l';
/**
 * Entering the alternate screen keeps the cursor where it was, and Ink draws its first row
 * from there: text typed ahead while `npm start` built (echoed on the shell's line) shifted
 * that row right. The cursor goes home first.
 */
export const CURSOR_HOME = '\x1b[H';
export const CURSOR_SHOW = '\x1b[?25h';
export const CURSOR_HIDE = '\x1b[?25l';
/** Ink wraps its own lines; the terminal must not wrap a line that is exactly as wide. */
export const AUTOWRAP_OFF = '\x1b[?7l';
export const AUTOWRAP_ON = '\x1b[?7h';
/**
 * Mouse reporting as lazydocker and htop ask for it: presses, releases and the wheel
 * (1000), reported in SGR form (1006: `ESC [ < b ; x ; y M`, any column). Off in reverse.
 */
export const MOUSE_ON = '\x1b[?1000h\x1b[?1006h';
export const MOUSE_OFF = '\x1b[?1006l\x1b[?1000l';

/** The terminal went away (SIGHUP, or its input ended or failed): 128 + SIGHUP. */
export const HANG_UP_EXIT_CODE = 129;

interface Writable {
  write(chunk: string): unknown;
}

interface Input {
  readonly isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

export class ScreenOwner {
  private owned = false;
  private readonly onExit = () => this.restore();

  constructor(
    private readonly stdout: Writable,
    private readonly stdin: Input,
    /** Ask for mouse reports (`--no-mouse` leaves the mouse to the terminal). */
    private readonly mouse = false,
  ) {}

  enter(): void {
    if (this.owned) return;
    this.owned = true;
    // Raw mode from the first frame on: Ink turns it on only in an effect, after that frame
    // is drawn, and keys typed meanwhile would be echoed by the terminal below it.
    try {
      if (this.stdin.isTTY) this.stdin.setRawMode?.(true);
    } catch {
      // Not a terminal after all: Ink will say so.
    }
    this.stdout.write(
      ALT_SCREEN_ON + CURSOR_HOME + AUTOWRAP_OFF + CURSOR_HIDE + (this.mouse ? MOUSE_ON : ''),
    );
    process.once('exit', this.onExit);
  }

  /** Idempotent; safe on a closed terminal. */
  restore(): void {
    if (!this.owned) return;
    this.owned = false;
    process.off('exit', this.onExit);
    try {
      if (this.stdin.isTTY) this.stdin.setRawMode?.(false);
    } catch {
      // The terminal may already be gone (SIGHUP).
    }
    try {
      // Mouse off first: a report the shell would read as typed text must not follow.
      this.stdout.write((this.mouse ? MOUSE_OFF : '') + AUTOWRAP_ON + ALT_SCREEN_OFF + CURSOR_SHOW);
    } catch {
      // As above.
    }
  }
}
