// Reading a script or scenario the user named, treating it as hostile (docs/terminal-safety.md
// §3): a size limit, regular files only (a FIFO with no writer or /dev/zero would hang or
// grow without end), UTF-8 or UTF-16 with a byte-order mark, binary data refused wherever
// it is, and one clear message naming the file for each way it can fail.
import { closeSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

export const INPUT_LIMITS = {
  /** A script or scenario file, or standard input. */
  fileBytes: 1024 * 1024,
  /** One line of a script (or one -c command). */
  lineChars: 64 * 1024,
} as const;

export type TextResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly why: string };

const MIB = (bytes: number) => `${bytes / (1024 * 1024)} MiB`;

const ERRNO_WHY: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ELOOP: 'too many levels of symbolic links (a symlink loop?)',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'the path is too long',
};

export function errnoWhy(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return ERRNO_WHY[code] ?? (code ? `cannot read it (${code})` : 'cannot read it');
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'it is a directory';
  if (stats.isFIFO()) return 'it is a FIFO, not a regular file (pipe it to standard input)';
  if (stats.isCharacterDevice() || stats.isBlockDevice())
    return 'it is a device, not a regular file';
  return 'it is not a regular file';
}

/**
 * Reads at most `limit + 1` bytes from a descriptor: one byte past the limit is enough to
 * know it is too big, whatever the source (`yes |`, /dev/zero on standard input).
 */
function readBounded(fd: number, limit: number): Buffer | null {
  const chunks: Buffer[] = [];
  let total = 0;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    const chunk = Buffer.alloc(Math.min(64 * 1024, limit + 1 - total));
    let read: number;
    try {
      read = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      // A non-blocking standard input with nothing yet: wait for the writer.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 10);
      continue;
    }
    if (read === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > limit) return null;
  }
}

/** A file by path: regular files only, at most INPUT_LIMITS.fileBytes. */
export function readTextFile(path: string): TextResult {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    return { ok: false, why: errnoWhy(error) };
  }
  if (!stats.isFile()) return { ok: false, why: kindOf(stats) };
  if (stats.size > INPUT_LIMITS.fileBytes)
    return { ok: false, why: `it is larger than ${MIB(INPUT_LIMITS.fileBytes)}` };
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return { ok: false, why: errnoWhy(error) };
  }
  try {
    // Checked again on the open file: the path may have been swapped since the stat.
    if (!fstatSync(fd).isFile()) return { ok: false, why: kindOf(fstatSync(fd)) };
    return decodeOrWhy(readBounded(fd, INPUT_LIMITS.fileBytes));
  } catch (error) {
    return { ok: false, why: errnoWhy(error) };
  } finally {
    closeSync(fd);
  }
}

/** Standard input: any kind (a pipe, a file, a device), at most INPUT_LIMITS.fileBytes. */
export function readTextStdin(): TextResult {
  try {
    return decodeOrWhy(readBounded(0, INPUT_LIMITS.fileBytes));
  } catch (error) {
    return { ok: false, why: errnoWhy(error) };
  }
}

function decodeOrWhy(bytes: Buffer | null): TextResult {
  if (bytes === null) return { ok: false, why: `it is larger than ${MIB(INPUT_LIMITS.fileBytes)}` };
  const text = decodeText(bytes);
  return text === null
    ? { ok: false, why: 'it is not a text file (binary data found)' }
    : { ok: true, text };
}

/** Control characters a text file may well hold: tab, LF, VT, FF, CR, Esc. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]);
/** More control characters than this share of any 8 K window: data, not text. */
const BINARY_CONTROL_SHARE = 0.1;
const WINDOW = 8192;

/**
 * UTF-8 (a byte-order mark dropped) or UTF-16 LE/BE with its mark; null when it is not text:
 * broken encoding anywhere, or any 8 K window mostly control characters. A stray NUL or
 * control in a line is the command's business (the console reports it, shown visibly).
 */
export function decodeText(bytes: Buffer): string | null {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff)
      text = new TextDecoder('utf-16le', { fatal: true }).decode(swapBytes(bytes.subarray(2)));
    else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
  return mostlyControls(text) ? null : text;
}

function swapBytes(bytes: Buffer): Buffer {
  if (bytes.length % 2 !== 0) throw new Error('odd length');
  return Buffer.from(bytes).swap16();
}

function mostlyControls(text: string): boolean {
  // Aligned windows, the last one ending at the end (so a short tail is not judged alone).
  for (let start = 0; start < text.length; start += WINDOW) {
    const from = Math.max(0, Math.min(start, text.length - WINDOW));
    let controls = 0;
    const to = Math.min(text.length, from + WINDOW);
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if ((code < 0x20 && !TEXT_CONTROLS.has(code)) || code === 0x7f) controls++;
    }
    if (controls > (to - from) * BINARY_CONTROL_SHARE) return true;
  }
  return false;
}
