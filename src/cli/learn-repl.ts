// `isolab learn NAME`: a lesson in the console, line by line. Each line runs in the simulated
// PowerShell; after each, the lesson engine checks the task's goal. `:hint` reveals the next
// hint, `:show` plays the task's reference solution, `:task` repeats it, `:quit` leaves.
// Finished tasks are saved in the progress file. The default without a terminal, or with
// --headless; on a terminal `isolab learn NAME` opens the dashboard (learn-dashboard.ts).
import { createInterface } from 'node:readline';
import type { Lang } from '../demo/lang.js';
import type { Lesson } from '../demo/lessons/index.js';
import {
  LessonEngine,
  solutionCommands,
  taskPosition,
  type LessonEvent,
} from '../demo/lessons/index.js';
import { Shell } from '../shell/index.js';
import { createSim, realClock, type Sim } from '../sim/index.js';
import { resolveLesson } from './lesson-source.js';
import { failUsage, writeLines } from './output.js';
import { readProgress, stateDirectory, withTaskDone, writeProgress } from './progress/index.js';

const MAX_LINE = 4096;

const WORDS = {
  en: {
    help:
      'Type commands. :hint for a hint, :show to play the solution, ' +
      ':task to repeat the task, :quit to leave.',
    task: (n: number, of: number) => `Task ${n}/${of}:`,
    done: (n: number, of: number) => `✓ Task ${n}/${of} done.`,
    hint: 'Hint:',
    noHint: 'No hints for this task.',
    tooLong: `That line is too long (at most ${MAX_LINE} characters).`,
    summary: (time: string, hints: number, shown: number) =>
      `Lesson done in ${time}. Hints used: ${hints}. Solutions shown: ${shown}.`,
  },
  ko: {
    help: '명령을 입력하세요. :hint 힌트, :show 풀이 재생, :task 과제 다시 보기, :quit 종료.',
    task: (n: number, of: number) => `과제 ${n}/${of}:`,
    done: (n: number, of: number) => `✓ 과제 ${n}/${of} 완료.`,
    hint: '힌트:',
    noHint: '이 과제에는 힌트가 없습니다.',
    tooLong: `줄이 너무 깁니다(최대 ${MAX_LINE}자).`,
    summary: (time: string, hints: number, shown: number) =>
      `수업 완료: ${time}. 사용한 힌트 ${hints}개, 본 풀이 ${shown}개.`,
  },
} as const;

/** Control characters from input are shown as ^X or \uXXXX, never sent raw to the terminal. */
function shown(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x20 && ch !== '\t') out += `^${String.fromCharCode(code + 64)}`;
    else if (code >= 0x7f && code <= 0x9f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}

const print = (lines: readonly string[]) => writeLines(lines.map(shown));
const warn = (message: string) => process.stderr.write(`${message}\n`);

const duration = (ms: number): string => {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${s % 60}s`;
};

export interface ReplOptions {
  readonly name: string;
  readonly seed?: number;
  readonly lang: Lang;
}

/** One lesson in the console: the model, the shell, the engine, and the saved progress. */
class LessonConsole {
  private readonly sim: Sim;
  private readonly shell: Shell;
  private readonly engine: LessonEngine;
  private readonly words: (typeof WORDS)[Lang];
  private readonly directory = stateDirectory();

  constructor(
    private readonly lesson: Lesson,
    private readonly options: ReplOptions,
  ) {
    this.sim = createSim({ seed: options.seed ?? lesson.seed ?? 1, start: lesson.start });
    this.shell = new Shell({ sim: this.sim });
    this.engine = new LessonEngine(lesson, realClock);
    this.words = WORDS[options.lang];
  }

  prompt(): string {
    return this.shell.prompt();
  }

  begin(): void {
    const { lesson, options } = this;
    print([`== ${lesson.title[options.lang]} ==`, lesson.description[options.lang]]);
    print([this.words.help]);
    this.showTask();
  }

  /** Handles one input line; true when the lesson is over (done, :quit, `exit` on the host). */
  handle(raw: string, echo: boolean): boolean {
    const line = raw.replace(/\r$/, '');
    const command = line.trim().toLowerCase();
    if (line.length > MAX_LINE) print([this.words.tooLong]);
    else if (command === ':quit' || command === ':q') return true;
    else if (command === ':task') this.showTask();
    else if (command === ':hint') {
      const hint = this.engine.hint();
      print([hint ? `${this.words.hint} ${hint[this.options.lang]}` : this.words.noHint]);
    } else if (command === ':show') return this.showMe();
    else if (line.trim() !== '') return this.run(line, echo);
    return false;
  }

  private showMe(): boolean {
    for (const step of this.engine.showMe())
      for (const line of solutionCommands(step, this.sim.getState()))
        if (this.run(line, true)) return true;
    return false;
  }

  private run(line: string, echo: boolean): boolean {
    if (echo) print([`${this.shell.prompt()}${line}`]);
    const result = this.shell.execute(line);
    print(result.lines);
    this.sim.actions.tick(1);
    return this.react(this.engine.check(this.sim.getState())) || result.exitRequested;
  }

  private react(events: readonly LessonEvent[]): boolean {
    const count = this.lesson.tasks.length;
    for (const event of events) {
      if (event.kind === 'task-done') {
        print([this.words.done(event.task + 1, count)]);
        this.save(event.task, event.task === count - 1);
      } else {
        const s = event.summary;
        print(['', this.words.summary(duration(s.elapsedMs), s.hintsUsed, s.solutionsShown)]);
        return true;
      }
    }
    if (events.length > 0) this.showTask();
    return false;
  }

  private showTask(): void {
    const task = this.lesson.tasks[this.engine.state.current];
    const { task: n, of } = taskPosition(this.engine.state);
    if (task) print(['', `${this.words.task(n, of)} ${task.instructions[this.options.lang]}`]);
  }

  private save(task: number, finished: boolean): void {
    const directory = this.directory;
    const before = readProgress({ directory, warn });
    const after = withTaskDone(before, this.lesson.name, task, finished, new Date());
    const problem = writeProgress(directory, after);
    if (problem) warn(problem);
  }
}

export async function runLessonRepl(options: ReplOptions): Promise<number> {
  const source = resolveLesson(options.name);
  if (!source.ok) return failUsage(source.message);
  const lesson = new LessonConsole(source.lesson, options);
  const terminal = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const input = createInterface({
    input: process.stdin,
    output: terminal ? process.stdout : undefined,
    terminal,
  });
  const ask = () => {
    input.setPrompt(lesson.prompt());
    if (terminal) input.prompt();
  };
  lesson.begin();
  ask();
  // On a terminal readline echoes what is typed; from a pipe the line is echoed after its
  // prompt, as `isolab run` does.
  for await (const line of input) {
    if (lesson.handle(line, !terminal)) break;
    ask();
  }
  input.close();
  return 0;
}
