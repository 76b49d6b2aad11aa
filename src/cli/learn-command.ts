// `isolab learn`: lessons that check your work (issue 14). `--list` names the built-ins
// with your progress, `--check FILE|NAME` proves a lesson solvable headless, and a name
// alone runs the lesson in the console (learn-repl.ts). Registered in main.ts.
import type { Argv, CommandModule } from 'yargs';
import { resolveLang } from '../demo/lang.js';
import { failUsage, writeLines } from './output.js';
import { MOUSE, THEME } from './option-builders.js';

interface LearnArgs {
  readonly name?: string;
  readonly list: boolean;
  readonly check?: string;
  readonly seed?: number;
  readonly lang?: string;
  readonly headless: boolean;
  readonly color: boolean;
  readonly theme?: string;
  readonly mouse?: boolean;
}

async function listLessons(args: LearnArgs): Promise<number> {
  const { builtinLessons } = await import('../demo/lessons/index.js');
  const { readProgress, stateDirectory } = await import('./progress/index.js');
  const lang = resolveLang(args.lang, process.env);
  const progress = readProgress({
    directory: stateDirectory(),
    warn: (message) => process.stderr.write(`${message}\n`),
  });
  writeLines([
    'Lessons (isolab learn NAME):',
    ...builtinLessons().map((lesson) => {
      const kept = progress.lessons[lesson.name];
      const done = kept?.finished
        ? ' ✓'
        : kept
          ? ` (${kept.tasks.length}/${lesson.tasks.length})`
          : '';
      const tasks = `${lesson.tasks.length} tasks${done}`;
      return `  ${lesson.name.padEnd(18)} ${lesson.title[lang]}, ${tasks}`;
    }),
  ]);
  return 0;
}

async function checkLessonCommand(args: LearnArgs): Promise<number> {
  const target = args.check || args.name;
  if (!target) return failUsage('isolab learn --check: name a lesson or a .json file');
  if (args.seed !== undefined && !Number.isSafeInteger(args.seed))
    return failUsage('isolab learn: --seed needs a whole number');
  const { resolveLesson } = await import('./lesson-source.js');
  const source = resolveLesson(target);
  if (!source.ok) return failUsage(source.message);
  const { checkLesson } = await import('../demo/lessons/index.js');
  const seed = args.seed ?? source.lesson.seed ?? 1;
  const result = checkLesson(source.lesson, seed, resolveLang(args.lang, process.env));
  if (result.failures.length > 0) {
    process.stderr.write(result.failures.map((line) => `isolab learn --check: ${line}\n`).join(''));
    return 1;
  }
  writeLines([
    `isolab learn --check: ${source.lesson.name}: ${result.tasks} task${result.tasks === 1 ? '' : 's'} solved (seed ${seed})`,
  ]);
  return 0;
}

/** The dashboard in learn mode; the console REPL stays for --headless and pipes. */
async function openLesson(args: LearnArgs, name: string): Promise<number> {
  if (args.seed !== undefined && !Number.isSafeInteger(args.seed))
    return failUsage('isolab learn: --seed needs a whole number');
  const { resolveLesson } = await import('./lesson-source.js');
  const source = resolveLesson(name);
  if (!source.ok) return failUsage(source.message);
  const { screenProblem } = await import('./screen-commands.js');
  const problem = screenProblem();
  if (problem) return failUsage(problem);
  const { openLessonDashboard } = await import('./learn-dashboard.js');
  return openLessonDashboard(source.lesson, args);
}

async function runLearn(args: LearnArgs): Promise<number> {
  if (args.list) return listLessons(args);
  if (args.check !== undefined) return checkLessonCommand(args);
  if (!args.name) return listLessons(args);
  const terminal = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  if (!args.headless && terminal) return openLesson(args, args.name);
  const { runLessonRepl } = await import('./learn-repl.js');
  return runLessonRepl({
    name: args.name,
    seed: args.seed,
    lang: resolveLang(args.lang, process.env),
  });
}

export const learnCommand: CommandModule = {
  command: 'learn [name]',
  describe: 'lessons that check your work: tasks, hints and "show me" (see --list)',
  builder: (y: Argv) =>
    y
      .positional('name', {
        type: 'string',
        describe: 'a built-in lesson or a lesson file (.json)',
      })
      .option('list', {
        type: 'boolean',
        default: false,
        describe: 'list the built-in lessons and your progress',
      })
      .option('check', {
        type: 'string',
        describe: "play each task's reference solution headless and check its goal",
      })
      .option('headless', {
        type: 'boolean',
        default: false,
        describe: 'the lesson in the console, line by line (the default without a terminal)',
      })
      .option('color', { type: 'boolean', default: true, describe: 'colours (--no-color)' })
      .option('theme', THEME)
      .option('mouse', MOUSE)
      .option('seed', { type: 'number', describe: 'seed for GUIDs, PIDs and counters' })
      .option('lang', { type: 'string', choices: ['en', 'ko'], describe: 'language of the lesson' })
      .example('$0 learn --list', 'the built-in lessons')
      .example('$0 learn isolation-basics', 'take a lesson in the dashboard')
      .example('$0 learn isolation-basics --headless', 'the same lesson in the console')
      .example('$0 learn --check my-lesson.json', 'prove a lesson solvable'),
  handler: async (args) => {
    process.exitCode = await runLearn(args as unknown as LearnArgs);
  },
};
