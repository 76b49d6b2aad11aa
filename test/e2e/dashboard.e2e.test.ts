// The built binary in a real pseudo-terminal (npm test builds first).
import { execFile } from 'node:child_process';
import { describe, expect, it, type TestContext } from 'vitest';
import { BIN, KEY, PtySession } from './pty-session.js';

/**
 * A session that is killed when its test ends, whatever happened (the test's own hook: tests run
 * concurrently).
 */
const open = (context: TestContext, ...args: ConstructorParameters<typeof PtySession>) => {
  const session = new PtySession(...args);
  context.onTestFinished(() => session.kill('SIGKILL'));
  return session;
};

const hostPane = (screen: string[]) => screen.map((l) => l.slice(60));
const leftPanes = (screen: string[]) => screen.map((l) => l.slice(0, 60));
const ready = (s: string[]) =>
  s.some((l) => l.includes('2 Host processes')) && s.some((l) => l.startsWith(' csrss — host'));

/** The terminal is given back: alternate screen left, cursor shown, after the last frame. */
async function expectRestored(session: PtySession) {
  const left = session.raw.lastIndexOf('\x1b[?1049l');
  expect(left).toBeGreaterThan(session.raw.lastIndexOf('\x1b[?1049h'));
  expect(session.raw.lastIndexOf('\x1b[?25h')).toBeGreaterThan(left);
  expect(await session.bufferType()).toBe('normal');
}

describe.concurrent('isolab in a terminal', () => {
  it('t toggles DEMO between the kernels, the console shows what ran; q quits with 0, with no full-screen clear', async (context) => {
    const session = open(context);
    await session.waitFor(ready, 'the first frame');
    // The lab starts at the host prompt (issue 12): Enter goes into DEMO first.
    await session.keys(KEY.enter);
    await session.waitFor((s) => s.some((l) => l.includes('[DEMO]: PS C:\\>')), 'DEMO entered');
    const steadyFrom = session.raw.length;

    await session.keys('t');
    let screen = await session.waitFor(
      (s) =>
        hostPane(s).some((l) => /\+vmwp +\d+ +0 .*◇ utility VM of DEMO/.test(l)) &&
        leftPanes(s).some((l) => /csrss +956 +1 /.test(l)),
      'a vmwp for DEMO on the host and csrss 956 in session 1 inside',
    );
    // DEMO's csrss leaves the host pane (marked − for its last seconds there).
    expect(
      hostPane(screen)
        .filter((l) => /csrss +6528/.test(l))
        .every((l) => l.includes('−csrss')),
    ).toBe(true);
    for (const command of [
      '[DEMO]: PS C:\\> exit',
      'PS C:\\> Stop-Container -Name DEMO',
      'PS C:\\> Set-Container -Name DEMO -RuntimeType HyperV',
      'PS C:\\> Start-Container -Name DEMO',
      'PS C:\\> Enter-PSSession -ContainerName DEMO -RunAsAdministrator',
    ]) {
      expect(screen.join('\n')).toContain(command);
    }

    await session.keys('t');
    screen = await session.waitFor(
      (s) =>
        hostPane(s).some((l) => {
          const m = /^[│┃] [ +]csrss +\d+ +(\d+) .*◆ DEMO \(shared kernel\)/.exec(l);
          return m !== null && Number(m[1]) >= 3;
        }) && s.some((l) => l.includes('Set-Container -Name DEMO -RuntimeType Default')),
      'a DEMO csrss back on the host, in a session ≥ 3',
    );
    expect(screen.some((l) => l.startsWith(' csrss — host 4 (1 from DEMO)'))).toBe(true);

    const steady = session.raw.slice(steadyFrom);
    expect(steady.includes('\x1b[2J') || steady.includes('\x1b[3J')).toBe(false);

    await session.keys('q');
    expect((await session.exit()).exitCode).toBe(0);
    await expectRestored(session);
  });

  it('enters and leaves sessions, filters a pane, follows resizes; Ctrl+C quits with 130', async (context) => {
    const session = open(context, [], { cols: 100, rows: 30 });
    await session.waitFor(ready, 'the first frame');

    await session.keys(KEY.enter);
    await session.waitFor((s) => s.some((l) => l.includes('[DEMO]: PS C:\\>')), 'DEMO entered');
    await session.keys('x');
    await session.waitFor(
      (s) => s.some((l) => /^[│┃]PS C:\\> +[│┃]$/.test(l)),
      'the host prompt after x',
    );
    await session.keys(KEY.down, KEY.enter);
    await session.waitFor(
      (s) =>
        s.some((l) => l.includes('CreateRemoteRunspaceForContainerFailed')) &&
        s.some((l) => /^[│┃]PS C:\\> +[│┃]$/.test(l)),
      "the module's refusal to enter an Off container",
    );

    await session.keys('2', '/', 'v', 'm', 'w', 'p');
    await session.waitFor(
      (s) => s.some((l) => l.includes('filter: vmwp')) && s.some((l) => l.includes('0 of')),
      'the filter line',
    );
    // Ink 8 holds a lone Esc ~20 ms (more of a sequence may follow): wait for what it did.
    await session.keys(KEY.escape);
    await session.waitFor(
      (s) => !s.some((l) => l.includes('filter: vmwp')),
      'the filter closed by Esc',
    );
    await session.keys('/', 'c', 's', 'r', KEY.enter);
    await session.waitFor(
      (s) => s.some((l) => /4 of \d+/.test(l)) && s.some((l) => l.includes('filter "csr"')),
      'the host pane filtered to csrss',
    );

    session.resize(60, 20);
    await session.waitFor(
      (s) =>
        /1 Cont.*2 Host.*3 Sess.*4 Cons/.test(s[0] ?? '') &&
        s[1]?.startsWith('┏━ 2 Host') === true &&
        s[19] === '',
      'one pane at 60×20',
    );
    session.resize(30, 10);
    await session.waitFor(
      (s) =>
        s.join(' ').replace(/\s+/g, ' ').includes('terminal too small: need 40×12, have 30×10'),
      'the too-small line',
    );
    session.resize(120, 36);
    await session.waitFor(
      (s) =>
        (s[0] ?? '').includes('1 Containers') &&
        (s[0] ?? '').includes('2 Host processes') &&
        s[35] === '',
      'the full layout again',
    );

    await session.keys(':', 'q', KEY.ctrlC);
    expect((await session.exit()).exitCode).toBe(130);
    await expectRestored(session);
  });

  it('SIGTERM closes it cleanly, with 143', async (context) => {
    const session = open(context, ['--no-color', '--lang', 'ko'], { cols: 80, rows: 24 });
    await session.waitFor(
      (s) => s.some((l) => l.includes('2 호스트 프로세스')),
      'the first frame in Korean',
    );
    // eslint-disable-next-line no-control-regex -- looking for colour escapes
    expect(session.raw).not.toMatch(/\x1b\[(3[0-7]|9[0-7]|38;[0-9;]+)m/);
    session.kill('SIGTERM');
    expect((await session.exit()).exitCode).toBe(143);
    await expectRestored(session);
  });

  it('without a terminal, says to use isolab run, and exits 2', async () => {
    // Pipes for stdin, stdout and stderr (asynchronously: a blocking spawnSync would stall
    // the pty sessions of the tests running alongside).
    const result = await new Promise<{ status: number | null; stdout: string; stderr: string }>(
      (resolve) => {
        const child = execFile(
          process.execPath,
          [BIN],
          { encoding: 'utf8' },
          (error, stdout, stderr) =>
            resolve({
              status: error ? (typeof error.code === 'number' ? error.code : null) : 0,
              stdout,
              stderr,
            }),
        );
        child.stdin?.end();
      },
    );
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('isolab run');
  });
});
