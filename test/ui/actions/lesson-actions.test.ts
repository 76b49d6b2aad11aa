// Learn mode's actions (src/ui/actions/lesson-actions.ts) on a real UI store: the goal is
// checked after every action, a hint on its key, "show me" through the console, progress
// handed to the host as tasks finish.
import { describe, expect, it, vi } from 'vitest';
import { builtinLesson, type Lesson } from '../../../src/demo/lessons/index.js';
import { uiStore } from '../harness.js';

const lesson = builtinLesson('isolation-basics') as Lesson;

function learn(lang: 'en' | 'ko' = 'en') {
  const taskDone = vi.fn();
  const made = uiStore({ start: lesson.start, lang, lesson: { lesson, taskDone } });
  const panel = () => made.store.getState().lesson!;
  return { ...made, taskDone, panel };
}

describe('learn mode actions', () => {
  it('h on the panes reveals the next hint; in the console h is typed and F3 reveals', () => {
    const { a, panel, store } = learn();
    a().handleKey('h', 'user');
    expect(panel().engine.tasks[0]?.hintsShown).toBe(1);
    expect(panel().feedback).toEqual({ kind: 'hint' });
    a().handleKey('4', 'user');
    a().handleInput('h');
    expect(store.getState().console.input).toBe('h');
    expect(panel().engine.tasks[0]?.hintsShown).toBe(1);
    a().handleInput('\x1bOR');
    expect(panel().engine.tasks[0]?.hintsShown).toBe(2);
  });

  it('w ("show me") plays the current task\'s solution in the console: that task only', () => {
    const { a, panel, store, taskDone } = learn();
    a().handleKey('w', 'user');
    const echoed = store.getState().console.lines.map((l) => l.text);
    const first = lesson.tasks[0]!.solution[0]!;
    expect('type' in first && echoed.some((t) => t.endsWith(first.type))).toBe(true);
    expect(panel().engine.current).toBe(1);
    expect(panel().engine.tasks[0]?.solutionShown).toBe(true);
    expect(panel().feedback).toEqual({ kind: 'done', task: 0 });
    expect(taskDone).toHaveBeenCalledWith(0, false);
    expect(taskDone).toHaveBeenCalledTimes(1);
  });

  it("typing each task's commands finishes the lesson, checked after every line", () => {
    const { a, panel, taskDone } = learn();
    lesson.tasks.forEach((task, i) => {
      expect(panel().engine.current).toBe(i);
      for (const step of task.solution) if ('type' in step) a().runLine(step.type);
    });
    expect(panel().engine.finishedAt).not.toBeNull();
    expect(taskDone).toHaveBeenCalledTimes(lesson.tasks.length);
    expect(taskDone).toHaveBeenLastCalledWith(lesson.tasks.length - 1, true);
  });

  it('a line that does not reach the goal leaves the task under way', () => {
    const { a, panel, taskDone } = learn();
    a().runLine('Get-Process csrss');
    expect(panel().engine.current).toBe(0);
    expect(taskDone).not.toHaveBeenCalled();
  });
});
