// Where a lesson comes from: a built-in name, or a JSON file (read here, in the CLI layer;
// src/demo only ever sees the text). Files are bounded: a lesson is a few kilobytes.
import { readFileSync, statSync } from 'node:fs';
import {
  BUILTIN_LESSON_NAMES,
  builtinLesson,
  loadLessonText,
  type Lesson,
} from '../demo/lessons/index.js';

export type LessonSource =
  { readonly ok: true; readonly lesson: Lesson } | { readonly ok: false; readonly message: string };

const MAX_BYTES = 1024 * 1024;

function lessonFromFile(path: string): LessonSource {
  let text: string;
  try {
    const stat = statSync(path);
    if (stat.isDirectory())
      return { ok: false, message: `isolab: cannot read lesson '${path}': it is a directory` };
    if (stat.size > MAX_BYTES)
      return {
        ok: false,
        message: `isolab: lesson '${path}' is too large (${stat.size} bytes; at most ${MAX_BYTES})`,
      };
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : (code ?? 'unreadable');
    return { ok: false, message: `isolab: cannot read lesson '${path}': ${why}` };
  }
  const result = loadLessonText(text, `'${path}'`);
  return result.ok ? result : { ok: false, message: `isolab: ${result.message}` };
}

const BUILT_IN = BUILTIN_LESSON_NAMES.join(', ');

/** A name ending in .json (or holding a path separator) is a file; otherwise a built-in. */
export function resolveLesson(given: string): LessonSource {
  if (/\.json$/i.test(given) || /[\\/]/.test(given)) return lessonFromFile(given);
  const builtin = builtinLesson(given);
  if (builtin) return { ok: true, lesson: builtin };
  const message = `isolab learn: unknown lesson '${given}' (built in: ${BUILT_IN}; or a file)`;
  return { ok: false, message };
}
