// `isolab run`: commands in, a PowerShell console transcript out. Each command is echoed
// after its prompt, followed by exactly what PowerShell would print (docs/spec.md §2).
import type { Sim } from '../sim/index.js';
import type { Shell } from '../shell/index.js';
import { showControlsInLines } from '../text/index.js';

export interface TranscriptResult {
  readonly lines: readonly string[];
  /** Some command wrote an error record (exit code 1). */
  readonly hadError: boolean;
}

/** The commands of a script: one per line; blank lines and `#` comments are skipped. */
export function scriptCommands(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
}

export interface TranscriptOptions {
  readonly sim: Sim;
  readonly shell: Shell;
  /** Called with each command's lines as soon as they exist (so `| head` sees output early). */
  readonly onLines?: (lines: readonly string[]) => void;
}

export function runTranscript(
  commands: readonly string[],
  options: TranscriptOptions,
): TranscriptResult {
  const { sim, shell, onLines } = options;
  const all: string[] = [];
  let hadError = false;
  for (const command of commands) {
    const prompt = shell.prompt();
    const result = shell.execute(command);
    hadError ||= result.hadError;
    // The echo and the output as text, never as terminal commands (`e[2J, a pasted ESC).
    const chunk = showControlsInLines([`${prompt}${command}`, ...result.lines]);
    for (const line of chunk) all.push(line);
    onLines?.(chunk);
    // A second of simulated time passes between commands, so counters drift as in the seed.
    sim.actions.tick(1);
    // `exit` on the host ends the script, as it would end a PowerShell script.
    if (result.exitRequested) break;
  }
  return { lines: all, hadError };
}
