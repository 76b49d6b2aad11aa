// `--record out.cast`: an asciicast v2 recording of what isolab writes to the terminal.
// Each event is one JSON line written synchronously, so the file is valid at every moment,
// even when the process ends on Ctrl+C: a recording is never cut mid-event.
import { closeSync } from 'node:fs';
import { showControls } from '../text/index.js';
import { openNewFile, writeFully, writeWhy } from './safe-file.js';

export interface CastHeader {
  readonly width: number;
  readonly height: number;
  readonly title?: string;
}

export type OpenResult =
  | { readonly ok: true; readonly recorder: CastRecorder }
  | { readonly ok: false; readonly message: string; readonly exitCode: 1 | 2 };

export class CastRecorder {
  private readonly started = performance.now();
  private lastTime = 0;
  private closed = false;

  private constructor(private readonly fd: number) {}

  /** What went wrong with a write, if one failed (the recording stopped there). */
  failure: string | null = null;

  /**
   * Opens a new file before anything is drawn, so a bad path fails early; never through a
   * link, never over an existing file unless `force` (src/cli/safe-file.ts).
   */
  static open(path: string, header: CastHeader, force = false): OpenResult {
    const opened = openNewFile(path, { force });
    if (!opened.ok)
      return {
        ok: false,
        message: `isolab: cannot record to '${path}': ${opened.why}`,
        exitCode: 2,
      };
    const recorder = new CastRecorder(opened.fd);
    recorder.line({
      version: 2,
      width: header.width,
      height: header.height,
      timestamp: Math.floor(Date.now() / 1000),
      env: { TERM: process.env.TERM ?? 'xterm-256color', SHELL: process.env.SHELL ?? '' },
      ...(header.title ? { title: showControls(header.title) } : {}),
    });
    if (recorder.failure !== null)
      return {
        ok: false,
        message: `isolab: cannot record to '${path}': ${recorder.failure}`,
        // The file could be made but not written (a full disk): a failure, not a usage error.
        exitCode: 1,
      };
    return { ok: true, recorder };
  }

  output(data: string): void {
    this.event('o', data);
  }

  resize(width: number, height: number): void {
    this.event('r', `${width}x${height}`);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      closeSync(this.fd);
    } catch {
      // Already gone: nothing left to save.
    }
  }

  private event(type: 'o' | 'r', data: string): void {
    if (this.closed || data === '') return;
    // Times never go backwards, even if the clock is adjusted.
    const time = Math.max(this.lastTime, (performance.now() - this.started) / 1000);
    this.lastTime = time;
    this.line([Number(time.toFixed(6)), type, data]);
  }

  private line(value: unknown): void {
    try {
      writeFully(this.fd, Buffer.from(`${JSON.stringify(value)}\n`));
    } catch (error) {
      // A full disk must not take the session down: stop recording, and say so at the end.
      this.failure ??= writeWhy(error);
      this.close();
    }
  }
}

/** Copies everything written to `stream` into the recording; returns the undo. */
export function teeInto(stream: NodeJS.WriteStream, recorder: CastRecorder): () => void {
  const original = stream.write.bind(stream);
  const patched = ((chunk: unknown, ...rest: unknown[]) => {
    recorder.output(
      typeof chunk === 'string'
        ? chunk
        : Buffer.isBuffer(chunk)
          ? chunk.toString('utf8')
          : String(chunk),
    );
    return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof stream.write;
  stream.write = patched;
  const onResize = () => recorder.resize(stream.columns ?? 80, stream.rows ?? 24);
  stream.on('resize', onResize);
  return () => {
    stream.write = original;
    stream.off('resize', onResize);
  };
}
