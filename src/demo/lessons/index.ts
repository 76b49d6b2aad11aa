// Lessons: tasks with goals in the claims vocabulary, hints and reference solutions.
export { BUILTIN_LESSON_NAMES, builtinLesson, builtinLessons } from './builtins.js';
export { loadLessonText, validateLesson, type LessonResult } from './load-lesson.js';
export { checkLesson, type LessonCheck } from './check-lesson.js';
export {
  afterAction,
  currentTask,
  isFinished,
  lessonSummary,
  revealHint,
  showSolution,
  shownHints,
  startLesson,
  taskPosition,
  type LessonEvent,
  type LessonState,
  type LessonSummary,
  type TaskProgress,
} from './engine.js';
export { LessonEngine } from './lesson-engine.js';
export { solutionCommands } from './solution-commands.js';
export type { Lesson, LessonTask, SolutionStep } from './schema.js';
