// `isolab learn NAME` on a terminal: the dashboard in learn mode (src/ui/state/lesson-panel.ts)
// — the lesson panel in the narration's place, the goal checked after every key or console
// line, progress saved as tasks finish. Without a terminal (or with --headless) the lesson
// runs in the console instead (learn-repl.ts).
import type { Lesson } from '../demo/lessons/index.js';
import { readProgress, stateDirectory, withTaskDone, writeProgress } from './progress/index.js';
import { launch, type ScreenArgs } from './screen-commands.js';

/** Saves each finished task; warnings wait until the screen is given back. */
function progressSaver(lesson: Lesson, warnings: string[]) {
  const directory = stateDirectory();
  const warn = (message: string) => void warnings.push(message);
  return (task: number, finished: boolean) => {
    const before = readProgress({ directory, warn });
    const problem = writeProgress(
      directory,
      withTaskDone(before, lesson.name, task, finished, new Date()),
    );
    if (problem) warn(problem);
  };
}

export async function openLessonDashboard(lesson: Lesson, args: ScreenArgs): Promise<number> {
  const warnings: string[] = [];
  const seed = args.seed ?? lesson.seed ?? 1;
  const code = await launch({ ...args, seed }, { start: lesson.start }, undefined, {
    lesson,
    taskDone: progressSaver(lesson, warnings),
  });
  for (const warning of [...new Set(warnings)]) process.stderr.write(`${warning}\n`);
  return code;
}
