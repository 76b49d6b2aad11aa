// `isolab learn` as a process: --list, --check at three seeds, a failing task named, a bad
// file named, and a lesson completed in the console by typing its commands.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinLesson } from '../../src/demo/lessons/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'isolab-learn-'));

function isolab(args: string[], input = '', state = join(dir, 'state')) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'isolab.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 20_000,
    input,
    env: { ...process.env, XDG_STATE_HOME: state, LANG: 'C', LC_ALL: '' },
  });
  if (r.error) throw r.error;
  return r;
}

describe('isolab learn', () => {
  it('--list names the built-in lessons', () => {
    const r = isolab(['learn', '--list'], '', join(dir, 'empty-state'));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        'Lessons (isolab learn NAME):',
        '  isolation-basics   Isolation basics, 5 tasks',
        '  conversion         Runtime conversion, 5 tasks',
        '  internals          Internals: vmwp and compute processes, 4 tasks',
        '  networking         Networking, 5 tasks',
        '',
      ].join('\n'),
    );
  });

  it.each(['isolation-basics', 'conversion', 'internals', 'networking'])(
    '--check %s solves it at three seeds',
    (name) => {
      for (const seed of ['1', '7', '4242']) {
        const r = isolab(['learn', '--check', name, '--seed', seed]);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        expect(r.stdout).toMatch(
          new RegExp(`^isolab learn --check: ${name}: \\d+ tasks solved \\(seed ${seed}\\)\\n$`),
        );
      }
    },
  );

  it('--check names the task whose solution misses its goal', () => {
    const lesson = builtinLesson('internals');
    const tasks = lesson?.tasks.map((t, i) =>
      i === 2 ? { ...t, solution: [{ type: 'docker ps' }] } : t,
    );
    const path = join(dir, 'broken.json');
    writeFileSync(path, JSON.stringify({ ...lesson, name: 'broken', tasks }));
    const r = isolab(['learn', '--check', path]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^isolab learn --check: lesson 'broken' tasks\[2\]: after its solution, claim \{"container":"web",/,
    );
    expect(r.stderr).toMatch(
      /expected web: docker, HyperV, Running; actual no container named web\n/,
    );
  });

  it('a bad lesson file is one message naming the file and the field', () => {
    const path = join(dir, 'bad.json');
    writeFileSync(
      path,
      JSON.stringify({ ...builtinLesson('conversion'), tasks: [{ instructions: { en: 'x' } }] }),
    );
    const r = isolab(['learn', '--check', path]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `isolab: lesson '${path}': tasks[0].instructions.ko: Invalid input: expected string, received undefined\n`,
    );
    expect(isolab(['learn', '--check', 'nope']).stderr).toMatch(
      /unknown lesson 'nope' \(built in: isolation-basics, conversion, internals/,
    );
  });

  it('runs a lesson in the console: typed commands complete it, hints on :hint, progress kept', () => {
    const state = join(dir, 'typed-state');
    const lines = [
      ':hint',
      'New-Container -Name TST -ContainerImageName NanoServer -RuntimeType HyperV',
      'New-Container -Name TST2 -ContainerImageName NanoServer -RuntimeType HyperV',
      'New-Container -Name TST3 -ContainerImageName NanoServer -RuntimeType HyperV',
      'Get-Container | Start-Container',
      'Get-Container TST2 | Stop-Container',
      ':show',
      'Start-Container (Get-Container TST2)',
    ];
    const r = isolab(['learn', 'internals'], `${lines.join('\n')}\n`, state);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = r.stdout;
    expect(out).toContain('Task 1/4: Create three Hyper-V containers');
    expect(out).toContain('Hint: Get-Container | Start-Container starts every container.');
    for (const n of [1, 2, 3, 4]) expect(out).toContain(`✓ Task ${n}/4 done.`);
    // :show played task 3's solution, echoed after the prompt.
    expect(out).toContain(
      'PS C:\\> docker run -d --name web --isolation=hyperv nanoserver ping -t localhost',
    );
    expect(out).toMatch(/Lesson done in \d+s\. Hints used: 1\. Solutions shown: 1\.\n$/);
    const saved = JSON.parse(readFileSync(join(state, 'isolab', 'progress.json'), 'utf8'));
    expect(saved.lessons.internals).toMatchObject({ tasks: [0, 1, 2, 3], finished: true });
    expect(isolab(['learn', '--list'], '', state).stdout).toContain('4 tasks ✓');
  });

  it('networking: typed in other spellings than the solutions, every task completes', () => {
    const state = join(dir, 'network-state');
    const lines = [
      '$w = New-Container -Name WEB -ContainerImageName WindowsServerCore -SwitchName NAT',
      'Start-Container $w',
      '$h = New-Container -Name HVWEB -ContainerImageName NanoServer -SwitchName NAT -RuntimeType HyperV',
      'Start-Container $h',
      'Get-NetAdapter',
      'Enter-PSSession -ContainerId $h.ContainerId -RunAsAdministrator',
      'Get-NetAdapter',
      'exit',
      'Stop-Container $w',
      'docker run -it -p 80:80 --name iis windowsservercore cmd',
    ];
    const r = isolab(['learn', 'networking'], `${lines.join('\n')}\n`, state);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const n of [1, 2, 3, 4, 5]) expect(r.stdout).toContain(`✓ Task ${n}/5 done.`);
    // Inside HVWEB, Get-NetAdapter shows the utility VM's own Ethernet adapter.
    expect(r.stdout).toMatch(/\[HVWEB\]: PS C:\\> Get-NetAdapter\n\nName .*\n-+ .*\nEthernet {2}/);
    expect(r.stdout).toMatch(/Lesson done in \d+s\. Hints used: 0\. Solutions shown: 0\.\n$/);
  });
});
