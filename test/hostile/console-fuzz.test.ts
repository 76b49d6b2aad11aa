// Issue 15, part 2 finding 7: random console lines built from hostile pieces — regular
// expressions that backtrack, arrays that double, deep nesting, huge strings, control
// characters — never crash the shell, never run past the budget, and never put a raw
// control byte into the transcript. Time is a clock that moves 1 ms per reading, so a line
// that loops is stopped by the time budget deterministically, whatever the machine's load.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runTranscript } from '../../src/cli/transcript.js';
import { Shell } from '../../src/shell/index.js';
import { LIMITS } from '../../src/shell/runtime/limits.js';
import { createSim } from '../../src/sim/index.js';

const PATTERNS = ['(a|a)*b', '(?:a|aa)*c', '(?:a|b)*c', '(a+)+$', '^(x+x+)+y$', '(a)\\1', '('];
const CONTROL = ['`e[2J', '`e]52;c;aGk=`a', '`a', '`0', '`b', '`r', '$([char]27)'];

const piece: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.nat({ max: 300_000 }), fc.constantFrom(...PATTERNS))
    .map(([n, p]) => `('a'*${n}) -match '${p}'`),
  fc.nat({ max: 40 }).map((n) => `$a=@(1,2);${' $a=$a+$a;'.repeat(n)} $a.Count`),
  fc.nat({ max: 300 }).map((n) => `${'('.repeat(n)}1${')'.repeat(n)}`),
  fc.nat({ max: 300 }).map((n) => `${'$('.repeat(n)}2${')'.repeat(n)}`),
  fc
    .tuple(fc.constantFrom('x', 'é', '한'), fc.nat({ max: 3_000_000 }))
    .map(([c, n]) => `'${c}'*${n}`),
  fc.constantFrom(...CONTROL).map((c) => `"a${c}b"`),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => `'${s.replace(/'/g, "''")}'`),
  fc.constant('Get-Process | Where-Object { $_.Name -match "(s|s)*x" }'),
  // Issue 13: hash literals, calculated properties, Get-Member and Get-Help, fed the same
  // hostile pieces (nesting, doubling arrays, backtracking patterns, control characters).
  fc.nat({ max: 300 }).map((n) => `${'@{a='.repeat(n)}1${'}'.repeat(n)}`),
  fc
    .tuple(fc.nat({ max: 40 }), fc.constantFrom(...PATTERNS))
    .map(
      ([n, p]) =>
        `$a=@('a','b');${' $a=$a+$a;'.repeat(n)} $a | Select-Object @{n='M';e={$_ -match '${p}'}}`,
    ),
  fc
    .tuple(fc.nat({ max: 40 }), fc.constantFrom('Select-Object', 'Format-Table', 'Format-List'))
    .map(
      ([n, cmd]) =>
        `$a=@(1,2);${' $a=$a+$a;'.repeat(n)} $a | ${cmd} @{l='x';e={$_ * 2}}, @{e={$_};w=3}`,
    ),
  fc.constantFrom(...CONTROL).map((c) => `@{"k${c}"="v${c}"} | Format-Table @{n="h${c}";e={1}}`),
  fc.nat({ max: 40 }).map((n) => `$a=@(1,'s');${' $a=$a+$a;'.repeat(n)} $a | Get-Member`),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => `Get-Help '${s.replace(/'/g, "''")}'`),
  fc.constantFrom(
    'Get-Help New-Container',
    'Get-Process | gm -MemberType Properties',
    "@{n='x';e={$_}; n='y'}",
    'Get-Container | Select-Object @{nope=1}',
    'docker run -it --name p windowsservercore powershell; Get-Process; exit',
    'docker run -d --name q nanoserver ping -t localhost; docker ps -a',
  ),
);

const line = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('; '));

// eslint-disable-next-line no-control-regex -- a raw control byte in the output is the failure
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/u;

describe('console fuzz', () => {
  it('no crash, no run past the budget, no raw control byte', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 3 }), (lines) => {
        let t = 0;
        const sim = createSim({ seed: 1, start: 'host' });
        const shell = new Shell({ sim, now: () => (t += 1) });
        const readings: number[] = [];
        const result = runTranscript(lines, { sim, shell, onLines: () => readings.push(t) });
        // The clock is read at most once per 256 steps: a line that had looped past its
        // budget would have read it far more often than LIMITS.ms + a few times.
        let previous = 0;
        for (const at of readings) {
          expect(at - previous).toBeLessThanOrEqual(LIMITS.ms + 2);
          previous = at;
        }
        for (const out of result.lines) expect(out).not.toMatch(RAW_CONTROL);
        expect(result.lines.length).toBeLessThanOrEqual(lines.length * (LIMITS.outputLines + 40));
        expect(result.lines.some((l) => l.includes('isolab internal error'))).toBe(false);
      }),
      { numRuns: 30, seed: 15 },
    );
  }, 180_000);
});
