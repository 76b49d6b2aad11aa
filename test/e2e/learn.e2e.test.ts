// Issue 14 in a real pseudo-terminal: demos that stay true (`]` then `[`, take-over then
// `r`) and learn mode in the dashboard (a lesson typed to the end, a hint on its key,
// "show me" for one task), with progress written to a state directory of the test's own.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { builtinScenario, compileTimeline } from '../../src/demo/index.js';
import { builtinLesson, type Lesson } from '../../src/demo/lessons/index.js';
import { KEY, PtySession } from './pty-session.js';

const stateHome = () => mkdtempSync(join(tmpdir(), 'isolab-learn-'));

const open = (context: TestContext, args: string[], env: Record<string, string> = {}) => {
  const session = new PtySession(args, { cols: 120, rows: 36 }, env);
  context.onTestFinished(() => session.kill('SIGKILL'));
  return session;
};

const statusLine = (screen: string[]) => screen.find((l) => /chapter \d+\/\d+/.test(l)) ?? '';
/** The summary line's count of csrss on the host (the host pane may be spotlit, or scrolled). */
const hostCsrss = (screen: string[]) =>
  Number(/csrss — host (\d+)/.exec(screen.join('\n'))?.[1] ?? NaN);
const narrated = (screen: string[]) => screen.some((l) => l.includes('» '));

const lesson = builtinLesson('isolation-basics') as Lesson;
const tasks = lesson.tasks.length;
const typed = (line: string) => [...line.split(''), KEY.enter];

describe.concurrent('demos that stay true, in a terminal', () => {
  it('] then [: the state and the narration are those of the chapter jumped to', async (context) => {
    const timeline = compileTimeline(builtinScenario('isolation')!, 'en');
    const before2 = timeline.beats
      .slice(0, timeline.chapterStarts[1])
      .flatMap((b) => (b.beat.kind === 'say' ? [b.beat.text] : []))
      .at(-1)!;
    const session = open(context, ['demo', 'isolation', '--step']);
    await session.waitFor((s) => /chapter 1\/2/.test(statusLine(s)), 'chapter 1, paused');
    await session.keys(']');
    let screen = await session.waitFor(
      (s) => /chapter 2\/2/.test(statusLine(s)) && hostCsrss(s) === 4,
      'chapter 2 with four csrss on the host',
    );
    expect(screen.join('\n')).toContain(before2.slice(0, 30));
    await session.keys('[');
    screen = await session.waitFor(
      (s) => /chapter 1\/2/.test(statusLine(s)) && hostCsrss(s) === 3,
      'back at chapter 1 with three csrss',
    );
    // Nothing of a later chapter is said over the bare host.
    expect(narrated(screen)).toBe(false);
    expect(screen.join('\n')).not.toContain(before2.slice(0, 30));
    await session.keys('q');
    expect((await session.exit()).exitCode).toBe(0);
  }, 40_000);

  it('take-over says you are in control; Esc then r restarts the demo', async (context) => {
    const session = open(context, ['demo', 'isolation', '--speed', '4']);
    await session.waitFor((s) => narrated(s), 'the first narration');
    await session.keys('i');
    let screen = await session.waitFor(
      (s) => s.some((l) => l.includes('You are in control')),
      'the in-control line',
    );
    expect(narrated(screen)).toBe(false);
    await session.keys(KEY.escape);
    await session.waitFor((s) => s.some((l) => l.includes('r restart')), 'r restart in the hints');
    await session.keys('r');
    screen = await session.waitFor(
      (s) => /playing/.test(statusLine(s)) && /chapter 1\/2/.test(statusLine(s)),
      'the demo playing again from chapter 1',
    );
    expect(screen.some((l) => l.includes('You are in control'))).toBe(false);
    await session.keys('q');
    expect((await session.exit()).exitCode).toBe(0);
  }, 40_000);
});

describe.concurrent('isolab learn in a terminal', () => {
  it('a lesson completed by typing its commands, with progress kept', async (context) => {
    const home = stateHome();
    const session = open(context, ['learn', 'isolation-basics'], { XDG_STATE_HOME: home });
    await session.waitFor((s) => s.some((l) => l.includes(`task 1/${tasks}`)), 'task 1');
    await session.keys(':');
    for (const [i, task] of lesson.tasks.entries()) {
      for (const step of task.solution) if ('type' in step) await session.keys(...typed(step.type));
      const next = i + 1 < tasks ? `task ${i + 2}/${tasks}` : 'Lesson done in';
      await session.waitFor((s) => s.some((l) => l.includes(next)), next, 20_000);
    }
    const screen = await session.screen();
    expect(screen.some((l) => /Hints used: 0\. Solutions shown: 0\./.test(l))).toBe(true);
    await session.keys(KEY.escape, 'q');
    expect((await session.exit()).exitCode).toBe(0);
    const progress = JSON.parse(readFileSync(join(home, 'isolab', 'progress.json'), 'utf8'));
    expect(progress.lessons['isolation-basics'].finished).toBe(true);
    expect(progress.lessons['isolation-basics'].tasks).toHaveLength(tasks);
  }, 60_000);

  it('h reveals a hint; w shows the solution of that task only', async (context) => {
    const session = open(context, ['learn', 'isolation-basics'], { XDG_STATE_HOME: stateHome() });
    await session.waitFor((s) => s.some((l) => l.includes(`task 1/${tasks}`)), 'task 1');
    await session.keys('h');
    let screen = await session.waitFor((s) => s.some((l) => l.includes('Hint 1/')), 'a hint');
    expect(screen.join('\n')).toContain(lesson.tasks[0]!.hints[0]!.en.slice(0, 30));
    await session.keys('w');
    screen = await session.waitFor(
      (s) => s.some((l) => l.includes(`task 2/${tasks}`)) && s.some((l) => l.includes('✓ Task 1')),
      'task 1 done by show me',
    );
    const first = lesson.tasks[0]!.solution[0]!;
    expect('type' in first && screen.some((l) => l.includes(first.type.slice(0, 40)))).toBe(true);
    // That task only: the next task's commands did not run.
    expect(screen.some((l) => l.includes(`task 3/${tasks}`))).toBe(false);
    await session.keys('q');
    expect((await session.exit()).exitCode).toBe(0);
  });
});
