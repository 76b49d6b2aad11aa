// `--record out.cast`: an asciicast v2 recording of what isolab writes to the terminal.
// Each event is one JSON line written synchronously, so the file is valid at every moment,
// even when the process ends on Ctrl+C: a recording is never cut mid-event.
import { closeSync, openSync, writeSync } from 'node:fs';

export interface CastHeader {
  readonly width: number;
  readonly height: number;
  readonly title?: string;
}

export type OpenResult =
  | { readonly ok: true; readonly recorder: CastRecorder }
  | { readonly ok: false; readonly message: string };

export class CastRecorder {
  private readonly started = performance.now();
  private lastTime = 0;
  private closed = false;

  private constructor(private readonly fd: number) {}

  /** Opens (creates or truncates) the file before anything is drawn, so a bad path fails early. */
  static open(path: string, header: CastHeader): OpenResult {
    let fd: number;
    try {
      fd = openSync(path, 'w');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why =
        code === 'ENOENT'
          ? 'its folder does not exist'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : code === 'EISDIR'
              ? 'it is a directory'
              : (code ?? 'cannot open');
      return { ok: false, message: `isolab: cannot record to '${path}': ${why}` };
    }
    const recorder = new CastRecorder(fd);
    recorder.line({
      version: 2,
      width: header.width,
      height: header.height,
      timestamp: Math.floor(Date.now() / 1000),
      env: { TERM: process.env.TERM ?? 'xterm-256color', SHELL: process.env.SHELL ?? '' },
      ...(header.title ? { title: header.title } : {}),
    });
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
      writeSync(this.fd, `${JSON.stringify(value)}\n`);
    } catch {
      // A full disk must not take the session down: stop recording instead.
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
