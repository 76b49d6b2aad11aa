// Issue 12: every example README.md and `--help` print works exactly as printed. The
// commands are read from the README's `sh` blocks and from each command's --help, then run
// by a shell with `isolab` and `node` on the PATH as the README says they would be.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'isolab.js');
const bin = mkdtempSync(join(tmpdir(), 'isolab-examples-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));
symlinkSync(process.execPath, join(bin, 'node'));
writeFileSync(join(bin, 'isolab'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
chmodSync(join(bin, 'isolab'), 0o755);

function shell(line: string) {
  const result = spawnSync('/bin/sh', ['-c', line], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
    input: '',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, NO_COLOR: '1' },
  });
  if (result.error) throw result.error;
  return result;
}

/** The README's `sh` lines that need no terminal: `run`, `scenarios`, headless demos. */
function readmeExamples(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  return blocks
    .flatMap((b) => b.split('\n'))
    .map((l) => l.replace(/\s{2,}#.*$/, '').trim())
    .filter((l) => /bin\/isolab\.js (run|scenarios)\b|--headless/.test(l));
}

/** A command's --help examples that need no terminal and name no file of the reader's own. */
function helpExamples(command: string): string[] {
  const help = shell(`isolab ${command} --help`).stdout;
  const examples = help.slice(help.indexOf('Examples:')).split('\n').slice(1);
  return examples
    .map((l) => l.trim().split(/\s{2,}/)[0] ?? '')
    .filter((l) => l !== '' && !/my-lesson/.test(l))
    .filter((l) => /\brun\b|--headless|--list/.test(l));
}

const examples = [
  ...readmeExamples(),
  ...helpExamples('run'),
  ...helpExamples('demo'),
  ...helpExamples('learn'),
];

describe('the documented examples', () => {
  it('are found (the README and every --help list some)', () => {
    expect(examples.length).toBeGreaterThanOrEqual(9);
    expect(examples).toContain("echo 'Get-Container' | node bin/isolab.js run - --scenario lab");
    expect(examples).toContain('echo Get-Container | isolab run - --scenario lab');
  });

  it.each(examples)('%s: exit 0, no error record', (line) => {
    const result = shell(line);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(/is not recognized|CommandNotFoundException/);
    expect(result.status).toBe(0);
  });

  it("the README's printed transcript is what isolab prints", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const printed = /```\n(PS C:\\> get-process \| where[\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const command = printed.split('\n')[0]!.slice('PS C:\\> '.length);
    const result = shell(`isolab run -c "${command.replace(/\$/g, '\\$')}"`);
    expect(printed).not.toBe('');
    expect(result.stdout.trimEnd()).toBe(printed.trimEnd());
  });
});
