// The built `isolab` command line, spawned as a user would run it (npm test builds dist/
// first): `isolab run` from files, -c and standard input, its exit codes, its one-line
// failures on stderr, determinism under --seed, and the small commands around it.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'isolab.js');
const dir = mkdtempSync(join(tmpdir(), 'isolab-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function isolab(args: readonly string[], input?: string): SpawnSyncReturns<string> {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 20_000,
    // A closed stdin is what a non-TTY caller with nothing to say gives.
    input: input ?? '',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.error) throw result.error;
  return result;
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** isolab's own failure: exit 2, nothing on stdout, one line on stderr, no stack trace. */
function expectUsageFailure(result: SpawnSyncReturns<string>, mentions: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.split('\n').filter((l) => l !== '');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(mentions);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toMatch(/Error:|node:internal/);
}

describe('isolab run: input it cannot use', () => {
  it('a missing file', () => {
    expectUsageFailure(isolab(['run', join(dir, 'nope.ps1')]), /nope\.ps1.*no such file/);
  });

  it('a directory (EISDIR)', () => {
    expectUsageFailure(isolab(['run', dir]), /directory/);
  });

  // As root, mode 000 does not stop a read, so this one is skipped there; the directory
  // case above is the unreadable path that works for every user.
  const root = process.getuid?.() === 0;
  it.skipIf(root)('an unreadable file (chmod 000; skipped as root, who can read it)', () => {
    const path = file('secret.ps1', 'Get-Process\n');
    chmodSync(path, 0o000);
    expectUsageFailure(isolab(['run', path]), /permission denied/);
  });

  it('a binary file', () => {
    const path = file(
      'binary.ps1',
      Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0xff, 0xfe, 0x00]),
    );
    expectUsageFailure(isolab(['run', path]), /not a text file/);
  });

  it('no input: standard input is not a terminal but empty', () => {
    expectUsageFailure(isolab(['run'], ''), /no input/);
    expectUsageFailure(isolab(['run', '-'], ''), /no input/);
  });

  // `isolab run` with no file on a terminal: test/hostile/terminal.e2e.test.ts (needs a pty).

  it('an unknown option', () => {
    expectUsageFailure(isolab(['run', '--bogus', '-c', 'Get-Process']), /Unknown argument: bogus/);
    expectUsageFailure(isolab(['--frobnicate']), /Unknown argument/);
  });

  it('an unknown scenario, a bad seed, an empty -c', () => {
    expectUsageFailure(
      isolab(['run', '--scenario', 'moon', '-c', 'gps']),
      /unknown scenario 'moon'.*host, lab/,
    );
    expectUsageFailure(
      isolab(['run', '--seed', 'abc', '-c', 'gps']),
      /--seed needs a whole number/,
    );
    expectUsageFailure(isolab(['run', '-c']), /-c needs a command/);
  });
});

describe('isolab run: transcripts and exit codes', () => {
  it('exit 0 when no command wrote an error record', () => {
    const r = isolab(['run', '-c', "get-process | where {$_.ProcessName -eq 'csrss'}"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe(
      "PS C:\\> get-process | where {$_.ProcessName -eq 'csrss'}",
    );
    expect(r.stdout).toMatch(/^ +\d+ +\d+ +\d+ +\d+ \.\.\.\d\d +[\d.]+ +532 +0 csrss$/m);
  });

  it('exit 1 when any command wrote an error record (on stdout, in its place)', () => {
    const r = isolab(['run', '-c', 'Get-Process -Foo', '-c', 'Get-ContainerImage']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('PS C:\\> Get-Process -Foo');
    expect(lines[1]).toBe(
      "Get-Process : A parameter cannot be found that matches parameter name 'Foo'.",
    );
    expect(lines).toContain('PS C:\\> Get-ContainerImage');
  });

  it('-c is repeatable; each command is echoed after its prompt, the session prompt included', () => {
    const r = isolab([
      'run',
      '--scenario',
      'lab',
      '-c',
      'Enter-PSSession -ContainerName DEMO -RunAsAdministrator',
      '-c',
      'Get-Process csrss',
      '-c',
      'exit',
      '-c',
      'Get-Container',
    ]);
    expect(r.status).toBe(0);
    const prompts = r.stdout.split('\n').filter((l) => /PS C:\\> /.test(l));
    expect(prompts).toEqual([
      'PS C:\\> Enter-PSSession -ContainerName DEMO -RunAsAdministrator',
      '[DEMO]: PS C:\\> Get-Process csrss',
      '[DEMO]: PS C:\\> exit',
      'PS C:\\> Get-Container',
    ]);
  });

  it('--scenario lab starts at the host prompt with DEMO running (docs/spec.md §2)', () => {
    const r = isolab(['run', '--scenario', 'lab', '-c', 'Get-Process csrss']);
    expect(r.stdout.startsWith('PS C:\\> Get-Process csrss\n')).toBe(true);
    // On the host: DEMO's csrss (session 3) shows beside the host's own, same PID.
    expect(r.stdout).toMatch(/ 3 csrss$/m);
    expect(r.stdout).toMatch(/ 0 csrss$/m);
  });

  it('- reads the script from standard input (comments and blank lines skipped)', () => {
    const r = isolab(
      ['run', '-'],
      '# a comment\n\nGet-ContainerImage\r\n  # indented comment\nGet-Container\n',
    );
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('PS C:\\> '))).toEqual([
      'PS C:\\> Get-ContainerImage',
      'PS C:\\> Get-Container',
    ]);
  });

  it('a file (with a byte-order mark) runs line by line', () => {
    const path = file('bom.ps1', '\uFEFFGet-ContainerImage\nGet-Process -Name ping\n');
    const r = isolab(['run', path]);
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('PS C:\\> Get-ContainerImage');
  });

  it('exit on the host ends the script', () => {
    const r = isolab(['run', '-c', 'exit', '-c', 'Get-ContainerImage']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('PS C:\\> exit\n');
  });

  it('the same --seed prints byte-identical output; another seed changes the GUIDs', () => {
    const script = file(
      'seeded.ps1',
      '$c = New-Container -Name A -ContainerImageName NanoServer\nStart-Container $c\n$c.ContainerId\nGet-Process csrss\n',
    );
    const a = isolab(['run', '--seed', '7', script]);
    const b = isolab(['run', '--seed', '7', script]);
    const c = isolab(['run', '--seed', '8', script]);
    expect(a.status).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const guid = (out: string) => /^[0-9a-f]{8}-[0-9a-f-]{27}$/m.exec(out)?.[0];
    expect(guid(a.stdout)).toBeDefined();
    expect(guid(c.stdout)).toBeDefined();
    expect(guid(c.stdout)).not.toBe(guid(a.stdout));
    // Without --seed, the default seed: still byte-identical.
    expect(isolab(['run', script]).stdout).toBe(isolab(['run', script]).stdout);
  });

  it('`isolab run … | head -1` ends quietly', () => {
    // Enough output to fill the pipe long after head has gone.
    const big = file('big.ps1', 'Get-Process\n'.repeat(2000));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" run "${big}" | head -1`], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('PS C:\\> Get-Process\n');
    expect(r.stderr).toBe('');
  });
});

describe('the commands around run', () => {
  it('isolab scenarios lists the starting states and the demos', () => {
    const r = isolab(['scenarios']);
    expect(r.status).toBe(0);
    const names = r.stdout
      .split('\n')
      .filter((l) => l.startsWith('  '))
      .map((l) => l.trim().split(/\s+/)[0]);
    expect(names).toEqual([
      'host',
      'lab',
      'stress',
      'isolation',
      'conversion',
      'docker',
      'internals',
      'networking',
    ]);
  });

  it('--help and --version exit 0', () => {
    const help = isolab(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/isolab run/);
    const runHelp = isolab(['run', '--help']);
    expect(runHelp.status).toBe(0);
    expect(runHelp.stdout).toMatch(/--seed/);
    const version = isolab(['--version']);
    expect(version.status).toBe(0);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it('the dashboard without a terminal: one line naming isolab run, exit 2', () => {
    const r = isolab([]);
    expect(r.status).toBe(2);
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/isolab run/);
  });
});
