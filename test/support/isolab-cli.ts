// The built `isolab` as a child process, for tests of the command line: run from the
// checkout, no standard input, a time limit so a hang fails the test instead of holding it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function isolab(args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'isolab.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 20_000,
    input: '',
  });
  if (r.error) throw r.error;
  return r;
}
