// Lessons: the format's errors name the file and the field; the engine reveals hints one
// at a time, checks the goal after every action and times the lesson on the injected
// clock; every built-in lesson's reference solutions solve it at three seeds.
import { describe, expect, it } from 'vitest';
import {
  builtinLesson,
  builtinLessons,
  checkLesson,
  LessonEngine,
  loadLessonText,
  shownHints,
  solutionCommands,
  taskPosition,
  validateLesson,
  type Lesson,
} from '../../src/demo/lessons/index.js';
import { Shell } from '../../src/shell/index.js';
import { createSim, FakeClock } from '../../src/sim/index.js';

const SEEDS = [1, 7, 4242];

function lesson(name: string): Lesson {
  const found = builtinLesson(name);
  if (!found) throw new Error(`no lesson ${name}`);
  return found;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- spoiled on purpose
type Raw = Record<string, any>;

const minimal = (): Raw => ({
  name: 'mine',
  title: { en: 'Mine', ko: '내 것' },
  description: { en: 'A lesson', ko: '수업' },
  start: 'host',
  tasks: [
    {
      instructions: { en: 'Make D.', ko: 'D를 만드세요.' },
      goal: [{ container: 'D', exists: true }],
      hints: [{ en: 'New-Container', ko: 'New-Container' }],
      solution: [{ type: 'New-Container -Name D -ContainerImageName NanoServer' }],
    },
  ],
});

describe('lesson files', () => {
  it('a good file loads', () => {
    const result = validateLesson(minimal(), "'mine.json'");
    expect(result.ok).toBe(true);
  });

  it.each([
    [(l: Raw) => delete l.tasks[0].hints, /^lesson 'mine.json': tasks\[0\]\.hints: /],
    [
      (l: Raw) => (l.tasks[0].goal = [{ hostCsrss: 'four' }]),
      /^lesson 'mine.json': tasks\[0\]\.goal\[0\]\.hostCsrss: /,
    ],
    [
      (l: Raw) => (l.tasks[0].solution = [{ type: 'Get-Nothing' }]),
      /^lesson 'mine.json': tasks\[0\]\.solution\[0\]\.type: unknown command "Get-Nothing"$/,
    ],
    [
      (l: Raw) => (l.tasks[0].solution = [{ say: { en: 'a', ko: 'a' } }]),
      /^lesson 'mine.json': tasks\[0\]\.solution\[0\]: a solution step is a type or a key step$/,
    ],
    [
      (l: Raw) => (l.tasks[0].solution = [{ key: 'F13' }]),
      /^lesson 'mine.json': tasks\[0\]\.solution\[0\]\.key: unknown key name/,
    ],
    [(l: Raw) => (l.steps = []), /^lesson 'mine.json': lesson: unknown field "steps"$/],
    [(l: Raw) => (l.title = { en: 'only English' }), /^lesson 'mine.json': title\.ko: /],
  ])(
    'a bad file is refused with one message naming the file and the field (%#)',
    (spoil, message) => {
      const raw = minimal();
      spoil(raw);
      const result = validateLesson(raw, "'mine.json'");
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    },
  );

  it('names bad JSON', () => {
    const result = loadLessonText('{', "'x.json'");
    expect(result.ok || result.message).toMatch(/^lesson 'x.json': not valid JSON/);
  });
});

describe('the lesson engine', () => {
  it('reveals hints one at a time, checks after every action, and sums up on the clock', () => {
    const clock = new FakeClock();
    const sim = createSim({ seed: 1, start: 'host' });
    const shell = new Shell({ sim });
    const basics = lesson('isolation-basics');
    const engine = new LessonEngine(basics, clock);
    expect(taskPosition(engine.state)).toEqual({ task: 1, of: 5 });
    expect(engine.hint()).toEqual(basics.tasks[0]?.hints[0]);
    expect(shownHints(engine.state)).toHaveLength(1);
    expect(engine.hint()).toEqual(basics.tasks[0]?.hints[1]);
    // No third hint: the last stays, and is not counted twice.
    expect(engine.hint()).toEqual(basics.tasks[0]?.hints[1]);
    expect(engine.state.tasks[0]?.hintsShown).toBe(2);

    const run = (line: string) => {
      shell.execute(line);
      clock.advance(10_000);
      return engine.check(sim.getState());
    };
    expect(run('$c = New-Container -Name WINCONT -ContainerImageName WindowsServerCore')).toEqual(
      [],
    );
    expect(engine.state.lastCheck.map((r) => r.holds)).toEqual([false, false]);
    expect(engine.state.lastCheck[0]?.actual.en).toBe('WINCONT: Default, Off');
    expect(run('Start-Container $c')).toEqual([{ kind: 'task-done', task: 0 }]);
    expect(taskPosition(engine.state)).toEqual({ task: 2, of: 5 });
    expect(engine.state.tasks[0]?.doneAt).toBe(20_000);

    // "show me" for the rest: each task's solution, line by line, checked after each.
    for (let task = 1; task < 5; task++) {
      const steps = engine.showMe();
      for (const step of steps)
        for (const line of solutionCommands(step, sim.getState())) run(line);
      expect(engine.state.current).toBe(task + 1);
    }
    // The last task is done at its solution's `exit` (its vmwp already runs); time stops there.
    const finishedAt = engine.state.finishedAt;
    expect(finishedAt).toBe(clock.now() - 10_000);
    const summary = engine.summary();
    expect(summary).toEqual({
      elapsedMs: finishedAt,
      tasksDone: 5,
      tasks: 5,
      hintsUsed: 2,
      solutionsShown: 4,
    });
    clock.advance(60_000);
    expect(engine.summary().elapsedMs).toBe(summary.elapsedMs);
  });
});

describe('learn --check, in process', () => {
  it.each(SEEDS)(
    'every built-in lesson is solvable by its reference solutions at seed %i',
    (seed) => {
      const lessons = builtinLessons();
      expect(lessons.map((l) => l.name)).toEqual([
        'isolation-basics',
        'conversion',
        'internals',
        'networking',
      ]);
      for (const l of lessons)
        expect(checkLesson(l, seed), l.name).toEqual({ tasks: l.tasks.length, failures: [] });
    },
  );

  it('a task whose solution misses its goal fails, naming the lesson, the task and the claim', () => {
    const broken = lesson('conversion');
    const tasks = broken.tasks.map((t, i) =>
      i === 1 ? { ...t, solution: [{ type: 'Get-Container' }] } : t,
    );
    const result = checkLesson({ ...broken, tasks }, 1);
    expect(result.failures).toEqual([
      `lesson 'conversion' tasks[1]: after its solution, claim {"container":"DEMO","runtime":"HyperV","state":"Off"} is false: expected DEMO: HyperV, Off; actual DEMO: Default, Off`,
    ]);
  });

  it('a task whose goal already holds fails: it could not be learned by doing', () => {
    const broken = lesson('conversion');
    const tasks = broken.tasks.map((t, i) =>
      i === 2 ? { ...t, goal: broken.tasks[1]?.goal ?? [] } : t,
    );
    expect(checkLesson({ ...broken, tasks }, 1).failures).toEqual([
      "lesson 'conversion' tasks[2]: the goal holds before the task begins",
    ]);
  });
});
