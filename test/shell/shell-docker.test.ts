// docker at the Shell level: the seed's `docker run -it --isolation=hyperv 646d6317b02f cmd`
// as typed, cmd attached to it, docker ps / inspect, and the late-2015 client's errors.
import { describe, expect, it } from 'vitest';
import { CMD_PROMPT } from '../../src/shell/index.js';
import { HOST_PROMPT, newConsole, type Console } from './shell-harness.js';

/** docker ps's header: 20-column fields (text/tabwriter, minwidth 20, padding 3). */
const PS_COLUMNS = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];

function dockerPs(c: Console, args = ''): string[][] {
  const r = c.run(`docker ps ${args}`.trim());
  expect(r.hadError).toBe(false);
  const [header = '', ...rows] = r.lines;
  // text/tabwriter: each field at least 20 wide, wider when a cell needs it (cell + 3).
  const starts = PS_COLUMNS.map((label) => header.indexOf(label));
  starts.forEach((start, i) => {
    if (i === 0) expect(start).toBe(0);
    else expect(start - (starts[i - 1] ?? 0), PS_COLUMNS[i]).toBeGreaterThanOrEqual(20);
  });
  return rows.map((row) => starts.map((start, i) => row.slice(start, starts[i + 1]).trim()));
}

function inspect(c: Console, ref: string): Record<string, unknown> {
  const r = c.run(`docker inspect ${ref}`);
  expect(r.hadError).toBe(false);
  const documents = JSON.parse(r.lines.join('\n')) as Record<string, unknown>[];
  expect(documents).toHaveLength(1);
  return documents[0]!;
}

describe('docker run -it --isolation=hyperv 646d6317b02f cmd (the seed, as typed)', () => {
  const c = newConsole();
  const run = c.run('docker run -it --isolation=hyperv 646d6317b02f cmd');
  const promptInCmd = c.prompt();
  const container = c.sim.getState().containers[0]!;
  const tasklist = c.run('tasklist');
  const containersWhileAttached = c.sim.getState().containers;
  const exit = c.run('exit');

  it("prints the cmd banner and attaches: the prompt is cmd's C:\\>", () => {
    expect(run.hadError).toBe(false);
    expect(run.lines).toEqual([
      'Microsoft Windows [Version 10.0.10586]',
      '(c) 2015 Microsoft Corporation. All rights reserved.',
      '',
    ]);
    expect(promptInCmd).toBe(CMD_PROMPT);
  });

  it("makes a docker-owned Hyper-V container from the seed's image id (a Nano Server image)", () => {
    expect(container).toMatchObject({
      owner: 'docker',
      runtimeType: 'HyperV',
      image: 'NanoServer',
    });
    expect(containersWhileAttached[0]!.state).toBe('Running');
  });

  it('tasklist shows the utility VM from inside: its csrss 956 in session 1, no vmwp', () => {
    expect(tasklist.hadError).toBe(false);
    expect(tasklist.lines[1]).toMatch(/^Image Name +PID Session Name +Session# +Mem Usage$/);
    const rows = tasklist.lines.slice(3).map((l) => l.split(/\s+/));
    const csrss = rows.filter((r) => r[0] === 'csrss.exe');
    expect(csrss).toHaveLength(1);
    expect(csrss[0]![1]).toBe('956');
    expect(rows.map((r) => r[0])).not.toContain('vmwp.exe');
    expect(rows.map((r) => r[0])).toContain('cmd.exe');
  });

  it('exit ends cmd, and with it the container; PowerShell is back', () => {
    expect(exit).toMatchObject({ lines: [], hadError: false });
    expect(c.prompt()).toBe(HOST_PROMPT);
    expect(c.sim.getState().containers[0]!.state).toBe('Off');
    expect(dockerPs(c)).toEqual([]);
    const all = dockerPs(c, '-a');
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      0: container.dockerId!.slice(0, 12),
      1: '646d6317b02f',
      2: '"cmd"',
    });
    expect(all[0]?.[4]).toMatch(/^Exited \(0\) (Less than a second|\d+ seconds?) ago$/);
  });

  it('docker inspect shows HostConfig.Isolation as typed', () => {
    const doc = inspect(c, container.dockerId!.slice(0, 12));
    expect(doc.HostConfig).toMatchObject({ Isolation: 'hyperv' });
    expect(doc.Id).toBe(container.dockerId);
  });
});

describe('docker run, ps, inspect', () => {
  it.each([
    ['--isolation=hyperv', 'hyperv', 'HyperV'],
    ['--isolation=HyperV', 'HyperV', 'HyperV'],
    ['--isolation=process', 'process', 'Default'],
    ['--isolation=default', 'default', 'Default'],
    ['--isolation hyperv', 'hyperv', 'HyperV'],
    ['', '', 'Default'],
  ])('docker run -d %s: HostConfig.Isolation %j, runtime %s', (flag, isolation, runtime) => {
    const c = newConsole();
    const r = c.run(
      `docker run -d --name web ${flag} nanoserver ping -t localhost`.replace(/ +/g, ' '),
    );
    expect(r.hadError).toBe(false);
    const container = c.sim.getState().containers[0]!;
    expect(r.lines).toEqual([container.dockerId]);
    expect(container.dockerId).toMatch(/^[0-9a-f]{64}$/);
    expect(container.runtimeType).toBe(runtime);
    expect(inspect(c, 'web').HostConfig).toMatchObject({ Isolation: isolation });
    const rows = dockerPs(c);
    expect(rows).toHaveLength(1);
    expect(rows[0]![0]).toBe(container.dockerId!.slice(0, 12));
    expect(rows[0]![4]).toMatch(/^Up /);
    expect(rows[0]![6]).toBe('web');
  });

  it('a docker Hyper-V container gets a vmwp on the host; a process one shares the kernel', () => {
    const c = newConsole();
    c.run('docker run -d --name h --isolation=hyperv nanoserver ping -t localhost');
    c.run('docker run -d --name p --isolation=process nanoserver ping -t localhost');
    expect(c.ok('(Get-Process vmwp).Count').lines).toEqual(['1']);
    expect(c.ok("(get-process | where {$_.ProcessName -eq 'csrss'}).Count").lines).toEqual(['4']);
  });

  it("management planes are separate: docker's containers are not in Get-Container, PowerShell's not in docker ps", () => {
    const c = newConsole({ start: 'lab', enter: 'DEMO' });
    c.ok('exit');
    c.run('docker run -d --name web nanoserver ping -t localhost');
    expect(c.ok('Get-Container | sort Name | % Name').lines).toEqual(['DEMO', 'WINCONT']);
    expect(dockerPs(c, '-a').map((r) => r[6])).toEqual(['web']);
    expect(c.ok('Get-ComputeProcess | sort Owner | % Owner').lines).toEqual(['docker', 'VMMS']);
  });

  it('docker stop, start and rm', () => {
    const c = newConsole();
    c.run('docker run -d --name web nanoserver ping -t localhost');
    expect(c.run('docker stop web')).toMatchObject({ lines: ['web'], hadError: false });
    expect(dockerPs(c)).toEqual([]);
    expect(c.run('docker start web')).toMatchObject({ lines: ['web'], hadError: false });
    expect(dockerPs(c)).toHaveLength(1);
    const refused = c.run('docker rm web');
    expect(refused.hadError).toBe(true);
    expect(refused.lines[0]).toMatch(
      /^Error response from daemon: Conflict, You cannot remove a running container/,
    );
    expect(c.run('docker rm -f web')).toMatchObject({ lines: ['web'], hadError: false });
    expect(dockerPs(c, '-a')).toEqual([]);
  });
});

describe('docker errors', () => {
  it.each([
    [
      'a bad --isolation value (daemon-side, case kept)',
      'docker run --isolation=foo nanoserver cmd',
      [
        "docker: Error response from daemon: invalid --isolation: \"foo\". Windows supports 'default', 'process', or 'hyperv'.",
        "See 'docker run --help'.",
      ],
    ],
    [
      "the page prose's --issolation: an unknown flag",
      'docker run --issolation=hyperv nanoserver cmd',
      ['flag provided but not defined: --issolation', "See 'docker run --help'."],
    ],
    [
      'an unknown one-letter flag',
      'docker run -z nanoserver cmd',
      ['flag provided but not defined: -z', "See 'docker run --help'."],
    ],
    [
      'docker top (TP4)',
      'docker top web',
      ['Error response from daemon: Top is not supported on Windows'],
    ],
    ['an unknown image', 'docker run ubuntu', ["Unable to find image 'ubuntu:latest' locally"]],
    [
      'an en dash is not a flag to docker: it is the image',
      'docker run \u2013isolation=hyperv nanoserver cmd',
      ["Unable to find image '\u2013isolation=hyperv:latest' locally"],
    ],
    [
      'a missing image',
      'docker run',
      [
        'docker: "run" requires a minimum of 1 argument.',
        "See 'docker run --help'.",
        '',
        'Usage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
        '',
        'Run a command in a new container',
      ],
    ],
    [
      'an unknown subcommand',
      'docker frobnicate',
      ["docker: 'frobnicate' is not a docker command.", "See 'docker --help'."],
    ],
  ])('%s', (_name, line, expected) => {
    const c = newConsole();
    if (line.includes('top')) c.run('docker run -d --name web nanoserver ping -t localhost');
    const before = c.sim.getState().containers.length;
    const r = c.run(line);
    expect(r.hadError).toBe(true);
    expect(r.lines.slice(0, expected.length)).toEqual(expected);
    // docker prints its own errors, not PowerShell error records.
    expect(r.lines.join('\n')).not.toContain('FullyQualifiedErrorId');
    expect(c.sim.getState().containers.length).toBe(before);
  });

  it('docker exec into a Hyper-V container fails (TP4 known issue); into a process one it runs', () => {
    const c = newConsole();
    c.run('docker run -d --name h --isolation=hyperv nanoserver ping -t localhost');
    c.run('docker run -d --name p nanoserver ping -t localhost');
    expect(c.run('docker exec h tasklist').hadError).toBe(true);
    const ok = c.run('docker exec p tasklist');
    expect(ok.hadError).toBe(false);
    expect(ok.lines.join('\n')).toMatch(/^csrss\.exe /m);
  });

  it('a command cmd does not know', () => {
    const c = newConsole();
    c.run('docker run -it nanoserver cmd');
    const r = c.run('Get-Process');
    expect(r.hadError).toBe(true);
    expect(r.lines).toEqual([
      "'Get-Process' is not recognized as an internal or external command,",
      'operable program or batch file.',
    ]);
    expect(c.prompt()).toBe(CMD_PROMPT);
  });
});
