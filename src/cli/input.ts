// Where `isolab run` reads its commands: -c options, a file, or standard input.
import { readFileSync } from 'node:fs';
import { scriptCommands } from './transcript.js';

export type InputResult =
  | { readonly ok: true; readonly commands: readonly string[] }
  | { readonly ok: false; readonly message: string };

/** Control bytes a text file may well hold: tab, LF, VT, FF, CR, Esc. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]);
/** More control bytes than this share of the first 8 KB: data, not a script. */
const BINARY_CONTROL_SHARE = 0.1;

/**
 * Broken UTF-8 or mostly control bytes (NULs, say) in the first 8 KB: not a script. A stray
 * NUL or control byte in a line of text is the command's business: the console reports
 * what it cannot parse, line by line, as PowerShell would.
 */
function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  if (new TextDecoder('utf-8', { fatal: false }).decode(head).includes('\uFFFD')) return true;
  let controls = 0;
  for (const byte of head)
    if ((byte < 0x20 && !TEXT_CONTROLS.has(byte)) || byte === 0x7f) controls++;
  return controls > head.length * BINARY_CONTROL_SHARE;
}

function decode(bytes: Buffer, source: string): InputResult {
  if (looksBinary(bytes))
    return {
      ok: false,
      message: `isolab run: ${source} is not a text file (binary data found); give a script with one command per line`,
    };
  return { ok: true, commands: scriptCommands(bytes.toString('utf8').replace(/^\uFEFF/, '')) };
}

export function readInput(
  file: string | undefined,
  commands: readonly string[] | undefined,
): InputResult {
  if (commands && commands.length > 0) {
    if (file)
      return { ok: false, message: 'isolab run: give either a file or -c commands, not both' };
    return { ok: true, commands: commands.map(String) };
  }
  if (file === undefined || file === '-') {
    if (file === undefined && process.stdin.isTTY) {
      return {
        ok: false,
        message:
          'isolab run: no input; give a script file, - for standard input, or -c "<command>"',
      };
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(0);
    } catch (error) {
      return {
        ok: false,
        message: `isolab run: cannot read standard input (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      };
    }
    if (bytes.length === 0)
      return {
        ok: false,
        message: 'isolab run: no input on standard input; pipe a script in or use -c "<command>"',
      };
    return decode(bytes, 'standard input');
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'it is a directory'
            : (code ?? 'unreadable');
    return { ok: false, message: `isolab run: cannot read '${file}': ${why}` };
  }
  return decode(bytes, `'${file}'`);
}
