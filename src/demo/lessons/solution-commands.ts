// A reference solution's step as the console lines it runs: a typed line as is, a key as
// the commands the dashboard's key runs (src/demo/key-step.ts), so "show me" echoes them.
import type { HostState } from '../../sim/index.js';
import { keyStepCommands } from '../key-step.js';
import type { SolutionStep } from './schema.js';

export function solutionCommands(step: SolutionStep, state: HostState): readonly string[] {
  if ('type' in step) return [step.type];
  return keyStepCommands(step.key, step.container, state)?.commands ?? [];
}
