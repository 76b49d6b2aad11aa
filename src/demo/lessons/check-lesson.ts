// `isolab learn --check`: proves a lesson solvable. For each task, headless: its goal must
// not hold yet, then its reference solution is played line by line (the goal checked after
// each, as the engine does for a person) and the goal must hold at the end.
import { Shell } from '../../shell/index.js';
import { createSim, FakeClock } from '../../sim/index.js';
import { claimText } from '../claims/check.js';
import type { Lang } from '../lang.js';
import { currentTask } from './engine.js';
import { LessonEngine } from './lesson-engine.js';
import type { Lesson } from './schema.js';
import { solutionCommands } from './solution-commands.js';

export interface LessonCheck {
  readonly tasks: number;
  /** One line per failing task, naming the lesson, the task and the claim. */
  readonly failures: readonly string[];
}

export function checkLesson(lesson: Lesson, seed: number, lang: Lang = 'en'): LessonCheck {
  const sim = createSim({ seed, start: lesson.start });
  const shell = new Shell({ sim });
  const engine = new LessonEngine(lesson, new FakeClock());
  const where = (task: number) => `lesson '${lesson.name}' tasks[${task}]`;
  for (let task = 0; task < lesson.tasks.length; task++) {
    if (engine.check(sim.getState()).length > 0 || engine.state.current !== task)
      return {
        tasks: lesson.tasks.length,
        failures: [`${where(task)}: the goal holds before the task begins`],
      };
    for (const step of engine.showMe()) {
      for (const line of solutionCommands(step, sim.getState())) {
        shell.execute(line);
        sim.actions.tick(1);
        engine.check(sim.getState());
      }
    }
    if (engine.state.current === task) {
      const failed = engine.state.lastCheck.filter((r) => !r.holds);
      const failures = failed.map(
        (r) =>
          `${where(task)}: after its solution, claim ${claimText(r.claim)} is false: ` +
          `expected ${r.expected[lang]}; actual ${r.actual[lang]}`,
      );
      return { tasks: lesson.tasks.length, failures };
    }
  }
  const unfinished = currentTask(engine.state) !== null;
  return {
    tasks: lesson.tasks.length,
    failures: unfinished ? [`lesson '${lesson.name}': not finished`] : [],
  };
}
