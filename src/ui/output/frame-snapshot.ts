// Key p and --snapshot (issue 14, "frames for writers"): the frame on screen, as the
// frame writer last sent it, drawn as SVG (svg-frame.ts) and handed to the writer the CLI
// injects (it owns paths and files: src/cli/snapshot-file.ts). The UI never touches files.
import { showControls } from '../../text/index.js';
import { frameCells } from './ansi-cells.js';
import { FrameDiffer } from './frame-diff.js';
import { frameSvg } from './svg-frame.js';

/** Written to `path`; or not (`why`). */
export type SnapshotWriteResult =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly path: string; readonly why: string };

/** Writes one picture (the CLI's: a new file each time, never through a link). */
export type SnapshotWriter = (svg: string) => SnapshotWriteResult;

export interface SnapshotOptions {
  readonly write: SnapshotWriter;
  /** Write the last frame when the dashboard closes, if no key did. */
  readonly atExit?: boolean;
}

export interface Snapshotter {
  /** The port the UI store's key p calls. */
  readonly take: () => SnapshotWriteResult | { ok: false; path: null; why: string };
  /** At exit: the last frame, when asked and nothing was written yet; else null. */
  finish(): SnapshotWriteResult | null;
}

export function snapshotter(
  frames: FrameDiffer,
  columns: () => number,
  options: SnapshotOptions,
): Snapshotter {
  let written = false;
  const take: Snapshotter['take'] = () => {
    const lines = frames.lastFrame();
    if (lines === null || lines.length === 0) return { ok: false, path: null, why: 'no frame' };
    const cells = frameCells(lines);
    const width = Math.max(columns(), ...cells.map((row) => row.at(-1)?.x ?? 0));
    const result = options.write(frameSvg(cells, width, lines.length));
    written ||= result.ok;
    return result;
  };
  return {
    take,
    finish() {
      if (!options.atExit || written) return null;
      const result = take();
      return result.path === null ? null : result;
    },
  };
}

/** The line said on stderr about the picture written at exit (the screen is gone by then). */
export function exitSnapshotLine(result: SnapshotWriteResult): string {
  const path = showControls(result.path);
  return result.ok
    ? `isolab: frame written to ${path}\n`
    : `isolab: frame not written to ${path}: ${result.why}\n`;
}
