// Where key p's pictures go (and --snapshot's): the file named by --snapshot, then the same
// name numbered (frame.svg, frame-2.svg, …); without it, isolab-1.svg, isolab-2.svg… in the
// working folder, skipping names taken. Every write goes through safe-file.ts: never through
// a link, never over a file unless --force, all or nothing.
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { SnapshotWriter } from '../ui/output/frame-snapshot.js';
import { refusal, writeNewFile } from './safe-file.js';

/** Names tried for an unnamed picture before giving up (isolab-1.svg … isolab-1000.svg). */
const MAX_DEFAULT_NAMES = 1000;

/** `frame.svg` as its `n`th picture: `frame-n.svg` (the first keeps the name). */
export function numberedPath(path: string, n: number): string {
  if (n <= 1) return path;
  const ext = extname(path);
  return join(dirname(path), `${basename(path, ext)}-${n}${ext}`);
}

/** Why --snapshot's file cannot be written (checked before the screen is taken), or null. */
export function snapshotRefusal(path: string, force: boolean): string | null {
  const why = refusal(path, force);
  return why === null ? null : `isolab: cannot write the snapshot to '${path}': ${why}`;
}

export function snapshotWriter(
  path: string | undefined,
  force: boolean,
  folder: string = process.cwd(),
): SnapshotWriter {
  let count = 0;
  let nextDefault = 1;
  const named = (svg: string) => {
    count += 1;
    const target = numberedPath(path as string, count);
    const result = writeNewFile(target, svg, { force });
    return result.ok
      ? { ok: true as const, path: target }
      : { ok: false as const, path: target, why: result.why };
  };
  const unnamed = (svg: string) => {
    let target = '';
    for (let tries = 0; tries < MAX_DEFAULT_NAMES; tries++) {
      target = resolve(folder, `isolab-${nextDefault++}.svg`);
      if (refusal(target, false) !== null) continue;
      const result = writeNewFile(target, svg, { force: false });
      return result.ok
        ? { ok: true as const, path: target }
        : { ok: false as const, path: target, why: result.why };
    }
    return { ok: false as const, path: target, why: 'every name up to isolab-1000.svg is taken' };
  };
  return path === undefined ? unnamed : named;
}
