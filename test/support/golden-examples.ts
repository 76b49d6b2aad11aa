// Running an example script through the built `isolab run` and comparing it with its
// reviewed golden transcript (test/golden/<name>.transcript). Shared by the golden tests
// of the seed's examples and of the quick-start examples.
//
// To regenerate after a deliberate change: UPDATE_GOLDEN=1 npx vitest run test/cli/golden
// and review the diff line by line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { scriptCommands, runTranscript } from '../../src/cli/transcript.js';
import { createSim, type Sim } from '../../src/sim/index.js';
import { Shell } from '../../src/shell/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

export interface Run {
  readonly stdout: string;
  readonly status: number | null;
  /** The same script run in this process with the CLI's defaults (seed 1, host, 120). */
  readonly sim: Sim;
  readonly blocks: readonly Block[];
}

export interface Block {
  readonly prompt: string;
  readonly command: string;
  readonly output: readonly string[];
}

const PROMPT = /^((?:\[[^\]]+\]: )?PS C:\\> |C:\\>)(.*)$/;

/** The transcript cut at each echoed prompt. */
function blocks(lines: readonly string[]): Block[] {
  const out: { prompt: string; command: string; output: string[] }[] = [];
  for (const line of lines) {
    const m = PROMPT.exec(line);
    if (m) out.push({ prompt: m[1]!, command: m[2]!, output: [] });
    else out.at(-1)!.output.push(line);
  }
  return out;
}

export function runExample(name: string): Run {
  const script = join(ROOT, 'examples', `${name}.ps1`);
  const cli = spawnSync(process.execPath, [join(ROOT, 'bin', 'isolab.js'), 'run', script], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (cli.error) throw cli.error;
  expect(cli.stderr).toBe('');
  const sim = createSim({ seed: 1, start: 'host' });
  const shell = new Shell({ sim, consoleWidth: 120 });
  const inProcess = runTranscript(scriptCommands(readFileSync(script, 'utf8')), { sim, shell });
  // The CLI prints exactly what the transcript runner makes (so `sim` is the CLI's state).
  expect(cli.stdout).toBe(`${inProcess.lines.join('\n')}\n`);
  const lines = cli.stdout.replace(/\n$/, '').split('\n');
  return { stdout: cli.stdout, status: cli.status, sim, blocks: blocks(lines) };
}

export function golden(name: string, stdout: string): void {
  const path = join(ROOT, 'test', 'golden', `${name}.transcript`);
  if (UPDATE || !existsSync(path)) {
    if (!UPDATE) throw new Error(`${path} is missing: run with UPDATE_GOLDEN=1 and review it`);
    writeFileSync(path, stdout);
  }
  expect(stdout).toBe(readFileSync(path, 'utf8'));
}

/** The nth block whose command is exactly `command`. */
export const find = (run: Run, command: string, nth = 0): Block => {
  const found = run.blocks.filter((b) => b.command === command)[nth];
  if (!found) throw new Error(`no block ${nth} for ${command}`);
  return found;
};
