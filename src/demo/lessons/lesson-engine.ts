// The lesson engine as an object on an injected Clock, for drivers that keep one lesson
// open (the console REPL; the dashboard may keep the pure LessonState in its store instead).
import type { Clock, HostState } from '../../sim/index.js';
import type { LocalizedText } from '../schema.js';
import {
  afterAction,
  lessonSummary,
  revealHint,
  showSolution,
  startLesson,
  type LessonEvent,
  type LessonState,
  type LessonSummary,
} from './engine.js';
import type { Lesson, SolutionStep } from './schema.js';

export class LessonEngine {
  private current: LessonState;

  constructor(
    lesson: Lesson,
    private readonly clock: Clock,
  ) {
    this.current = startLesson(lesson, clock.now());
  }

  get state(): LessonState {
    return this.current;
  }

  hint(): LocalizedText | null {
    const { state, hint } = revealHint(this.current);
    this.current = state;
    return hint;
  }

  /** The current task's reference solution; the caller plays it, then calls check. */
  showMe(): readonly SolutionStep[] {
    const { state, steps } = showSolution(this.current);
    this.current = state;
    return steps;
  }

  /** After every action (a key or a console line): checks the goal, moves on if it holds. */
  check(model: HostState): LessonEvent[] {
    const { state, events } = afterAction(this.current, model, this.clock.now());
    this.current = state;
    return events;
  }

  summary(): LessonSummary {
    return lessonSummary(this.current, this.clock.now());
  }
}
