// The stdout Ink is given: the terminal's own stream, except that each frame goes out as
// a cell diff (frame-diff.ts) and, with the synchronized-update marks Ink writes around
// it, as one write. Everything else (size, 'resize', isTTY, the exit barrier's callback)
// is the real stream's.
import { FrameDiffer } from './frame-diff.js';

const BEGIN_SYNC = '\x1b[?2026h';
const END_SYNC = '\x1b[?2026l';

type WriteCallback = (error?: Error | null) => void;

/** `differ` may be given to read the frame on screen back (frame-snapshot.ts). */
export function diffingStdout(
  stdout: NodeJS.WriteStream,
  differ = new FrameDiffer(() => stdout.columns || Number.POSITIVE_INFINITY),
): NodeJS.WriteStream {
  /** A synchronized update being put together: sent whole when Ink ends it. */
  let held: string | null = null;
  const flush = () => {
    if (held !== null && held !== BEGIN_SYNC) stdout.write(held);
    held = null;
  };
  // First in line: Ink redraws from its own 'resize' listener, by which time the screen
  // must already count as unknown (the terminal may have reflowed or scrolled it).
  const forget = () => differ.forget();
  if (typeof stdout.prependListener === 'function') stdout.prependListener('resize', forget);

  function write(
    chunk: unknown,
    encodingOrCallback?: BufferEncoding | WriteCallback,
    maybeCallback?: WriteCallback,
  ): boolean {
    const callback = typeof encodingOrCallback === 'function' ? encodingOrCallback : maybeCallback;
    if (typeof chunk !== 'string') {
      flush();
      differ.forget();
      return stdout.write(chunk as Uint8Array, encodingOrCallback as BufferEncoding, callback);
    }
    if (callback === undefined) {
      if (chunk === BEGIN_SYNC) {
        flush();
        held = chunk;
        return true;
      }
      if (held !== null) {
        const out = differ.transform(chunk);
        if (chunk !== END_SYNC) {
          held += out;
          return true;
        }
        // A frame that changed no line needs no synchronized update either.
        const whole = held === BEGIN_SYNC ? '' : held + out;
        held = null;
        return whole === '' ? true : stdout.write(whole);
      }
      const out = differ.transform(chunk);
      return out === '' ? true : stdout.write(out);
    }
    flush();
    return stdout.write(differ.transform(chunk), callback);
  }

  return new Proxy(stdout, {
    get(target, property) {
      if (property === 'write') return write;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
