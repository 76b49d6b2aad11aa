// Issue 12's acceptance in a real terminal (npm test builds dist/ first): what a trainer
// does in the first minute, at a projector's sizes.
import { describe, expect, it, type TestContext } from 'vitest';
import { KEY, PtySession } from './pty-session.js';

const open = (context: TestContext, ...args: ConstructorParameters<typeof PtySession>) => {
  const session = new PtySession(...args);
  context.onTestFinished(() => session.kill('SIGKILL'));
  return session;
};

const typed = (text: string) => [...text.split(''), KEY.enter];

describe.concurrent('the first minute', () => {
  it.for([
    [60, 20],
    [80, 24],
    [120, 40],
  ] as const)('at %i×%i the first command typed at start works', async ([cols, rows], context) => {
    const session = open(context, [], { cols, rows });
    await session.waitFor((s) => s.join('\n').includes('PS C:\\>'), 'the host prompt');
    await session.keys(':', ...typed('Get-Container'));
    const screen = await session.waitFor(
      (s) => s.some((l) => /WINCONT +Off/.test(l)),
      'Get-Container listing WINCONT',
    );
    expect(screen.join('\n')).not.toMatch(/not recognized/);
    expect(screen.join('\n')).not.toContain('[DEMO]: PS');
    session.kill('SIGTERM');
    await session.exit();
  });

  it("at 80×24 a command typed without ':' runs in the console, and no pane key fires", async (context) => {
    const session = open(context, [], { cols: 80, rows: 24 });
    await session.waitFor((s) => s.join('\n').includes('PS C:\\>'), 'the host prompt');
    await session.keys(...typed('Get-Container'));
    const screen = await session.waitFor(
      (s) => s.some((l) => /WINCONT +Off/.test(l)),
      'Get-Container listing WINCONT',
    );
    // t (toggle) and n (new container) inside the word ran nothing: DEMO is still Default.
    expect(screen.join('\n')).toMatch(/DEMO +Default/);
    expect(screen.join('\n')).not.toMatch(/not recognized/);
    session.kill('SIGTERM');
    await session.exit();
  });

  it('after zooming the console at 80×24 the whole csrss table of the seed is on screen', async (context) => {
    const session = open(context, [], { cols: 80, rows: 24 });
    await session.waitFor((s) => s.join('\n').includes('PS C:\\>'), 'the host prompt');
    await session.keys(':', ...typed('Get-Process csrss'));
    await session.waitFor((s) => s.some((l) => /6528 +3 csrss/.test(l)), "DEMO's csrss row");
    await session.keys('\x1bOQ');
    const screen = await session.waitFor(
      (s) => s.some((l) => l.includes('ProcessName')) && !s.some((l) => l.includes('Host proc')),
      'the console zoomed',
    );
    const rows = screen.filter((l) => /\d+ +\d+ csrss/.test(l));
    expect(rows.map((l) => /(\d+) +(\d+) csrss/.exec(l)?.slice(1, 3).join(' '))).toEqual([
      '532 0',
      '608 1',
      '3484 2',
      '6528 3',
    ]);
    session.kill('SIGTERM');
    await session.exit();
  });

  it('at 120×40 a paste of three commands runs all three; Ctrl+U clears the line', async (context) => {
    const session = open(context, [], { cols: 120, rows: 40 });
    await session.waitFor((s) => s.join('\n').includes('PS C:\\>'), 'the host prompt');
    await session.keys(':');
    session.write('"one-$(1)"\r"two-$(2)"\r"three-$(3)"\r');
    await session.waitFor(
      (s) => ['one-1', 'two-2', 'three-3'].every((w) => s.some((l) => l.includes(w))),
      'the three outputs',
    );
    await session.keys(...'Get-Nothing'.split(''), '\x15', ...'"after"'.split(''), KEY.enter);
    const screen = await session.waitFor(
      (s) => s.some((l) => /^[│┃]after +[│┃]$/.test(l)),
      'the line typed after Ctrl+U run alone',
    );
    expect(screen.join('\n')).not.toContain('Get-Nothing');
    session.kill('SIGTERM');
    await session.exit();
  });

  it('completes -Cont after $con = New-Container -Name X', async (context) => {
    const session = open(context, [], { cols: 120, rows: 40 });
    await session.waitFor((s) => s.join('\n').includes('PS C:\\>'), 'the host prompt');
    await session.keys(':', ...'$con = New-Container -Name X -Cont'.split(''), KEY.tab);
    await session.waitFor(
      (s) => s.some((l) => l.includes('$con = New-Container -Name X -ContainerImageName')),
      'the parameter completed',
    );
    session.kill('SIGTERM');
    await session.exit();
  });
});
