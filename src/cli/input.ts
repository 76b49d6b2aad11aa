// Where `isolab run` reads its commands: -c options, a file, or standard input; each bounded
// (src/cli/read-text.ts) with one message naming the source when it cannot be used.
import { INPUT_LIMITS, readTextFile, readTextStdin } from './read-text.js';
import { scriptCommands } from './transcript.js';

export type InputResult =
  | { readonly ok: true; readonly commands: readonly string[] }
  | { readonly ok: false; readonly message: string };

const fail = (message: string): InputResult => ({ ok: false, message: `isolab run: ${message}` });

const tooLong = (source: string, what: string): InputResult =>
  fail(`${source}: ${what} is longer than ${INPUT_LIMITS.lineChars} characters (the line limit)`);

/** The script's commands when every line is within the limit, else the first line over it. */
function script(text: string, source: string): InputResult {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => line.length > INPUT_LIMITS.lineChars);
  if (index >= 0) return tooLong(source, `line ${index + 1}`);
  return { ok: true, commands: scriptCommands(text) };
}

function fromStdin(explicit: boolean): InputResult {
  if (!explicit && process.stdin.isTTY)
    return fail('no input; give a script file, - for standard input, or -c "<command>"');
  const read = readTextStdin();
  if (!read.ok)
    return fail(
      read.why.startsWith('it is not a text')
        ? 'standard input is not a text file (binary data found); give a script with one command per line'
        : `cannot read standard input: ${read.why}`,
    );
  if (read.text.length === 0)
    return fail('no input on standard input; pipe a script in or use -c "<command>"');
  return script(read.text, 'standard input');
}

export function readInput(
  file: string | undefined,
  commands: readonly string[] | undefined,
): InputResult {
  if (commands && commands.length > 0) {
    if (file) return fail('give either a file or -c commands, not both');
    const index = commands.findIndex((c) => String(c).length > INPUT_LIMITS.lineChars);
    if (index >= 0) return tooLong('-c', `command ${index + 1}`);
    return { ok: true, commands: commands.map(String) };
  }
  if (file === undefined || file === '-') return fromStdin(file === '-');
  const read = readTextFile(file);
  if (!read.ok)
    return fail(
      read.why.startsWith('it is not a text')
        ? `'${file}' is not a text file (binary data found); give a script with one command per line`
        : `cannot read '${file}': ${read.why}`,
    );
  return script(read.text, `'${file}'`);
}
