// What the running dashboard uses of demo mode: the player, the lesson engine, the model
// keys' commands. No file loading and no schemas: those need zod, which the dashboard's
// start should not load (3 MB of heap and ~95 modules) when no scenario or lesson file is
// read — the CLI reads and checks them (index.ts) before the dashboard opens.
export {
  Player,
  type DemoStatus,
  type DemoTarget,
  type PlayerOptions,
  type PlayerState,
} from './player.js';
export { compileTimeline } from './timeline.js';
export {
  afterAction,
  currentTask,
  lessonSummary,
  revealHint,
  showSolution,
  shownHints,
  startLesson,
  taskPosition,
  type LessonState,
} from './lessons/engine.js';
export {
  commandsForKey,
  missingContainerNote,
  MODEL_KEYS,
  modelActionOfKey,
  psArgument,
  type ContainerKeyAction,
} from './key-actions.js';
export type { Lesson, SolutionStep } from './lessons/schema.js';
export type { Scenario } from './schema.js';
export { resolveLang, type Lang } from './lang.js';
export type { ClaimReport } from './claims/report.js';
export type { KeyName } from './keys.js';
export type { PaneName } from './schema.js';
