// Lesson JSON → a checked Lesson, or ONE message naming the file and the field at fault:
// `lesson 'x.json': tasks[1].goal[0].hostCsrss: …`. Solutions are checked as scenario steps
// (the same command and key checks a demo gets).
import type { z } from 'zod';
import { validateScenario } from '../load-scenario.js';
import type { Step } from '../schema.js';
import { lessonSchema, type Lesson, type LessonTask, type SolutionStep } from './schema.js';

export type LessonResult =
  { readonly ok: true; readonly lesson: Lesson } | { readonly ok: false; readonly message: string };

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, part) =>
      typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part),
    '',
  );
}

function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'lesson: invalid';
  const where = pathText(issue.path) || 'lesson';
  if (issue.code === 'unrecognized_keys')
    return `${where}: unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return `${where}: ${issue.message}`;
}

const isSolutionStep = (step: Step): step is SolutionStep => 'type' in step || 'key' in step;

/** A task's solution, checked as a scenario's steps; problems are renamed to the task's. */
function checkSolution(
  lesson: z.infer<typeof lessonSchema>,
  index: number,
): { steps: SolutionStep[] } | { problem: string } {
  const where = `tasks[${index}].solution`;
  const task = lesson.tasks[index] as z.infer<typeof lessonSchema>['tasks'][number];
  const { tasks: _tasks, ...header } = lesson;
  const checked = validateScenario({ ...header, steps: task.solution }, '');
  if (!checked.ok)
    return { problem: checked.message.replace(/^scenario : /, '').replace(/^steps/, where) };
  const steps = checked.scenario.steps;
  const other = steps.findIndex((step) => !isSolutionStep(step));
  if (other >= 0) return { problem: `${where}[${other}]: a solution step is a type or a key step` };
  return { steps: steps as SolutionStep[] };
}

export function validateLesson(raw: unknown, source: string): LessonResult {
  const fail = (message: string): LessonResult => ({
    ok: false,
    message: `lesson ${source}: ${message}`,
  });
  const parsed = lessonSchema.safeParse(raw);
  if (!parsed.success) return fail(issueText(parsed.error));
  const tasks: LessonTask[] = [];
  for (const [index, task] of parsed.data.tasks.entries()) {
    const solution = checkSolution(parsed.data, index);
    if ('problem' in solution) return fail(solution.problem);
    tasks.push({ ...task, solution: solution.steps });
  }
  const { $schema: _schema, tasks: _raw, ...rest } = parsed.data;
  return { ok: true, lesson: { ...rest, tasks } };
}

export function loadLessonText(text: string, source: string): LessonResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `lesson ${source}: not valid JSON (${why})` };
  }
  return validateLesson(raw, source);
}
