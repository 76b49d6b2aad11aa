// docker's flag errors at TP4's 1.10.0-dev (docs/fidelity-notes.md Q12): mflag's failf prints
// the error and `See 'docker VERB --help'.` and nothing more (no usage, unlike the
// argument-count errors), and every verb's FlagSet exits 125 (pkg/mflag/flag.go at 59a341e).
import { describe, expect, it } from 'vitest';
import { runDocker } from '../../src/shell/docker/docker-command.js';
import { newConsole } from './shell-harness.js';

const UNKNOWN: [string, string][] = [
  ['images --digest', '--digest'],
  ['ps -x', '-x'],
  ['start --bogus web', '--bogus'],
  ['stop -z web', '-z'],
  ['rm -qx web', '-qx'],
  ['inspect --bogus web', '--bogus'],
  ['exec -x web cmd', '-x'],
  ['commit -z web', '-z'],
  ['rmi --no-prune x', '--no-prune'],
  ['tag -x a b', '-x'],
  ['history --bogus x', '--bogus'],
  ['run --issolation=hyperv nanoserver', '--issolation'],
];

const NEEDS_ARGUMENT: [string, string][] = [
  ['images -f', '-f'],
  ['images --filter', '--filter'],
  ['commit web -m', '-m'],
];

describe('a flag docker does not define: the error and See, no usage, exit 125 (Q12)', () => {
  it.each(UNKNOWN)('docker %s', (line, flag) => {
    const c = newConsole();
    const verb = line.split(' ')[0]!;
    expect(c.fails(`docker ${line}`).lines).toEqual([
      `flag provided but not defined: ${flag}`,
      `See 'docker ${verb} --help'.`,
    ]);
    expect(runDocker(c.sim, line.split(' ')).exitCode).toBe(125);
  });
});

describe('a flag without its value: "flag needs an argument" (failf), exit 125 (Q12)', () => {
  it.each(NEEDS_ARGUMENT)('docker %s', (line, flag) => {
    const c = newConsole();
    const verb = line.split(' ')[0]!;
    expect(c.fails(`docker ${line}`).lines).toEqual([
      `flag needs an argument: ${flag}`,
      `See 'docker ${verb} --help'.`,
    ]);
    expect(runDocker(c.sim, line.split(' ')).exitCode).toBe(125);
  });
});
