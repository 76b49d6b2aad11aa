// `isolab demo <name> --headless`: the scenario as a transcript, no terminal needed. The
// same lines `isolab run` prints, with each narration before its step as `# <text>`.
import { createSim } from '../sim/index.js';
import { Shell } from '../shell/index.js';
import { showControlsInLines } from '../text/index.js';
import { keyStepCommands } from './key-step.js';
import type { Scenario } from './schema.js';
import { claimReport, type ClaimReport } from './claims/report.js';
import type { Lang } from './lang.js';

export interface HeadlessResult {
  readonly lines: readonly string[];
  /** Indexes of the steps whose command wrote an error record. */
  readonly errorSteps: readonly number[];
  /** The narrations whose claims are false at their step (none in a true scenario). */
  readonly claimFailures: readonly ClaimReport[];
}

export interface HeadlessOptions {
  readonly lang: Lang;
  readonly seed?: number;
  readonly onLines?: (lines: readonly string[]) => void;
}

export function runHeadless(scenario: Scenario, options: HeadlessOptions): HeadlessResult {
  const sim = createSim({ seed: options.seed ?? scenario.seed ?? 1, start: scenario.start });
  const shell = new Shell({ sim });
  const lines: string[] = [];
  const errorSteps: number[] = [];
  const claimFailures: ClaimReport[] = [];
  const emit = (raw: readonly string[]) => {
    // Narration, chapters and commands come from a file: shown, never interpreted.
    const chunk = showControlsInLines(raw);
    for (const line of chunk) lines.push(line);
    options.onLines?.(chunk);
  };
  const run = (command: string, index: number) => {
    const prompt = shell.prompt();
    const result = shell.execute(command);
    if (result.hadError) errorSteps.push(index);
    emit([`${prompt}${command}`, ...result.lines]);
    sim.actions.tick(1);
  };
  scenario.steps.forEach((step, index) => {
    if ('chapter' in step) emit([`# == ${step.chapter[options.lang]} ==`]);
    else if ('say' in step) {
      emit([`# ${step.say[options.lang]}`]);
      const report = step.claims ? claimReport(sim.getState(), step.claims, index) : null;
      if (report && report.failed.length > 0) claimFailures.push(report);
    } else if ('type' in step) run(step.type, index);
    else if ('key' in step) {
      const resolved = keyStepCommands(step.key, step.container, sim.getState());
      if (resolved?.note) emit([`# ${resolved.note}`]);
      resolved?.commands.forEach((command) => run(command, index));
    }
  });
  return { lines, errorSteps, claimFailures };
}
