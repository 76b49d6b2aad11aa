// Reading and writing the progress file. Writes are atomic: a temp file in the same
// directory (created exclusively, never through a symlink), flushed, then renamed over the
// file, so a crash or SIGKILL leaves the old file or the new one, never half of one. A file
// that cannot be read or is damaged is set aside as progress.json.bad-<timestamp> with one
// warning; isolab then starts from no progress rather than fail.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  fsyncSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { emptyProgress, MAX_PROGRESS_BYTES, progressSchema, type Progress } from './schema.js';

export const PROGRESS_FILE = 'progress.json';
// O_NOFOLLOW is 0 where the platform has none (Windows, which has no such symlink attack).
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

export interface ProgressStoreOptions {
  readonly directory: string;
  /** Called once per damaged or unreadable file. */
  readonly warn: (message: string) => void;
  /** For the .bad-<timestamp> name. */
  readonly now?: () => Date;
}

const errorCode = (error: unknown): string =>
  (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : 'error');

/** The file's text, or why it could not be read (a symlink is refused: ELOOP). */
function readBounded(path: string): { text: string } | { missing: true } | { problem: string } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | NO_FOLLOW);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return { missing: true };
    return { problem: code === 'ELOOP' ? 'it is a symbolic link' : `cannot read it (${code})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { problem: 'it is not a regular file' };
    if (stat.size > MAX_PROGRESS_BYTES) return { problem: `it is too large (${stat.size} bytes)` };
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { text: buffer.subarray(0, read).toString('utf8') };
  } catch (error) {
    return { problem: `cannot read it (${errorCode(error)})` };
  } finally {
    closeSync(fd);
  }
}

function parseProgress(text: string): Progress | string {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return 'it is not valid JSON';
  }
  const parsed = progressSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return `${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'invalid'}`;
}

export function readProgress(options: ProgressStoreOptions): Progress {
  const path = join(options.directory, PROGRESS_FILE);
  const read = readBounded(path);
  if ('missing' in read) return emptyProgress();
  const parsed = 'text' in read ? parseProgress(read.text) : read.problem;
  if (typeof parsed !== 'string') return parsed;
  const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
  const aside = `${path}.bad-${stamp}`;
  try {
    renameSync(path, aside); // renames a symlink itself, never its target
    options.warn(`isolab: progress file ${path} is damaged (${parsed}); set aside as ${aside}`);
  } catch (error) {
    options.warn(
      `isolab: progress file ${path} is damaged (${parsed}) and could not be set aside ` +
        `(${errorCode(error)}); progress is not kept this time`,
    );
  }
  return emptyProgress();
}

const TEMP_NAME = /^\.progress\.json\.(\d+)\.[0-9a-f]{12}\.tmp$/;

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
};

/** Temp files left by a writer that was killed before its rename: removed, best effort. */
function removeStaleTemps(directory: string): void {
  try {
    for (const name of readdirSync(directory)) {
      const pid = Number(TEMP_NAME.exec(name)?.[1] ?? NaN);
      if (Number.isSafeInteger(pid) && pid !== process.pid && !alive(pid))
        unlinkSync(join(directory, name));
    }
  } catch {
    // Cleaning is a courtesy; the progress file itself is already safe.
  }
}

/** Replaces the progress file atomically; returns an error message instead of throwing. */
export function writeProgress(directory: string, progress: Progress): string | null {
  const path = join(directory, PROGRESS_FILE);
  const temp = join(
    directory,
    `.${PROGRESS_FILE}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  let fd: number | null = null;
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW;
    fd = openSync(temp, flags, 0o600);
    const bytes = Buffer.from(`${JSON.stringify(progress, null, 2)}\n`, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, path);
    removeStaleTemps(directory);
    return null;
  } catch (error) {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // Not created, or already renamed: nothing to clean.
    }
    return `isolab: could not save progress in ${directory} (${errorCode(error)})`;
  }
}
