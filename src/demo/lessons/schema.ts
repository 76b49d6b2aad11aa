// The lesson format: a starting state and tasks, each with instructions, a goal in the
// claims vocabulary, hints revealed one at a time, and a reference solution made of the
// scenario format's `type` and `key` steps. Lessons are data, like scenarios.
import { z } from 'zod';
import { claimListSchema, type Claim } from '../claims/schema.js';
import { fileName, optionalSeed, startingState } from '../schema.js';
import type { KeyStep, LocalizedText, TypeStep } from '../schema.js';

const text = z
  .object({ en: z.string().min(1).max(2000), ko: z.string().min(1).max(2000) })
  .strict();

/** A task as written; the solution's steps are checked one by one (load-lesson.ts). */
export const lessonTask = z
  .object({
    instructions: text,
    goal: claimListSchema,
    hints: z.array(text).min(1).max(5),
    solution: z.array(z.unknown()).min(1).max(50),
  })
  .strict();

export const lessonSchema = z
  .object({
    $schema: z.string().optional(),
    name: fileName,
    title: text,
    description: text,
    start: startingState,
    seed: optionalSeed,
    tasks: z.array(lessonTask).min(1).max(30),
  })
  .strict();

/** A step of a reference solution: a console line, or a dashboard key on a container. */
export type SolutionStep = TypeStep | KeyStep;

export interface LessonTask {
  readonly instructions: LocalizedText;
  /** Every claim must hold for the task to be done. */
  readonly goal: readonly Claim[];
  readonly hints: readonly LocalizedText[];
  readonly solution: readonly SolutionStep[];
}

export interface Lesson {
  readonly name: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly start: 'host' | 'lab';
  readonly seed?: number;
  readonly tasks: readonly LessonTask[];
}
