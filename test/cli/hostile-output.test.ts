// What `isolab run` writes comes out visible (issue 15): ESC typed into a command, and BEL,
// NUL, BS and CR made with backtick escapes, are shown in caret notation on stdout; an
// unknown option carrying OSC 52 comes back shown on stderr, not as a clipboard write.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = join(fileURLToPath(new URL('../..', import.meta.url)), 'bin', 'isolab.js');
// eslint-disable-next-line no-control-regex -- what must never reach the terminal
const RAW = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b-\u200d\ufeff]/;

function isolab(args: readonly string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000 });
  if (r.error) throw r.error;
  return r;
}

describe('isolab run output is text, never terminal commands', () => {
  it('backtick escapes and a typed ESC are shown in caret notation', () => {
    const r = isolab(['run', '-c', '"a`ab`0c`bd`re"', '-c', 'Get-Process \x1b]52;c;aGk=\x07']);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines).toContain('a^Gb^@c^Hd^Me');
    expect(lines).toContain('PS C:\\> Get-Process ^[]52;c;aGk=^G');
  });

  it('an unknown option with OSC 52 in its name is shown on stderr', () => {
    const r = isolab(['run', '--evil\x1b]52;c;aGk=\x07', '-c', 'gps']);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(RAW);
    // yargs takes what follows '=' as the value: the name up to it is what comes back.
    expect(r.stderr).toContain('Unknown argument: evil^[]52;c;aGk');
  });
});
