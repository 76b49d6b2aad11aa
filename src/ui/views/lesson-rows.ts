// The lesson panel's rows (learn mode, issue 14), as a pure function of the panel state,
// the language and the panel's size: a title row with the task position and the hints
// used, the task's instructions, and a last row with feedback, the hint just revealed or
// the keys; once the lesson is done, its summary (time, hints used).
import { currentTask, lessonSummary, shownHints, taskPosition } from '../../demo/live.js';
import type { LessonPanelState } from '../state/lesson-panel.js';
import type { Lang, Translate } from '../text/i18n.js';
import { printable, truncateCells, wrapMarked } from '../text/text-width.js';

export type LessonRowKind = 'title' | 'text' | 'done' | 'hint' | 'muted';

export interface LessonRow {
  readonly kind: LessonRowKind;
  readonly text: string;
}

/** m:ss, as a stopwatch shows it. */
export function clockTime(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function titleRow(panel: LessonPanelState, t: Translate, lang: Lang, width: number): LessonRow {
  const engine = panel.engine;
  const { task, of } = taskPosition(engine);
  const hints = engine.tasks.reduce((n, p) => n + p.hintsShown, 0);
  const parts = [
    t('lesson.title', { title: printable(engine.lesson.title[lang]) }),
    t('lesson.task', { n: task, count: of }),
    t('lesson.hints', { n: hints }),
  ];
  return { kind: 'title', text: truncateCells(` ${parts.join(' · ')}`, width) };
}

function lastRow(panel: LessonPanelState, t: Translate, lang: Lang, width: number): LessonRow {
  const hints = shownHints(panel.engine);
  const hint = hints.at(-1);
  if (panel.feedback?.kind === 'hint' && hint !== undefined) {
    const count = currentTask(panel.engine)?.hints.length ?? hints.length;
    const text = t('lesson.hint', { n: hints.length, count, text: printable(hint[lang]) });
    return { kind: 'hint', text: truncateCells(` ${text}`, width) };
  }
  if (panel.feedback?.kind === 'done') {
    const text = `${t('lesson.done', { n: panel.feedback.task + 1 })} ${t('lesson.keys')}`;
    return { kind: 'done', text: truncateCells(` ${text}`, width) };
  }
  return { kind: 'muted', text: truncateCells(` ${t('lesson.keys')}`, width) };
}

export function lessonRows(
  panel: LessonPanelState,
  options: { t: Translate; lang: Lang; width: number; height: number; now: number },
): LessonRow[] {
  const { t, lang, width, height } = options;
  const rows: LessonRow[] = [titleRow(panel, t, lang, width)];
  const engine = panel.engine;
  if (engine.finishedAt !== null) {
    const s = lessonSummary(engine, options.now);
    const summary = t('lesson.finished', {
      time: clockTime(s.elapsedMs),
      hints: s.hintsUsed,
      shown: s.solutionsShown,
    });
    for (const line of wrapMarked(summary, ' ', width, Math.max(1, height - 2)))
      rows.push({ kind: 'done', text: line });
    rows.push({ kind: 'muted', text: truncateCells(` ${t('lesson.quit')}`, width) });
    return rows.slice(0, height);
  }
  const task = currentTask(engine);
  const room = Math.max(1, height - 2);
  for (const line of wrapMarked(task?.instructions[lang] ?? '', ' » ', width, room))
    rows.push({ kind: 'text', text: line });
  while (rows.length < height - 1) rows.push({ kind: 'text', text: '' });
  rows.push(lastRow(panel, t, lang, width));
  return rows.slice(0, height);
}
