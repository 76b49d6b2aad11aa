// Progress kept across runs: finished lessons and tasks, per user.
import type { Progress } from './schema.js';

export { stateDirectory } from './paths.js';
export { PROGRESS_FILE, readProgress, writeProgress, type ProgressStoreOptions } from './store.js';
export { emptyProgress, progressSchema, type LessonProgress, type Progress } from './schema.js';

/** Progress with one more task done (and the lesson finished when `finished`). */
export function withTaskDone(
  progress: Progress,
  lesson: string,
  task: number,
  finished: boolean,
  now: Date,
): Progress {
  const before = progress.lessons[lesson];
  const tasks = [...new Set([...(before?.tasks ?? []), task])].sort((a, b) => a - b);
  const entry = {
    tasks,
    finished: finished || (before?.finished ?? false),
    updatedAt: now.toISOString(),
  };
  return { ...progress, lessons: { ...progress.lessons, [lesson]: entry } };
}
