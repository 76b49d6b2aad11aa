// Issue 15, part 2 finding 2: a user's regular expression can never run super-linearly. The
// patterns below backtrack exponentially in a backtracking engine (the issue measured 60 s,
// 30 s and 30 s); on RE2 each is one linear pass. Where only real time tells, a child
// process's wall time is the measure; here the step count of the budget is: a -match costs
// one step per character of its text, so a line that answers has done linear work.
import { describe, expect, it } from 'vitest';
import { newConsole } from '../shell/shell-harness.js';
import { LIMITS } from '../../src/shell/runtime/limits.js';

describe('regular expressions run in linear time', () => {
  it.each([
    ["'a'*32 -match '(a|a)*b'", 'False'],
    ["'a'*40 -match '(?:a|aa)*c'", 'False'],
    ["'a'*100000 -match '(?:a|b)*c'", 'False'],
    ["'a'*100000 + 'c' -match '(?:a|b)*c'", 'True'],
    ["'x'*30 + '!' -match '^(x+x+)+y$'", 'False'],
  ])('%s → %s, well under a second', (line, expected) => {
    const started = performance.now();
    expect(newConsole().ok(line).lines).toEqual([expected]);
    // Generous for a loaded machine; the backtracking engine took 30–60 s on these.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a text larger than the step budget is refused, not scanned', () => {
    const r = newConsole().run(`$s='a'*${LIMITS.stringChars}; $s -match '(a|b)*c'`);
    expect(r.lines.join('\n')).toContain(`evaluation step limit (${LIMITS.steps})`);
  });

  it('-match ignores case, -cmatch does not', () => {
    const c = newConsole();
    expect(c.ok("'ABC' -match 'b'").lines).toEqual(['True']);
    expect(c.ok("'ABC' -cmatch 'b'").lines).toEqual(['False']);
    expect(c.ok("'ABC' -notmatch 'z'").lines).toEqual(['True']);
    expect(c.ok("'abc','xyz' -match 'Y'").lines).toEqual(['xyz']);
  });

  it('Where-Object -match uses the same engine', () => {
    const c = newConsole();
    c.ok("$x = ('a'*40), (('a'*39) + 'c')");
    expect(c.ok("$x | Where-Object { $_ -match '(?:a|aa)*c' }").lines).toEqual([
      'a'.repeat(39) + 'c',
    ]);
    expect(c.ok("($x | Where-Object { $_ -notmatch '(a|a)*c' }).Length").lines).toEqual(['40']);
  });

  it.each([
    ["'aa' -match '(a)\\1'", 'a backreference'],
    ["'ab' -match 'a(?=b)'", 'a lookahead or lookbehind'],
    ["'ab' -match '(?<!x)b'", 'a lookahead or lookbehind'],
  ])('%s names the feature RE2 cannot run', (line, feature) => {
    const r = newConsole().fails(line);
    expect(r.lines[0]).toContain(`uses ${feature}`);
    expect(r.lines).toContain('    + FullyQualifiedErrorId : RegexFeatureNotSupported');
  });

  it('an invalid pattern is still reported as one', () => {
    const r = newConsole().fails("'a' -match '('");
    expect(r.lines[0]).toBe('Invalid regular expression pattern: (.');
  });
});
