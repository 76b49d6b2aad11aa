// Every file isolab writes (a recording now; snapshots and progress later) goes through here
// (docs/terminal-safety.md §4): a link at the path is never followed, an existing file is
// replaced only when asked (--force), and the content is written to a new file in the same
// folder that then takes the name in one step (a link, or a rename when replacing), so no
// one else's file is ever written into. A device such as /dev/null is written directly.
import {
  accessSync,
  closeSync,
  constants,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type OpenedFile =
  { readonly ok: true; readonly fd: number } | { readonly ok: false; readonly why: string };

const WHY: Readonly<Record<string, string>> = {
  ENOENT: 'its folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'over the disk quota',
  ELOOP: 'too many levels of symbolic links (a symlink loop?)',
  ENOTDIR: 'a part of the path is not a directory',
};

export function writeWhy(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return WHY[code] ?? (code ? `cannot write it (${code})` : 'cannot write it');
}

/** What is at the path now, without following a link there. */
function existing(path: string): 'none' | 'file' | 'link' | 'device' | 'directory' | 'other' {
  try {
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) return 'link';
    if (stats.isFile()) return 'file';
    if (stats.isDirectory()) return 'directory';
    return stats.isCharacterDevice() ? 'device' : 'other';
  } catch {
    return 'none';
  }
}

const temporaryName = (path: string) =>
  join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);

/** A new file of our own next to `path` (O_EXCL: never someone else's, never a link's target). */
function createTemporary(path: string): { fd: number; temp: string } {
  const temp = temporaryName(path);
  const flags =
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
  return { fd: openSync(temp, flags, 0o644), temp };
}

/** The temporary file takes the name: a link that fails if the name is taken, or a rename. */
function publish(temp: string, path: string, force: boolean): void {
  if (force) renameSync(temp, path);
  else {
    linkSync(temp, path);
    unlinkSync(temp);
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Refusals that need no system call: a link, a directory, an existing file without --force. */
export function refusal(path: string, force: boolean): string | null {
  const found = existing(path);
  if (found === 'link') return 'it is a symbolic link (isolab never writes through one)';
  if (found === 'directory') return 'it is a directory';
  if (found === 'other') return 'it is not a regular file';
  if (found === 'file' && !writable(path)) return 'permission denied';
  if (found === 'file' && !force) return 'it exists (use --force to replace it)';
  return null;
}

/**
 * Opens `path` for a stream of writes (a recording). The file takes its name at once, empty,
 * so whatever has been written is there even if the process is killed.
 */
export function openNewFile(path: string, options: { readonly force: boolean }): OpenedFile {
  const refused = refusal(path, options.force);
  if (refused) return { ok: false, why: refused };
  try {
    if (existing(path) === 'device')
      return { ok: true, fd: openSync(path, constants.O_WRONLY | (constants.O_NOFOLLOW ?? 0)) };
    const { fd, temp } = createTemporary(path);
    try {
      publish(temp, path, options.force);
    } catch (error) {
      closeSync(fd);
      unlinkSync(temp);
      const code = (error as NodeJS.ErrnoException).code;
      return {
        ok: false,
        why: code === 'EEXIST' ? 'it exists (use --force to replace it)' : writeWhy(error),
      };
    }
    return { ok: true, fd };
  } catch (error) {
    return { ok: false, why: writeWhy(error) };
  }
}

/** Every byte, or the error (a short write is retried; ENOSPC is thrown). */
export function writeFully(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Writes a whole file: all of it under the name, or nothing (the old file, if any, kept). */
export function writeNewFile(
  path: string,
  content: string | Uint8Array,
  options: { readonly force: boolean },
): { readonly ok: true } | { readonly ok: false; readonly why: string } {
  const refused = refusal(path, options.force);
  if (refused) return { ok: false, why: refused };
  let temp: string | null = null;
  try {
    const created = createTemporary(path);
    temp = created.temp;
    try {
      writeFully(created.fd, typeof content === 'string' ? Buffer.from(content) : content);
      fsyncSync(created.fd);
    } finally {
      closeSync(created.fd);
    }
    publish(temp, path, options.force);
    return { ok: true };
  } catch (error) {
    if (temp !== null) {
      try {
        unlinkSync(temp);
      } catch {
        // Already gone (published, or never made).
      }
    }
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      why: code === 'EEXIST' ? 'it exists (use --force to replace it)' : writeWhy(error),
    };
  }
}
