// Demo mode's public surface: scenarios, the player, the headless transcript. What the
// running dashboard uses is live.ts (no schemas); this adds the loaders and the rest.
export * from './live.js';
export { BUILTIN_SCENARIO_NAMES, builtinScenario, builtinScenarios } from './builtins.js';
export { loadScenarioText, validateScenario, type ScenarioResult } from './load-scenario.js';
export { runHeadless, type HeadlessResult } from './headless.js';
export { SPEEDS } from './player.js';
export { claimReport } from './claims/report.js';
export { claimText, type ClaimResult } from './claims/check.js';
export { claimContainer, containerInLine } from './follow.js';
export type { LessonEvent } from './lessons/index.js';
export { PACE, type Beat, type Timeline } from './timeline.js';
export type { KeyCommands } from './key-actions.js';
export { keyStepCommands } from './key-step.js';
export { KEY_NAMES } from './keys.js';
export { MAX_WAIT_MS, PANES, TEXT_LIMITS, type Step } from './schema.js';
