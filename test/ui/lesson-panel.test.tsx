// The lesson panel (learn mode, issue 14) in English and Korean: what it shows at each
// point of a lesson, and that the dashboard with it fits 80×24 and 60×20.
import { describe, expect, it, vi } from 'vitest';
import { builtinLesson, type Lesson } from '../../src/demo/lessons/index.js';
import { LessonPanel } from '../../src/ui/views/components/lesson-panel.js';
import { clockTime } from '../../src/ui/views/lesson-rows.js';
import { renderDashboard, renderPart, settle } from './harness.js';

const lesson = builtinLesson('isolation-basics') as Lesson;
const count = lesson.tasks.length;

function panel(lang: 'en' | 'ko', width = 80, height = 4) {
  return renderPart(() => <LessonPanel width={width} height={height} />, {
    columns: width,
    rows: 24,
    start: lesson.start,
    lang,
    lesson: { lesson, taskDone: vi.fn() },
  });
}

const WORDS = {
  en: { task: (n: number) => `task ${n}/${count}`, hint: 'Hint 1/', done: '✓ Task 1 done.' },
  ko: { task: (n: number) => `과제 ${n}/${count}`, hint: '힌트 1/', done: '✓ 과제 1 완료.' },
} as const;

describe.each(['en', 'ko'] as const)('<LessonPanel /> (%s)', (lang) => {
  const words = WORDS[lang];

  it('shows the title, the task position, the instructions and the keys', () => {
    const view = panel(lang);
    const lines = view.lines();
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain(lesson.title[lang]);
    expect(lines[0]).toContain(words.task(1));
    const firstWords = lesson.tasks[0]!.instructions[lang].split(' ').slice(0, 3).join(' ');
    expect(lines[1]).toContain(firstWords);
    expect(lines[3]).toMatch(lang === 'en' ? /h hint · w show me/ : /h 힌트 · w 보여 주기/);
    view.unmount();
  });

  it('shows a hint once revealed, and the hints used in the title', async () => {
    const view = panel(lang);
    view.store.getState().actions.handleKey('h', 'user');
    await settle();
    const lines = view.lines();
    expect(lines[3]).toContain(words.hint);
    expect(lines[3]).toContain(lesson.tasks[0]!.hints[0]![lang].slice(0, 20));
    expect(lines[0]).toMatch(lang === 'en' ? /hints 1/ : /힌트 1/);
    view.unmount();
  });

  it('says when a task is done and moves to the next one', async () => {
    const view = panel(lang);
    for (const step of lesson.tasks[0]!.solution)
      if ('type' in step) view.store.getState().actions.runLine(step.type);
    await settle();
    const lines = view.lines();
    expect(lines[0]).toContain(words.task(2));
    expect(lines[3]).toContain(words.done);
    view.unmount();
  });

  it('ends with a summary: time and hints used', async () => {
    const view = panel(lang, 80, 4);
    const { actions } = view.store.getState();
    actions.handleKey('h', 'user');
    view.clock.advance(83_000);
    for (const task of lesson.tasks)
      for (const step of task.solution) if ('type' in step) actions.runLine(step.type);
    await settle();
    const text = view.lines().join('\n');
    expect(text).toContain(clockTime(83_000));
    expect(clockTime(83_000)).toBe('1:23');
    expect(text).toMatch(lang === 'en' ? /Hints used: 1\./ : /사용한 힌트 1개/);
    expect(view.lines()[0]).toContain(words.task(count));
    view.unmount();
  });
});

describe('the dashboard in learn mode', () => {
  it.each([
    [80, 24],
    [60, 20],
  ])('fits %i×%i: the panel above the key hints, every row within the width', async (w, h) => {
    const view = renderDashboard({
      columns: w,
      rows: h,
      start: lesson.start,
      lesson: { lesson, taskDone: vi.fn() },
    });
    await settle();
    const screen = await view.screen();
    const hints = screen.findIndex((l) => /h hint · w show me/.test(l));
    expect(hints).toBeGreaterThan(0);
    expect(screen[hints]).toMatch(/h hint/);
    const title = screen.findIndex((l) => l.includes(`task 1/${count}`));
    expect(title).toBeGreaterThan(0);
    expect(title).toBeLessThan(h - 1);
    expect(screen[h - 1]).toBe('');
    view.unmount();
  });
});
