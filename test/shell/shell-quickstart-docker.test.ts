// The docker quick start's everyday commands at TP4's 1.10.0-dev: images, commit, rmi, tag,
// history, info, version, logs, inspect -f, ps COMMAND and PORTS, native arguments, and the
// verbs the lab does not simulate (docs/fidelity-notes.md I8–I10, N11, Q2–Q6).
import { describe, expect, it } from 'vitest';
import { UNSIMULATED_DOCKER_VERBS } from '../../src/shell/docker/docker-info.js';
import { newConsole } from './shell-harness.js';

const squash = (line: string) => line.trim().split(/\s{2,}/);

describe('docker images -q, --no-trunc and REPOSITORY[:TAG] (I12)', () => {
  const c = newConsole();
  const rows = c.ok('docker images').lines.slice(1).map(squash);
  it("-q prints each row's id, one per repository:tag, as the table would", () => {
    expect(c.ok('docker images -q').lines).toEqual(rows.map((r) => r[2]));
    expect(c.ok('docker images --quiet nanoserver').lines).toEqual([
      '8572198a60f1',
      '8572198a60f1',
    ]);
  });
  it('a repository lists its tags; repository:tag the one; --no-trunc the full id', () => {
    const nano = c.ok('docker images nanoserver').lines.slice(1).map(squash);
    expect(nano.map((r) => `${r[0]}:${r[1]}`)).toEqual([
      'nanoserver:10.0.10586.0',
      'nanoserver:latest',
    ]);
    expect(c.ok('docker images windowsservercore:latest').lines).toHaveLength(2);
    expect(c.ok('docker images --no-trunc -q nanoserver:latest').lines).toEqual([
      c.sim.getState().images.find((i) => i.name === 'NanoServer')!.dockerFullId,
    ]);
    expect(c.ok('docker images nosuch').lines).toHaveLength(1);
  });
  it('docker rmi $(docker images -q X) removes X', () => {
    c.ok('docker run --name base windowsservercore cmd', 'docker commit base x');
    expect(c.ok('docker rmi $(docker images -q x)').lines[0]).toBe('Untagged: x:latest');
    expect(c.ok('docker images -q x').lines).toEqual([]);
  });
  it('refuses a flag it does not know and a second argument, as docker does', () => {
    expect(c.fails('docker images --digest').lines[0]).toBe(
      'flag provided but not defined: --digest',
    );
    expect(c.fails('docker images a b').lines[0]).toBe(
      'docker: "images" requires a maximum of 1 argument.',
    );
  });
});

describe('docker commit / images / tag / history / rmi (I8, I9: MI, D-QS)', () => {
  const c = newConsole();
  c.ok('docker run --name iisbase windowsservercore cmd');
  const commit = c.ok('docker commit iisbase windowsservercoreiis');
  const images = c.ok('docker images').lines;
  it('docker commit prints the new image 64-hex id (D-QS)', () => {
    expect(commit.lines).toHaveLength(1);
    expect(commit.lines[0]).toMatch(/^[0-9a-f]{64}$/);
  });
  it('docker images lists it first as windowsservercoreiis latest, its 12-hex id', () => {
    expect(images[0]).toMatch(/^REPOSITORY\s+TAG\s+IMAGE ID\s+CREATED\s+VIRTUAL SIZE$/);
    const [repo, tag, id, , size] = squash(images[1] ?? '');
    expect([repo, tag, id]).toEqual([
      'windowsservercoreiis',
      'latest',
      commit.lines[0]!.slice(0, 12),
    ]);
    expect(size).toMatch(/^\d+(\.\d+)? MB$/);
    expect(images.join('\n')).toMatch(/nanoserver\s+latest\s+8572198a60f1/);
  });
  it('docker history shows the new layer, CREATED BY its container command, then its parent', () => {
    const rows = c.ok('docker history windowsservercoreiis').lines;
    expect(rows[0]).toMatch(/^IMAGE\s+CREATED\s+CREATED BY\s+SIZE\s+COMMENT$/);
    expect(squash(rows[1]!)[0]).toBe(commit.lines[0]!.slice(0, 12));
    expect(rows[1]).toMatch(/cmd/);
    expect(squash(rows[2]!)[0]).toBe('6801d964fda5');
  });
  it('docker tag adds a name; docker rmi by that tag only untags (I9)', () => {
    expect(c.ok('docker tag windowsservercoreiis demo/iis:v1').lines).toEqual([]);
    expect(c.ok('docker images').lines.join('\n')).toMatch(/demo\/iis\s+v1/);
    expect(c.ok('docker rmi demo/iis:v1').lines).toEqual(['Untagged: demo/iis:v1']);
  });
  it('docker rmi refuses while a container uses the image, then deletes it (I4, I9)', () => {
    c.ok('docker run --name fromiis windowsservercoreiis cmd');
    const refused = c.fails('docker rmi windowsservercoreiis');
    expect(refused.lines[0]).toMatch(/^Error response from daemon: /);
    expect(refused.lines.at(-1)).toBe('Error: failed to remove images: [windowsservercoreiis]');
    c.ok('docker rm fromiis');
    const removed = c.ok('docker rmi windowsservercoreiis').lines;
    expect(removed[0]).toBe('Untagged: windowsservercoreiis:latest');
    expect(removed[1]).toBe(`Deleted: ${commit.lines[0]}`);
  });
  it('docker commit of a running container is refused (I3)', () => {
    c.ok('docker run -d --name up nanoserver ping -t localhost');
    expect(c.fails('docker commit up x').lines[0]).toMatch(/^Error response from daemon: /);
  });
});

describe('docker version and info (Q2: reference outputs, 59a341e)', () => {
  const c = newConsole();
  it('version has Go version go1.5.1, Git commit 59a341e and Built, for client and server', () => {
    const lines = c.ok('docker version').lines;
    expect(lines.filter((l) => l === ' Go version:   go1.5.1')).toHaveLength(2);
    expect(lines.filter((l) => l === ' Git commit:   59a341e')).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith(' Built:        '))).toHaveLength(2);
    expect(lines[0]).toBe('Client:');
    expect(lines).toContain('Server:');
  });
  it('info has the TP4 lines in order, counting docker containers and images', () => {
    c.ok('docker run --name one nanoserver cmd');
    const lines = c.ok('docker info').lines;
    expect(lines[0]).toBe('Containers: 1');
    expect(lines[1]).toBe('Images: 2');
    for (const line of [
      'Server Version: 1.10.0-dev',
      'Storage Driver: windowsfilter',
      // Trailing spaces as docker printed them (api/client/info.go, the driver's Name()).
      ' Windows: ',
      'Execution Driver: ',
      ' Build: 1.10.0-dev 59a341e ',
      ' Default Isolation: process',
      ' Init SHA1: ',
      'Operating System: Windows Server 2016 Technical Preview 4',
      ' Docker Root Dir: C:\\ProgramData\\docker',
    ])
      expect(lines).toContain(line);
    expect(lines.join('\n')).not.toMatch(/Plugins|OSType|Architecture/);
    // Go's RFC3339Nano: no fraction for a whole second (daemon/info.go at 59a341e).
    expect(lines.find((l) => l.startsWith(' System Time: '))).toMatch(
      /^ System Time: 2015-11-19T\d\d:\d\d:\d\dZ$/,
    );
  });
});

describe('docker inspect -f / --format (Q5: Go template field paths)', () => {
  const c = newConsole();
  c.ok('docker run -d --name web --isolation=hyperv nanoserver ping -t localhost');
  c.ok('docker run -d --name plain nanoserver ping -t localhost');
  const rows: [string, string[]][] = [
    ["docker inspect -f '{{.HostConfig.Isolation}}' web", ['hyperv']],
    ["docker inspect --format='{{.HostConfig.Isolation}}' web", ['hyperv']],
    ["docker inspect -f '{{.HostConfig.Isolation}}' plain", ['']],
    [
      "docker inspect -f 'name={{.Name}} running={{.State.Running}}' web",
      ['name=/web running=true'],
    ],
    ["docker inspect -f '{{.Nope}}' web", ['<no value>']],
    ["docker inspect -f '{{.HostConfig.Isolation}}' web plain", ['hyperv', '']],
  ];
  it.each(rows)('%s', (line, expected) => {
    expect(c.ok(line).lines).toEqual(expected);
  });
});

describe('docker ps: COMMAND cut the TP4 way, PORTS from -p (Q6, N11)', () => {
  const c = newConsole();
  c.ok('docker run -d -p 80:80 --name web windowsservercore ping -t localhost -n 1000');
  const ps = c.ok('docker ps').lines;
  it('COMMAND is the first 20 characters, quoted, no ellipsis', () => {
    expect(ps[1]).toContain('"ping -t localhost -n"');
  });
  it('PORTS shows 0.0.0.0:80->80/tcp (D-QS)', () => {
    expect(ps[1]).toContain('0.0.0.0:80->80/tcp');
  });
  it('a second container on the same host port is refused', () => {
    const r = c.fails('docker run -d -p 80:80 windowsservercore cmd');
    expect(r.lines[0]).toMatch(/port is already allocated/);
  });
  it('a malformed -p is refused with docker usage', () => {
    expect(c.fails('docker run -p 80:x nanoserver cmd').lines.at(-1)).toBe(
      "See 'docker run --help'.",
    );
  });
});

describe('native arguments: each array element its own argument (MC)', () => {
  it('docker stop $(docker ps -q) stops them all, one id per line', () => {
    const c = newConsole();
    c.ok(
      'docker run -d --name a nanoserver ping -t localhost',
      'docker run -d --name b nanoserver ping -t localhost',
    );
    const ids = c.ok('docker ps -q').lines;
    const r = c.ok('docker stop $(docker ps -q)');
    expect(r.lines).toEqual(ids);
    expect(c.ok('docker ps -q').lines).toEqual([]);
    expect(c.ok('docker rm $(docker ps -a -q)').lines).toHaveLength(2);
  });
  it('an empty result passes nothing: docker says stop needs an argument, then its usage', () => {
    const c = newConsole();
    const r = c.fails('docker stop $(docker ps -q)');
    // mflag's ParseFlags: ReportError, then ShortUsage (pkg/mflag/flag.go, cli/cli.go at
    // 59a341e; the tab after Usage: as the console shows it).
    expect(r.lines).toEqual([
      'docker: "stop" requires a minimum of 1 argument.',
      "See 'docker stop --help'.",
      '',
      'Usage:  docker stop [OPTIONS] CONTAINER [CONTAINER...]',
      '',
      'Stop a running container.',
      'Sending SIGTERM and then SIGKILL after a grace period',
    ]);
  });
  it.each([
    ['docker commit', '"commit" requires a minimum of 1 argument.', 'CONTAINER [REPOSITORY[:TAG]]'],
    ['docker commit a b c', '"commit" requires a maximum of 2 arguments.', 'CONTAINER'],
    ['docker tag x', '"tag" requires 2 arguments.', 'IMAGE[:TAG] '],
    ['docker history', '"history" requires 1 argument.', 'IMAGE'],
    ['docker logs', '"logs" requires 1 argument.', 'CONTAINER'],
    ['docker inspect', '"inspect" requires a minimum of 1 argument.', 'CONTAINER|IMAGE '],
  ])('%s: the count error, then Usage: docker VERB [OPTIONS] …', (line, error, synopsis) => {
    const r = newConsole().fails(line);
    expect(r.lines[0]).toBe(`docker: ${error}`);
    const verb = line.split(' ')[1]!;
    expect(r.lines[3]).toMatch(new RegExp(`^Usage:  docker ${verb} \\[OPTIONS\\] `));
    expect(r.lines[3]).toContain(synopsis);
    expect(r.lines[4]).toBe('');
    expect(r.lines[5]).toMatch(/^[A-Z]/);
  });
  it('a flag error gets no usage lines', () => {
    expect(newConsole().fails('docker ps -x').lines).toEqual([
      'flag provided but not defined: -x',
      "See 'docker ps --help'.",
    ]);
  });
});

describe('docker logs (Q3)', () => {
  const c = newConsole();
  c.ok('docker run --name hi nanoserver cmd /c echo hello');
  it('prints what the command wrote', () => {
    expect(c.ok('docker logs hi').lines).toEqual(['hello']);
  });
  it('an unknown container is an error', () => {
    expect(c.fails('docker logs nope').lines).toEqual(['Error: No such container: nope']);
  });
});

describe('docker 1.10 verbs the lab does not simulate (Q4)', () => {
  it.each(UNSIMULATED_DOCKER_VERBS)('docker %s says so, never "not a docker command"', (verb) => {
    const c = newConsole();
    const r = c.fails(`docker ${verb} x`);
    expect(r.lines.join('\n')).not.toMatch(/is not a docker command/);
    expect(r.lines[0]).toBe(
      `isolab: 'docker ${verb}' is a docker 1.10 command, but the lab does not simulate it.`,
    );
  });
  it('a verb docker never had is still "not a docker command"', () => {
    expect(newConsole().fails('docker frobnicate').lines[0]).toBe(
      "docker: 'frobnicate' is not a docker command.",
    );
  });
});

describe('docker lifecycle as TP4 docker 1.10.0-dev (D-QS, Q10)', () => {
  it('exit from docker exec … cmd leaves the container running', () => {
    const c = newConsole();
    c.ok('docker run -d --name svc windowsservercore ping -t localhost');
    c.ok('docker exec -it svc cmd');
    expect(c.prompt()).toBe('C:\\>');
    c.run('exit');
    expect(c.prompt()).toBe('PS C:\\> ');
    expect(c.sim.getState().containers.find((x) => x.name === 'svc')?.state).toBe('Running');
  });
  it('exit from the cmd docker run attached still stops that container', () => {
    const c = newConsole();
    c.ok('docker run -it --name main windowsservercore cmd');
    c.run('exit');
    expect(c.sim.getState().containers.find((x) => x.name === 'main')?.state).toBe('Off');
  });
  it('docker run IMAGE cmd /c echo hi prints hi and the container exits', () => {
    const c = newConsole();
    expect(c.ok('docker run --name once nanoserver cmd /c echo hi').lines).toEqual(['hi']);
    expect(c.sim.getState().containers.find((x) => x.name === 'once')?.state).toBe('Off');
  });
});
