// Turns scenario JSON into a checked Scenario, or into ONE message that names the file and
// the field or step at fault: `scenario 'x.json': steps[3].key: unknown key "F5" …`.
import type { z } from 'zod';
import { resolveCommandName } from '../shell/index.js';
import { parse } from '../shell/syntax/index.js';
import { showControls } from '../text/index.js';
import { KEY_NAMES } from './keys.js';
import {
  scenarioHeader,
  STEP_KINDS,
  STEP_SCHEMAS,
  type Scenario,
  type Step,
  type StepKind,
} from './schema.js';

export type ScenarioResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly message: string };

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, part) =>
      typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part),
    '',
  );
}

function firstIssue(error: z.ZodError, prefix: string): string {
  const issue = error.issues[0];
  if (!issue) return `${prefix}: invalid`;
  const where = pathText([...(prefix ? [prefix] : []), ...issue.path]);
  if (issue.code === 'invalid_value' && issue.path.at(-1) === 'key') {
    return `${where}: unknown key name (known: ${KEY_NAMES.join(' ')})`;
  }
  if (issue.code === 'unrecognized_keys')
    return `${where || 'scenario'}: unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return `${where || 'scenario'}: ${issue.message}`;
}

/**
 * cmd.exe's own words, valid while a `docker run -it … cmd` is attached: those
 * src/shell/docker/cmd-shell.ts answers (ipconfig and dir came with issue 13).
 */
const CMD_WORDS = new Set([
  'tasklist',
  'exit',
  'ver',
  'hostname',
  'echo',
  'cls',
  'ipconfig',
  'dir',
]);

/**
 * The native commands the console runs (src/shell/shell.ts runNative): docker on the host,
 * ipconfig inside a container (a session or an Invoke-Command block).
 */
const NATIVE_COMMANDS = new Set(['docker', 'docker.exe', 'ipconfig', 'ipconfig.exe']);

/** A typed command must parse and name a command the simulated console knows. */
function checkCommand(line: string, inCmd: boolean): string | null {
  if (inCmd) {
    const word = line.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    return CMD_WORDS.has(word)
      ? null
      : `unknown cmd.exe command "${word}" (known: ${[...CMD_WORDS].join(' ')})`;
  }
  const parsed = parse(line);
  if (!parsed.ok) return `does not parse: ${parsed.error.message}`;
  for (const statement of parsed.script.statements) {
    const pipeline = statement.kind === 'assignment' ? statement.value : statement;
    for (const element of pipeline.elements) {
      if (element.kind !== 'command') continue;
      const name = element.name.toLowerCase();
      if (NATIVE_COMMANDS.has(name) || name === 'exit' || resolveCommandName(name)) continue;
      return `unknown command "${element.name}"`;
    }
  }
  return null;
}

const attachesCmd = (line: string): boolean =>
  /^\s*docker\s+(run|exec)\b.*\s-\w*i\w*\b.*\bcmd(\.exe)?\s*$/i.test(line);

export function validateScenario(raw: unknown, source: string): ScenarioResult {
  // Field names and values in the message come from the file: shown, never interpreted.
  const fail = (message: string): ScenarioResult => ({
    ok: false,
    message: showControls(`scenario ${source}: ${message}`),
  });
  const header = scenarioHeader.safeParse(raw);
  if (!header.success) return fail(firstIssue(header.error, ''));
  const steps: Step[] = [];
  let inCmd = false;
  for (const [index, rawStep] of header.data.steps.entries()) {
    const where = `steps[${index}]`;
    if (typeof rawStep !== 'object' || rawStep === null || Array.isArray(rawStep)) {
      return fail(`${where}: expected an object with one of ${STEP_KINDS.join(', ')}`);
    }
    const kinds = STEP_KINDS.filter((k) => k in rawStep);
    if (kinds.length !== 1) {
      return fail(
        `${where}: expected exactly one of ${STEP_KINDS.join(', ')}${kinds.length ? ` (found ${kinds.join(' and ')})` : ''}`,
      );
    }
    const kind = kinds[0] as StepKind;
    const checked = STEP_SCHEMAS[kind].safeParse(rawStep);
    if (!checked.success) return fail(firstIssue(checked.error, where));
    const step = checked.data as Step;
    if ('type' in step) {
      const problem = checkCommand(step.type, inCmd);
      if (problem) return fail(`${where}.type: ${problem}`);
      if (inCmd && step.type.trim().toLowerCase() === 'exit') inCmd = false;
      else if (!inCmd && attachesCmd(step.type)) inCmd = true;
    }
    steps.push(step);
  }
  const { steps: _raw, $schema: _schema, ...rest } = header.data;
  return { ok: true, scenario: { ...rest, steps } };
}

export function loadScenarioText(text: string, source: string): ScenarioResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, message: showControls(`scenario ${source}: not valid JSON (${why})`) };
  }
  return validateScenario(raw, source);
}
