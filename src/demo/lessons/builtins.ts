// The built-in lessons: JSON files in the format users write, checked by the same validator.
import conversion from './builtin/conversion.json' with { type: 'json' };
import internals from './builtin/internals.json' with { type: 'json' };
import isolationBasics from './builtin/isolation-basics.json' with { type: 'json' };
import networking from './builtin/networking.json' with { type: 'json' };
import { validateLesson } from './load-lesson.js';
import type { Lesson } from './schema.js';

const SOURCES: Readonly<Record<string, unknown>> = {
  'isolation-basics': isolationBasics,
  conversion,
  internals,
  networking,
};

export const BUILTIN_LESSON_NAMES = Object.keys(SOURCES);

export function builtinLesson(name: string): Lesson | undefined {
  const raw = SOURCES[name.toLowerCase()];
  if (raw === undefined) return undefined;
  const result = validateLesson(raw, `'${name}' (built in)`);
  // A built-in that fails its own schema is a bug in isolab: say so loudly.
  if (!result.ok) throw new Error(result.message);
  return result.lesson;
}

export function builtinLessons(): Lesson[] {
  return BUILTIN_LESSON_NAMES.map((name) => builtinLesson(name) as Lesson);
}
