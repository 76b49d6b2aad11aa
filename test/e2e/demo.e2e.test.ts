// `isolab demo` in a real pseudo-terminal: narration, csrss rows, the player's controls,
// take-over, quitting with the terminal restored, and the asciicast recording.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { KEY, PtySession } from './pty-session.js';

const open = (context: TestContext, ...args: ConstructorParameters<typeof PtySession>) => {
  const session = new PtySession(...args);
  context.onTestFinished(() => session.kill('SIGKILL'));
  return session;
};

const statusLine = (screen: string[]) => screen.find((l) => /chapter \d+\/\d+/.test(l)) ?? '';
const stepOf = (screen: string[]) => Number(/step (\d+)\/\d+/.exec(statusLine(screen))?.[1] ?? NaN);
const hostCsrss = (screen: string[]) =>
  screen.filter((l) => /^[│┃]\s+[+−]?csrss\s+\d+\s+\d+/.test(l.slice(60))).length;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function expectRestored(session: PtySession) {
  const left = session.raw.lastIndexOf('\x1b[?1049l');
  expect(left).toBeGreaterThan(session.raw.lastIndexOf('\x1b[?1049h'));
  expect(session.raw.lastIndexOf('\x1b[?25h')).toBeGreaterThan(left);
  expect(await session.bufferType()).toBe('normal');
}

/** Every line of an asciicast v2 file parses; times never go back. */
function parseCast(path: string) {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
  const header = JSON.parse(lines[0] as string) as {
    version: number;
    width: number;
    height: number;
  };
  const events = lines.slice(1).map((l) => JSON.parse(l) as [number, string, string]);
  let last = 0;
  for (const [time, type, data] of events) {
    expect(time).toBeGreaterThanOrEqual(last);
    expect(['o', 'r']).toContain(type);
    expect(typeof data).toBe('string');
    last = time;
  }
  return {
    header,
    events,
    output: events
      .filter((e) => e[1] === 'o')
      .map((e) => e[2])
      .join(''),
  };
}

describe.concurrent('isolab demo in a terminal', () => {
  it('narrates, shows csrss rows, pauses on Space, steps on ., takes over on i, quits on q', async (context) => {
    const session = open(context, ['demo', '--speed', '4']);
    let screen = await session.waitFor(
      (s) => s.some((l) => l.includes('» The container host runs three csrss')),
      'the first narration',
    );
    screen = await session.waitFor(
      (s) => hostCsrss(s) === 3 && /playing/.test(statusLine(s)),
      'three csrss on the host, playing',
    );
    expect(statusLine(screen)).toContain('4×');

    await session.keys(' ');
    screen = await session.waitFor((s) => /paused/.test(statusLine(s)), 'paused');
    const pausedAt = stepOf(screen);
    await sleep(1200);
    expect(stepOf(await session.screen())).toBe(pausedAt);

    await session.keys('.');
    screen = await session.waitFor((s) => stepOf(s) === pausedAt + 1, 'one step further');
    expect(statusLine(screen)).toMatch(/paused/);

    await session.keys('i');
    // The script stops and the console is the user's: its key hints replace the player's.
    screen = await session.waitFor(
      (s) => !/playing|paused/.test(statusLine(s)) && s.some((l) => l.includes('Enter run')),
      'taken over',
    );
    expect(screen.some((l) => l.includes('» '))).toBe(false);
    // The console is the user's: what is typed there is text, and it runs.
    await session.keys(...'Get-Container'.split(''), KEY.enter);
    await session.waitFor(
      (s) => s.some((l) => /Name\s+State\s+Uptime\s+ParentImageName/.test(l)),
      'Get-Container typed by the user ran',
    );
    await session.keys(KEY.escape, 'q');
    expect((await session.exit()).exitCode).toBe(0);
    await expectRestored(session);
  });

  it('shows the host going 3 → 4 csrss, and still 4 after the Hyper-V container starts', async (context) => {
    const session = open(context, ['demo', 'isolation', '--speed', '16']);
    const seen: number[] = [];
    await session.waitFor(
      (s) => {
        const n = hostCsrss(s);
        if (n > 0 && seen[seen.length - 1] !== n) seen.push(n);
        return /finished/.test(statusLine(s));
      },
      'the end of the demo',
      20_000,
    );
    expect(seen[0]).toBe(3);
    expect(seen).toContain(4);
    expect(seen[seen.length - 1]).toBe(4);
    session.kill('SIGINT');
    expect((await session.exit()).exitCode).toBe(130);
    await expectRestored(session);
  }, 30_000);

  it('--record writes a valid asciicast, after q and after Ctrl+C', async (context) => {
    const dir = mkdtempSync(join(tmpdir(), 'isolab-cast-'));
    for (const [how, key, code] of [
      ['q', 'q', 0],
      ['ctrl-c', '\x03', 130],
    ] as const) {
      const file = join(dir, `${how}.cast`);
      const session = open(context, ['demo', '--speed', '4', '--record', file]);
      await session.waitFor((s) => s.some((l) => l.includes('» ')), 'the narration');
      await session.keys(key);
      expect((await session.exit()).exitCode).toBe(code);
      const cast = parseCast(file);
      expect(cast.header.version).toBe(2);
      expect(cast.header.width).toBe(120);
      expect(cast.header.height).toBe(36);
      expect(cast.events.length).toBeGreaterThan(2);
      // The recording holds the session from taking the screen to giving it back.
      expect(cast.output).toContain('\x1b[?1049h');
      expect(cast.output).toContain('The container host runs three csrss');
      expect(cast.output.lastIndexOf('\x1b[?1049l')).toBeGreaterThan(
        cast.output.lastIndexOf('\x1b[?1049h'),
      );
    }
  }, 30_000);

  it('narrates in Korean with --lang ko, laid out by display width', async (context) => {
    const session = open(context, ['demo', '--lang', 'ko', '--speed', '4'], { cols: 80, rows: 24 });
    const screen = await session.waitFor(
      (s) => s.some((l) => l.includes('» 컨테이너 호스트에는')),
      'the Korean narration',
    );
    // Two cells per Hangul syllable: no line is wider than the terminal.
    for (const line of screen) {
      const cells = [...line].reduce(
        (n, ch) => n + (/[\u1100-\u115f\u3130-\u318f\uac00-\ud7a3]/.test(ch) ? 2 : 1),
        0,
      );
      expect(cells).toBeLessThanOrEqual(80);
    }
    await session.keys('q');
    expect((await session.exit()).exitCode).toBe(0);
  });
});
