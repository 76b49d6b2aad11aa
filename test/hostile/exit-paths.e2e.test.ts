// Every way out gives the terminal back, in a real pseudo-terminal: isolab runs under a
// shell that, once it has ended, prints its exit code and `stty -a` — the line discipline
// as isolab left it (raw mode off: icanon, echo, isig back on). The bytes isolab wrote and
// the emulator's state say the rest: normal screen, cursor shown, line wrapping on.
//
// Node puts the terminal's modes back itself on a normal exit, so for q, Ctrl+C and the
// signals isolab answers the stty check is a second line of defence; after SIGHUP, which
// isolab ends by dying of (see src/cli/screen-commands.ts), it is isolab's own restore
// alone that stty sees.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it, type TestContext } from 'vitest';
import { BIN, KEY, PtySession } from '../e2e/pty-session.js';
import { restoredState, RESTORED } from './fake-terminal.js';

/** For what waits on a process starting or ending: generous, as a busy 2-core machine needs. */
const SLOW = 15_000;

const SHELL = '/bin/sh';
/** Runs isolab, then reports how it ended and the terminal's modes. */
const REPORT = '"$0" "$@"; echo "<<exit $?>>"; stty -a; echo "<<end>>"';

function open(context: TestContext, ...args: ConstructorParameters<typeof PtySession>) {
  const session = new PtySession(...args);
  context.onTestFinished(() => session.kill('SIGKILL'));
  return session;
}

/** isolab `args` under the reporting shell. */
function underShell(
  context: TestContext,
  args: readonly string[],
  env: Record<string, string> = {},
  size = { cols: 100, rows: 30 },
) {
  return open(context, ['-c', REPORT, process.execPath, BIN, ...args], size, env, SHELL);
}

async function waitForRaw(session: PtySession, text: string, timeoutMs = SLOW) {
  const deadline = Date.now() + timeoutMs;
  while (!session.raw.includes(text)) {
    if (Date.now() > deadline)
      throw new Error(
        `timed out waiting for ${JSON.stringify(text)}; the screen:\n${(await session.screen()).join('\n')}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const ready = (s: string[]) =>
  s.some((l) => l.includes('Host processes')) && s.some((l) => l.includes('q quit'));

/** isolab itself (the shell's child), once it is running. */
function isolabPid(session: PtySession): number {
  const children = readFileSync(`/proc/${session.pid}/task/${session.pid}/children`, 'utf8')
    .trim()
    .split(/\s+/);
  expect(children).toHaveLength(1);
  return Number(children[0]);
}

interface Ending {
  readonly code: number;
  /** What isolab wrote, up to its exit. */
  readonly written: string;
  /** stty -a afterwards. */
  readonly stty: string;
}

async function ending(session: PtySession): Promise<Ending> {
  // `<<end>>` marks the report complete; when the shell exits at once node-pty can drop the
  // last bytes, so the end of `stty -a` (its last line names echoke) counts as complete too.
  const deadline = Date.now() + SLOW;
  const complete = () => {
    const at = session.raw.lastIndexOf('<<exit ');
    return (
      session.raw.includes('<<end>>') || (at >= 0 && /\becho(ke|ctl)\b/.test(session.raw.slice(at)))
    );
  };
  while (!complete()) {
    if (Date.now() > deadline) await waitForRaw(session, '<<end>>', 0);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await session.exit(SLOW);
  const at = session.raw.lastIndexOf('<<exit ');
  const code = Number(/<<exit (\d+)>>/.exec(session.raw.slice(at))?.[1]);
  return { code, written: session.raw.slice(0, at), stty: session.raw.slice(at) };
}

const flag = (stty: string, name: string) => {
  if (new RegExp(`(^|\\s)-${name}(\\s|$)`).test(stty)) return false;
  if (new RegExp(`(^|\\s)${name}(\\s|$)`).test(stty)) return true;
  throw new Error(`stty -a does not mention ${name}:\n${stty}`);
};

/** Everything the issue lists: the bytes, the emulator, the line discipline. */
async function expectTerminalBack(session: PtySession, end: Ending) {
  // The shell may add its own words after isolab (dash says "Hangup"): the bytes judge the
  // modes; whether anything of the dashboard was drawn on the normal screen, the emulator does.
  const { nothingDrawnAfter: _, ...modes } = RESTORED;
  expect(restoredState(end.written)).toMatchObject(modes);
  expect(await session.bufferType()).toBe('normal');
  const screen = await session.screen();
  expect(
    screen.filter((l) => /[│┃┌┏└┗]|Host processes|q quit/.test(l)),
    screen.join('\n'),
  ).toEqual([]);
  const term = session.term as unknown as {
    modes: { wraparoundMode: boolean; mouseTrackingMode: string };
    _core: { coreService: { isCursorHidden: boolean } };
  };
  expect(term.modes.wraparoundMode).toBe(true);
  expect(term._core.coreService.isCursorHidden).toBe(false);
  // A click in the shell afterwards must not type escape sequences (issue 12).
  expect(term.modes.mouseTrackingMode).toBe('none');
  for (const mode of ['icanon', 'echo', 'isig', 'icrnl', 'iexten'])
    expect(flag(end.stty, mode), `${mode} in\n${end.stty}`).toBe(true);
}

describe.concurrent('every exit path restores the terminal (pty)', { timeout: 60_000 }, () => {
  it('q: exit 0', async (context) => {
    const session = underShell(context, []);
    await session.waitFor(ready, 'the first frame', SLOW);
    // Raw mode really was on while it ran (or the stty check below would prove nothing).
    await session.keys('q');
    const end = await ending(session);
    expect(end.code).toBe(0);
    await expectTerminalBack(session, end);
  });

  it('Ctrl+C from the console: exit 130', async (context) => {
    const session = underShell(context, []);
    await session.waitFor(ready, 'the first frame', SLOW);
    await session.keys(':', 'G', 'e', 't');
    await session.waitFor((s) => s.some((l) => /PS C:\\> Get/.test(l)), 'the typed text', SLOW);
    await session.keys(KEY.ctrlC);
    const end = await ending(session);
    expect(end.code).toBe(130);
    await expectTerminalBack(session, end);
  });

  it.for([
    ['SIGTERM', 143],
    ['SIGINT', 130],
    ['SIGHUP', 129],
  ] as const)('%s: exit %i', async ([signal, code], context) => {
    const session = underShell(context, []);
    await session.waitFor(ready, 'the first frame', SLOW);
    process.kill(isolabPid(session), signal);
    const end = await ending(session);
    expect(end.code).toBe(code);
    await expectTerminalBack(session, end);
  });

  it('an exception while rendering: exit 1, one readable line after leaving the screen', async (context) => {
    const session = underShell(context, [], { ISOLAB_TEST_CRASH: 'render' });
    // It draws, then throws once the clock has ticked (about a second in).
    await waitForRaw(session, 'Host processes');
    const end = await ending(session);
    expect(end.code).toBe(1);
    await expectTerminalBack(session, end);
    const after = end.written.slice(end.written.lastIndexOf('\x1b[?1049l'));
    const lines = after
      // eslint-disable-next-line no-control-regex -- the mode switches around the message
      .replace(/\x1b\[\?\d+[hl]/g, '')
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '');
    expect(lines).toEqual([
      'isolab: the dashboard stopped on an error: Error: ISOLAB_TEST_CRASH: an exception thrown while rendering',
    ]);
    // And the emulator shows it on the normal screen.
    expect(
      (await session.screen()).some((l) =>
        l.startsWith('isolab: the dashboard stopped on an error'),
      ),
    ).toBe(true);
  });
});

describe.concurrent(
  'without a terminal on both sides: one line naming isolab run, exit 2',
  { timeout: 60_000 },
  () => {
    // stdin or stdout redirected while the other is the terminal.
    it.for([
      ['isolab < /dev/null', '"$0" "$@" < /dev/null; echo "<<exit $?>>"', []],
      ['isolab demo < /dev/null', '"$0" "$@" < /dev/null; echo "<<exit $?>>"', ['demo']],
      ['isolab | cat', '("$0" "$@"; echo "<<exit $?>>" >&2) | cat', []],
      ['isolab demo docker | cat', '("$0" "$@"; echo "<<exit $?>>" >&2) | cat', ['demo', 'docker']],
    ] as const)('%s', async ([, script, args], context) => {
      const session = open(
        context,
        ['-c', script, process.execPath, BIN, ...args],
        { cols: 200, rows: 10 },
        {},
        SHELL,
      );
      await waitForRaw(session, '<<exit');
      await session.exit(SLOW);
      const out = session.raw.slice(0, session.raw.indexOf('<<exit'));
      expect(session.raw).toMatch(/<<exit 2>>/);
      expect(out).not.toContain('\x1b[');
      const lines = out.split(/\r?\n/).filter((l) => l !== '');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^isolab: .*`isolab run`/);
    });
  },
);

describe.concurrent('--record to a path it cannot write', { timeout: 60_000 }, () => {
  const cases: Array<[string, string[], RegExp]> = [
    [
      'a missing folder',
      ['--record', '/nonexistent-isolab-dir/out.cast'],
      /cannot record to '\/nonexistent-isolab-dir\/out\.cast': its folder does not exist/,
    ],
    ['a directory', ['--record', '/tmp'], /cannot record to '\/tmp': it is a directory/],
    [
      'a missing folder, for demo',
      ['demo', '--record', '/nonexistent-isolab-dir/out.cast'],
      /its folder does not exist/,
    ],
  ];
  // As root a read-only file is writable, so this one runs only for other users.
  if (process.getuid?.() !== 0)
    cases.push(['a read-only file', ['--record', '/etc/hostname'], /permission denied/]);
  it.for(cases)(
    '%s: one clear line before the dashboard opens, exit 2',
    async ([, args, message], context) => {
      const session = underShell(context, args);
      const end = await ending(session);
      expect(end.code).toBe(2);
      // Nothing of the dashboard: no alternate screen, no raw mode, nothing drawn.
      expect(end.written).not.toContain('\x1b[?1049h');
      const lines = end.written.split(/\r?\n/).filter((l) => l !== '');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(await session.bufferType()).toBe('normal');
    },
  );
});

// Issue 15, part 2 finding 4: Ctrl+Z and SIGTSTP give the terminal back before the process
// stops (normal screen, cursor shown, wrapping on, cooked mode); SIGCONT (what `fg` sends)
// takes it again (alternate screen, raw mode) and draws the whole frame.
describe('suspend and resume (pty)', { timeout: 60_000 }, () => {
  const state = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
  const stty = (session: PtySession) =>
    execFileSync('stty', ['-a', '-F', session.ptsName], { encoding: 'utf8' });

  async function until(what: string, test: () => boolean | Promise<boolean>) {
    const deadline = Date.now() + SLOW;
    while (!(await test())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async function expectSuspended(session: PtySession) {
    await until('the process to stop', () => state(session.pid) === 'T');
    // The bytes written before the stop may still be on their way through the pty to the
    // emulator: wait for them (the process is stopped, so nothing else can arrive).
    await until('the normal screen', async () => (await session.bufferType()) === 'normal');
    expect(await session.bufferType()).toBe('normal');
    const term = session.term as unknown as {
      modes: { wraparoundMode: boolean; mouseTrackingMode: string };
      _core: { coreService: { isCursorHidden: boolean } };
    };
    expect(term.modes.wraparoundMode).toBe(true);
    expect(term._core.coreService.isCursorHidden).toBe(false);
    expect(term.modes.mouseTrackingMode).toBe('none');
    for (const mode of ['icanon', 'echo', 'isig']) expect(flag(stty(session), mode)).toBe(true);
  }

  async function expectResumed(session: PtySession) {
    process.kill(session.pid, 'SIGCONT');
    await until('the alternate screen', async () => (await session.bufferType()) === 'alternate');
    // The whole frame, drawn on the emptied alternate screen.
    await session.waitFor(ready, 'the frame drawn again', SLOW);
    expect(state(session.pid)).not.toBe('T');
    const modes = (session.term as unknown as { modes: { mouseTrackingMode: string } }).modes;
    expect(modes.mouseTrackingMode).toBe('vt200'); // the mouse back with the screen
    for (const mode of ['icanon', 'echo']) expect(flag(stty(session), mode)).toBe(false);
  }

  const SUSPENDERS: Record<string, (s: PtySession) => void> = {
    'Ctrl+Z': (s) => s.write('\x1a'),
    'SIGTSTP from outside': (s) => void process.kill(s.pid, 'SIGTSTP'),
  };

  it.for(Object.keys(SUSPENDERS))(
    '%s, then SIGCONT, twice; then q exits 0',
    async (how, context) => {
      const suspend = SUSPENDERS[how] ?? (() => undefined);
      const session = open(context, [], { cols: 100, rows: 30 });
      await session.waitFor(ready, 'the first frame', SLOW);
      for (let round = 0; round < 2; round++) {
        suspend(session);
        await expectSuspended(session);
        await expectResumed(session);
      }
      await session.keys('q');
      expect((await session.exit(SLOW)).exitCode).toBe(0);
    },
  );
});
