// The progress file: which lessons and tasks a user has finished. Validated on every read;
// bounded so a hand-edited or hostile file cannot make isolab hold much.
import { z } from 'zod';

export const PROGRESS_VERSION = 1;
/** Larger than any real progress file by far; a bigger one is damaged. */
export const MAX_PROGRESS_BYTES = 256 * 1024;

const lessonProgress = z
  .object({
    /** Indexes of the tasks done, ascending. */
    tasks: z.array(z.number().int().min(0).max(999)).max(1000),
    finished: z.boolean(),
    updatedAt: z.string().max(40),
  })
  .strict();

export const progressSchema = z
  .object({
    version: z.literal(PROGRESS_VERSION),
    lessons: z
      .record(
        z
          .string()
          .regex(/^[a-z0-9][a-z0-9-]*$/)
          .max(100),
        lessonProgress,
      )
      .refine((lessons) => Object.keys(lessons).length <= 500, 'at most 500 lessons'),
  })
  .strict();

export type Progress = z.infer<typeof progressSchema>;
export type LessonProgress = z.infer<typeof lessonProgress>;

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, lessons: {} });
