// Issue 12's layout acceptance in a real terminal (npm test builds dist/ first): at a
// projector's 80×24 a 7-letter container name keeps the Kernel column, and at 60×20 the
// summary's conclusion is whole, in English and in Korean.
import { describe, expect, it, type TestContext } from 'vitest';
import { KEY, PtySession } from './pty-session.js';

const open = (context: TestContext, ...args: ConstructorParameters<typeof PtySession>) => {
  const session = new PtySession(...args);
  context.onTestFinished(() => session.kill('SIGKILL'));
  return session;
};

const typed = (text: string) => [...text.split(''), KEY.enter];

const WORDS = {
  en: {
    kernel: 'Kernel',
    shared: 'host( kernel)? · SI',
    conclusion: 'in DEMO 1 (PID 956, own kernel) · host sees only vmwp',
  },
  ko: {
    kernel: '커널',
    shared: '호스트( 커널)? · SI',
    conclusion: 'DEMO 안 1개 (PID 956, 자체 커널) · 호스트에는 vmwp만',
  },
} as const;

describe.concurrent('the layout keeps what teaches', () => {
  it.for(['en', 'ko'] as const)(
    '%s: at 80×24 with a 7-letter name entered, the Kernel column stays',
    async (lang, context) => {
      const words = WORDS[lang];
      const session = open(context, ['--lang', lang], { cols: 80, rows: 24 });
      await session.waitFor((s) => s.join('\n').includes('PS C:\\>'), 'the host prompt');
      await session.keys(
        ':',
        ...typed('Start-Container -Name WINCONT'),
        ...typed('Enter-PSSession -ContainerName WINCONT -RunAsAdministrator'),
      );
      const screen = await session.waitFor(
        (s) => s.some((l) => l.includes('[WINCONT]') && new RegExp(words.shared).test(l)),
        'WINCONT entered, its kernel shown',
      );
      const header = screen[screen.findIndex((l) => /1 /.test(l) && /^[┏┌]/.test(l)) + 1];
      expect(header).toContain(words.kernel);
      const row = screen.find((l) => l.includes('[WINCONT]'))!;
      // The kernel text is whole (full or short form): its session, then blanks to the border.
      expect(row).toMatch(new RegExp(`${words.shared} \\d+ *[┃│]`));
      session.kill('SIGTERM');
      await session.exit();
    },
  );

  it.for(['en', 'ko'] as const)(
    "%s: at 60×20 the summary's conclusion is whole",
    async (lang, context) => {
      const words = WORDS[lang];
      const session = open(context, ['--lang', lang], { cols: 60, rows: 20 });
      await session.waitFor((s) => s.join('\n').includes('PS C:\\>'), 'the host prompt');
      // DEMO (selected) to Hyper-V: the longest conclusion, "host sees only vmwp".
      await session.keys('t');
      const screen = await session.waitFor(
        (s) => s.some((l) => l.includes(words.conclusion)),
        'the whole conclusion',
      );
      expect(screen.join('\n')).not.toMatch(/host se…|호…/);
      session.kill('SIGTERM');
      await session.exit();
    },
  );
});
