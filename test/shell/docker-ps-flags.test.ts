// docker ps past -a and -q (docs/fidelity-notes.md Q13): -l, -n, --no-trunc, -s, -f with
// each of docker 1.10's filter keys, --since/--before and --format, and the daemon's and the
// client's refusals. Rows are read back as the model has them, not as fixed text.
import { describe, expect, it } from 'vitest';
import { newConsole } from './shell-harness.js';

/** Two docker containers: `web` running (older), `one` exited (newer). */
function lab() {
  const c = newConsole();
  c.ok(
    'docker run -d --name web -p 80:80 windowsservercore ping -t localhost',
    'docker run --name one nanoserver cmd /c echo hi',
  );
  const byName = (name: string) => c.sim.getState().containers.find((x) => x.name === name)!;
  return { c, web: byName('web'), one: byName('one') };
}

/** The NAMES column of a docker ps table (its last column), one per row. */
const names = (lines: readonly string[]) => lines.slice(1).map((l) => l.trim().split(/\s+/).at(-1));

describe('docker ps: which containers', () => {
  const { c, web, one } = lab();
  it.each([
    ['', ['web']],
    ['-a', ['one', 'web']],
    ['-l', ['one']],
    ['-n 2', ['one', 'web']],
    ['-n 1', ['one']],
    ['-n 0', ['web']],
    ['-a -f status=exited', ['one']],
    ['-f status=exited', ['one']],
    ['-f status=running', ['web']],
    ['-a -f exited=0', ['one']],
    ['-a -f exited=1', []],
    ['-a -f "name=^/we"', ['web']],
    ['-a -f name=ne', ['one']],
    ['-a -f name=ONE', []],
    ['-a -f "name=("', []],
    ['-a -f label=x', []],
    ['-a -f ancestor=nanoserver', ['one']],
    ['-a -f ancestor=windowsservercore:latest', ['web']],
    ['-a -f ancestor=nothing', []],
    ['--since web', ['one']],
    ['--before one', ['web']],
    ['-a --since one', []],
  ])('docker ps %s lists %j, newest first', (args, expected) => {
    expect(names(c.ok(`docker ps ${args}`).lines)).toEqual(expected);
  });

  it('-f id= matches the full id anywhere; -q prints ids, 64 hex with --no-trunc', () => {
    const id = web.dockerId!;
    expect(c.ok(`docker ps -a -q -f id=${id.slice(20, 30)}`).lines).toEqual([id.slice(0, 12)]);
    expect(c.ok('docker ps -a -q --no-trunc').lines).toEqual([one.dockerId, id]);
  });
});

describe('docker ps: what it prints', () => {
  const { c, web } = lab();
  it('--no-trunc widens CONTAINER ID to the full id and quotes the whole command', () => {
    const row = c.ok('docker ps --no-trunc').lines[1]!;
    expect(row.startsWith(`${web.dockerId}   `)).toBe(true);
    expect(row).toContain('"ping -t localhost"');
  });
  it('-s adds SIZE last: nothing written, and no virtual size for a 0 B base image', () => {
    const [header, row] = c.ok('docker ps -s').lines;
    expect(header).toMatch(/NAMES\s+SIZE$/);
    expect(row).toMatch(/web\s+0 B$/);
  });
  it('--format prints one line per container as the template writes it', () => {
    expect(c.ok('docker ps -a --format "{{.Names}}: {{.Command}} {{.Labels}}|"').lines).toEqual([
      'one: "cmd /c echo hi" |',
      'web: "ping -t localhost" |',
    ]);
  });
  it("--format table prints each field's header over a tabwriter, .Size added by -s", () => {
    const lines = c.ok("docker ps -s --format 'table {{.ID}}\\t{{.CreatedAt}}'").lines;
    // CREATED AT is as wide as Go's time text (29) + 3.
    expect(lines[0]).toMatch(/^CONTAINER ID {8}CREATED AT {22}SIZE$/);
    expect(lines[1]).toMatch(/^[0-9a-f]{12} {8}2015-11-19 09:00:\d\d \+0000 UTC {3}0 B$/);
  });
  it('.Label "x" heads its column with the last part of the name, - and _ as spaces', () => {
    const lines = c.ok(
      `docker ps --format 'table {{.Names}}\\t{{.Label "com.x.node-name"}}'`,
    ).lines;
    expect(lines[0]).toMatch(/^NAMES {15}NODE NAME$/);
  });
});

describe('docker ps: refusals, in the words of the daemon and the client', () => {
  const { c } = lab();
  it.each([
    ['-f bogus=1', ["Error response from daemon: Invalid filter 'bogus'"]],
    ['-f status=zzz', ['Error response from daemon: Unrecognised filter value for status: zzz']],
    ['-f exited=x', ['Error response from daemon: strconv.ParseInt: parsing "x": invalid syntax']],
    ['--since nobody', ['Error response from daemon: No such container: nobody']],
    ['-f x', ['bad format of filter (expected name=value)']],
    [
      '--format "{{.Foo}}"',
      [
        'Template parsing error: template: :1:2: executing "" at <.Foo>: ' +
          "can't evaluate field Foo in type *ps.containerContext",
      ],
    ],
  ])('docker ps %s', (args, expected) => {
    expect(c.run(`docker ps ${args}`).lines).toEqual(expected);
  });
  it('an argument, or -n not a number: mflag errors, exit 1 and 125', () => {
    const extra = c.run('docker ps extra');
    expect(extra.lines.slice(0, 4)).toEqual([
      'docker: "ps" requires 0 arguments.',
      "See 'docker ps --help'.",
      '',
      'Usage:  docker ps [OPTIONS]',
    ]);
    expect(c.run('docker ps -n x').lines[0]).toBe(
      'invalid value "x" for flag -n: strconv.ParseInt: parsing "x": invalid syntax',
    );
  });
});

describe('docker VERB --help (mflag: usage, description, the flags where the lab has them)', () => {
  const c = newConsole();
  it('docker ps --help lists every flag docker ps takes', () => {
    const lines = c.ok('docker ps --help').lines;
    expect(lines.slice(0, 3)).toEqual(['Usage:  docker ps [OPTIONS]', '', 'List containers']);
    for (const flag of [
      '--all',
      '--filter',
      '--format',
      '--latest',
      '-n=',
      '--no-trunc',
      '--quiet',
      '--size',
    ])
      expect(
        lines.some((l) => l.includes(flag)),
        flag,
      ).toBe(true);
  });
  it('docker stop --help prints its usage and description, not a flag error', () => {
    expect(c.ok('docker stop --help').lines[0]).toBe(
      'Usage:  docker stop [OPTIONS] CONTAINER [CONTAINER...]',
    );
  });
  it("--help after the image belongs to the container's command", () => {
    expect(c.ok('docker run nanoserver cmd /c echo --help').lines).toEqual(['--help']);
  });
});
