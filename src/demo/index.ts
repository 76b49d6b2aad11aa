// Demo mode's public surface: scenarios, the player, the headless transcript.
export { BUILTIN_SCENARIO_NAMES, builtinScenario, builtinScenarios } from './builtins.js';
export { loadScenarioText, validateScenario, type ScenarioResult } from './load-scenario.js';
export { runHeadless, type HeadlessResult } from './headless.js';
export {
  Player,
  SPEEDS,
  type DemoStatus,
  type DemoTarget,
  type PlayerOptions,
  type PlayerState,
} from './player.js';
export { claimReport, type ClaimReport } from './claims/report.js';
export { claimText, type ClaimResult } from './claims/check.js';
export { claimContainer, containerInLine } from './follow.js';
export {
  afterAction,
  currentTask,
  lessonSummary,
  revealHint,
  showSolution,
  shownHints,
  startLesson,
  taskPosition,
  type Lesson,
  type LessonEvent,
  type LessonState,
  type SolutionStep,
} from './lessons/index.js';
export { compileTimeline, PACE, type Beat, type Timeline } from './timeline.js';
export {
  commandsForKey,
  missingContainerNote,
  MODEL_KEYS,
  modelActionOfKey,
  psArgument,
  type ContainerKeyAction,
  type KeyCommands,
} from './key-actions.js';
export { keyStepCommands } from './key-step.js';
export { KEY_NAMES, type KeyName } from './keys.js';
export { resolveLang, type Lang } from './lang.js';
export {
  MAX_WAIT_MS,
  PANES,
  TEXT_LIMITS,
  type PaneName,
  type Scenario,
  type Step,
} from './schema.js';
