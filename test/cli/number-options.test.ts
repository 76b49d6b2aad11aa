// Every numeric option has a range, named in its error with the value as typed (issue 15:
// `run --width 1e9` ran 51 s and ended in an internal error). Each refusal is one line,
// exit 2, and comes at once (the spawn's own time limit, 10 s, would fail the test).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NUMBER_RANGES, numberProblem } from '../../src/cli/number-options.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'isolab.js');

function isolab(args: readonly string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 10_000,
    input: '',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (r.error) throw r.error;
  return r;
}

describe('numeric options out of range', () => {
  it.each([
    [
      ['run', '--width', '1e9', '-c', 'gps'],
      "--width needs a whole number from 20 to 1000 columns, not '1e9'",
    ],
    [
      ['run', '--width', '9007199254740991', '-c', 'gps'],
      "--width needs a whole number from 20 to 1000 columns, not '9007199254740991'",
    ],
    [
      ['run', '--width=19', '-c', 'gps'],
      "--width needs a whole number from 20 to 1000 columns, not '19'",
    ],
    [
      ['run', '--seed', '-1', '-c', 'gps'],
      "--seed needs a whole number from 0 to 2147483647, not '-1'",
    ],
    [
      ['run', '--seed', '1e300', '-c', 'gps'],
      "--seed needs a whole number from 0 to 2147483647, not '1e300'",
    ],
    [
      ['demo', '--headless', '--speed', '1e308'],
      "--speed needs a number from 0.1 to 64, not '1e308'",
    ],
    [['demo', '--headless', '--speed', '0'], "--speed needs a number from 0.1 to 64, not '0'"],
    [
      ['demo', '--headless', '--seed', '2.5'],
      "--seed needs a whole number from 0 to 2147483647, not '2.5'",
    ],
    [
      ['--processes', '1e9'],
      "--processes needs a whole number from 0 to 100000 host processes, not '1e9'",
    ],
    [
      ['--containers', '-3'],
      "--containers needs a whole number from 0 to 2000 containers, not '-3'",
    ],
  ])('%j', (args, message) => {
    const r = isolab(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
  });

  it('the edges of each range are accepted', () => {
    for (const [option, range] of Object.entries(NUMBER_RANGES)) {
      const name = option as keyof typeof NUMBER_RANGES;
      expect(numberProblem(name, range.min, undefined)).toBeNull();
      expect(numberProblem(name, range.max, undefined)).toBeNull();
      expect(numberProblem(name, range.max + 1, undefined)).toContain(`to ${range.max}`);
      expect(numberProblem(name, Number.NaN, 'abc')).toContain("not 'abc'");
    }
    const r = isolab(['run', '--width', '1000', '-c', 'Get-Process csrss']);
    expect(r.status).toBe(0);
  });
});
