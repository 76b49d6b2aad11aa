import { describe, expect, it, vi } from 'vitest';
import { Shell } from '../../src/shell/index.js';
import {
  findContainerByName,
  hostProcesses,
  processesSeenFrom,
  vmwpOf,
  type Sim,
} from '../../src/sim/index.js';
import type { DemoDriver } from '../../src/ui/state/demo-driver.js';
import { HIGHLIGHT_MS } from '../../src/ui/state/highlights.js';
import type { UiStore } from '../../src/ui/ui-store.js';
import { paneEntries } from '../../src/ui/state/selectors.js';
import { lab } from './fixtures.js';
import { uiStore } from './harness.js';
import { demoDriverDouble } from '../support/demo-doubles.js';

function setup(options: { sim?: Sim; demo?: DemoDriver; columns?: number; rows?: number } = {}) {
  return uiStore({ ...options, sim: options.sim ?? lab() });
}

const texts = (lines: readonly { text: string }[]) => lines.map((l) => l.text);
const container = (store: UiStore, name: string) =>
  findContainerByName(store.getState().host, name)!;

describe('key actions run their commands through the Shell', () => {
  it('t on the entered DEMO: exit, stop, convert, start, re-enter — echoed as run, in one update', () => {
    const { store, a, added, sim } = setup();
    const listener = vi.fn();
    store.subscribe(listener);
    const lines = added(() => a().handleKey('t', 'user'));
    expect(texts(lines)).toEqual([
      '# t: DEMO Default → HyperV',
      '[DEMO]: PS C:\\> exit',
      'PS C:\\> Stop-Container -Name DEMO',
      'PS C:\\> Set-Container -Name DEMO -RuntimeType HyperV',
      'PS C:\\> Start-Container -Name DEMO',
      'PS C:\\> Enter-PSSession -ContainerName DEMO -RunAsAdministrator',
    ]);
    expect(listener).toHaveBeenCalledTimes(1);
    const demo = container(store, 'DEMO');
    expect(demo).toMatchObject({ runtimeType: 'HyperV', state: 'Running' });
    expect(store.getState().host).toBe(sim.getState());
    expect(store.getState().host.entered?.containerId).toBe(demo.containerId);
    expect(store.getState().console.prompt).toBe('[DEMO]: PS C:\\> ');
    const host = store.getState().host;
    expect(hostProcesses(host).filter((p) => p.name === 'csrss')).toHaveLength(3);
    expect(vmwpOf(host, demo.containerId)?.userName).toBe(demo.containerId.toUpperCase());
    expect(processesSeenFrom(host, demo.containerId).find((p) => p.name === 'csrss')).toMatchObject(
      { pid: 956, sessionId: 1 },
    );
    // The rows that changed are marked in that same update.
    expect(store.getState().highlights.appeared.size).toBeGreaterThan(0);
    expect(store.getState().highlights.vanished.some((g) => g.ref.name === 'csrss')).toBe(true);
  });

  it("t again brings DEMO's csrss back to the host, in a new session ≥ 3", () => {
    const { store, a } = setup();
    a().handleKey('t', 'user');
    a().handleKey('t', 'user');
    const demo = container(store, 'DEMO');
    expect(demo.runtimeType).toBe('Default');
    const csrss = hostProcesses(store.getState().host).filter(
      (p) => p.name === 'csrss' && p.containerId === demo.containerId,
    );
    expect(csrss).toHaveLength(1);
    expect(csrss[0]!.sessionId).toBeGreaterThanOrEqual(3);
  });

  it("t on WindowsServerCore at the host prompt shows the module's refusal as the error record it is", () => {
    const { store, a, added } = setup();
    a().handleKey('x', 'user');
    const lines = added(() => a().pressKey('t', 'WINCONT'));
    expect(lines[0]?.text).toBe('# t: WINCONT Default → HyperV');
    expect(lines[1]?.text).toBe('PS C:\\> Set-Container -Name WINCONT -RuntimeType HyperV');
    const errors = lines.filter((l) => l.kind === 'error');
    expect(errors[0]?.text).toMatch(
      /^Set-Container : The runtime type of container 'WINCONT' cannot be changed/,
    );
    expect(errors.some((l) => l.text.includes('FullyQualifiedErrorId'))).toBe(true);
    expect(container(store, 'WINCONT')).toMatchObject({ runtimeType: 'Default', state: 'Off' });
  });

  it('t on WindowsServerCore inside a session runs nothing: the session stays entered (issue 12)', () => {
    const { store, a, added } = setup();
    const before = store.getState().host;
    const lines = added(() => a().pressKey('t', 'WINCONT'));
    // It used to run `exit` and then fail, leaving DEMO's session behind.
    expect(texts(lines)).toHaveLength(1);
    expect(lines[0]?.text).toMatch(
      /^# t: WINCONT Default → HyperV: nothing ran, since Set-Container -Name WINCONT -RuntimeType HyperV would fail: Set-Container : The runtime type of container 'WINCONT' cannot be changed/,
    );
    expect(store.getState().host).toBe(before);
    expect(store.getState().host.entered?.containerId).toBe(container(store, 'DEMO').containerId);
    expect(store.getState().console.prompt).toBe('[DEMO]: PS C:\\> ');
  });

  it('s, Enter and x: start/stop, enter, leave — each as commands', () => {
    const { store, a, added } = setup();
    expect(texts(added(() => a().handleKey('x', 'user')))).toEqual([
      '# x: leave the session',
      '[DEMO]: PS C:\\> exit',
    ]);
    expect(texts(added(() => a().handleKey('x', 'user')))).toEqual(['# no session is entered']);
    a().handleKey('down', 'user');
    expect(store.getState().selectedContainerId).toBe(container(store, 'WINCONT').containerId);
    expect(texts(added(() => a().handleKey('s', 'user')))).toEqual([
      '# s: start WINCONT',
      'PS C:\\> Start-Container -Name WINCONT',
    ]);
    expect(texts(added(() => a().handleKey('enter', 'user')))).toEqual([
      '# Enter: enter WINCONT',
      'PS C:\\> Enter-PSSession -ContainerName WINCONT -RunAsAdministrator',
    ]);
    expect(texts(added(() => a().handleKey('enter', 'user')))).toEqual([
      '# already in the session of WINCONT',
    ]);
    expect(texts(added(() => a().handleKey('s', 'user')))).toEqual([
      '# s: stop WINCONT',
      '[WINCONT]: PS C:\\> exit',
      'PS C:\\> Stop-Container -Name WINCONT',
    ]);
  });

  it('n opens a form; Enter runs New-Container and selects the new container', () => {
    const { store, a, added } = setup();
    a().pressKey('n');
    expect(store.getState().overlay).toMatchObject({
      kind: 'new-container',
      name: 'CON1',
      field: 0,
    });
    for (const key of ['backspace', 'backspace', 'backspace', 'backspace', 'H', 'Y', 'P'])
      a().pressKey(key);
    a().pressKey('tab');
    a().pressKey('tab');
    a().pressKey('right');
    const lines = added(() => a().pressKey('enter'));
    expect(texts(lines).slice(0, 3)).toEqual([
      '# n: new container HYP',
      '[DEMO]: PS C:\\> exit',
      'PS C:\\> New-Container -Name HYP -ContainerImageName NanoServer -RuntimeType HyperV',
    ]);
    // New-Container writes the container it made, as PowerShell does.
    expect(texts(lines)).toContain('HYP  Off   00:00:00 NanoServer');
    expect(store.getState().overlay).toBeNull();
    expect(container(store, 'HYP')).toMatchObject({ runtimeType: 'HyperV', state: 'Off' });
    expect(store.getState().selectedContainerId).toBe(container(store, 'HYP').containerId);
  });

  it('d asks first, No by default; y removes', () => {
    const { store, a, added } = setup();
    a().pressKey('d', 'WINCONT');
    expect(store.getState().overlay).toMatchObject({ kind: 'confirm-remove', yes: false });
    expect(added(() => a().pressKey('enter'))).toEqual([]);
    expect(store.getState().overlay).toBeNull();
    a().pressKey('d');
    const lines = added(() => a().pressKey('y'));
    expect(texts(lines).slice(-1)).toEqual(['PS C:\\> Remove-Container -Name WINCONT -Force']);
    expect(findContainerByName(store.getState().host, 'WINCONT')).toBeUndefined();
  });
});

describe('the console', () => {
  it('runs typed lines, keeps history, recalls it with ↑↓', () => {
    const { store, a, added } = setup();
    a().pressKey(':');
    expect(store.getState().focus).toBe('console');
    a().typeText('Get-Process csrss');
    const lines = added(() => a().submitConsole());
    expect(lines[0]).toMatchObject({ kind: 'command', text: '[DEMO]: PS C:\\> Get-Process csrss' });
    expect(lines.some((l) => /\s6528\s+3 csrss$/.test(l.text))).toBe(true);
    a().typeText('exit');
    a().pressKey('enter');
    a().typeText('draft');
    a().pressKey('up');
    expect(store.getState().console.input).toBe('exit');
    a().pressKey('up');
    expect(store.getState().console.input).toBe('Get-Process csrss');
    a().pressKey('up');
    expect(store.getState().console.input).toBe('Get-Process csrss');
    a().pressKey('down');
    a().pressKey('down');
    expect(store.getState().console.input).toBe('draft');
  });

  it('docker run -it … cmd selects the container it attaches to: the Session pane shows that cmd', () => {
    const { store, a } = setup();
    a().pressKey(':');
    for (const line of ['exit', 'docker run -it --name probe --isolation=hyperv nanoserver cmd']) {
      a().typeText(line);
      a().submitConsole();
    }
    const probe = container(store, 'probe');
    expect(store.getState().console.prompt).toBe('C:\\>');
    expect(store.getState().selectedContainerId).toBe(probe.containerId);
    const session = paneEntries(store.getState(), 'session').map((e) => e.process?.name);
    expect(session).toContain('cmd');
    expect(session).toContain('csrss');
    // Leaving the cmd keeps the selection; a command that attaches nothing moves nothing.
    a().typeText('exit');
    a().submitConsole();
    a().typeText('Get-Container');
    a().submitConsole();
    expect(store.getState().selectedContainerId).toBe(probe.containerId);
  });

  it('docker run -it … powershell selects its container too; exit stops it (Q10)', () => {
    const { store, a } = setup();
    a().pressKey(':');
    for (const line of ['exit', 'docker run -it --name ps1 windowsservercore powershell']) {
      a().typeText(line);
      a().submitConsole();
    }
    const ps1 = container(store, 'ps1');
    expect(store.getState().console.prompt).toBe('PS C:\\> ');
    expect(store.getState().selectedContainerId).toBe(ps1.containerId);
    const session = paneEntries(store.getState(), 'session').map((e) => e.process?.name);
    expect(session).toContain('powershell');
    a().typeText('exit');
    a().submitConsole();
    expect(container(store, 'ps1').state).toBe('Off');
  });

  it('completes with Tab and cycles with more Tabs', () => {
    const { store, a } = setup();
    a().pressKey(':');
    a().typeText('exit');
    a().pressKey('enter');
    a().typeText('Start-Container -Name ');
    a().pressKey('tab');
    expect(store.getState().console.input).toBe('Start-Container -Name DEMO');
    a().pressKey('tab');
    expect(store.getState().console.input).toBe('Start-Container -Name WINCONT');
    a().pressKey('shift+tab');
    expect(store.getState().console.input).toBe('Start-Container -Name DEMO');
  });

  it('runs each line of a paste', () => {
    const { store, a, added } = setup();
    const lines = added(() => a().typeText('exit\r\nGet-Container\nGet-Con'));
    expect(lines.filter((l) => l.kind === 'command').map((l) => l.text)).toEqual([
      '[DEMO]: PS C:\\> exit',
      'PS C:\\> Get-Container',
    ]);
    expect(store.getState().console.input).toBe('Get-Con');
  });

  it('letters typed while the console has the keys are text, not shortcuts', () => {
    const { store, a } = setup();
    a().pressKey(':');
    a().pressKey('q');
    a().pressKey('t');
    expect(store.getState().exitCode).toBeNull();
    expect(store.getState().console.input).toBe('qt');
    expect(container(store, 'DEMO').runtimeType).toBe('Default');
    a().handleKey('escape', 'user');
    expect(store.getState().focus).toBe('containers');
  });

  it('says what exit at the host prompt would do instead of closing', () => {
    const { store, a, added } = setup();
    a().runLine('exit');
    const lines = added(() => a().runLine('exit'));
    expect(texts(lines)).toEqual([
      'PS C:\\> exit',
      '# exit at the host prompt would close PowerShell; q quits isolab',
    ]);
    expect(store.getState().exitCode).toBeNull();
  });

  it('clears on cls', () => {
    const { store, a } = setup();
    a().runLine('cls');
    expect(store.getState().console.lines).toEqual([]);
  });
});

describe('keys that arrive together', () => {
  it('are keys one by one in the panes, and text once a key opens a field', () => {
    const { store, a, added } = setup();
    a().handleInput('2/vmwp');
    expect(store.getState().focus).toBe('host');
    expect(store.getState().panes.host.filter).toBe('vmwp');
    expect(store.getState().filterEdit?.pane).toBe('host');
    a().handleKey('escape', 'user');
    const lines = added(() => a().handleInput(':Get-Process csrss\r'));
    expect(lines[0]?.text).toBe('[DEMO]: PS C:\\> Get-Process csrss');
    expect(store.getState().focus).toBe('console');
  });

  it('are typed into the text field that already has the keyboard, not taken as keys', () => {
    const { store, a } = setup();
    a().pressKey(':');
    a().handleInput('tq');
    expect(store.getState().console.input).toBe('tq');
    expect(store.getState().exitCode).toBeNull();
  });

  it('work the keymap in order, Esc read with the next key included', () => {
    const { store, a } = setup();
    a().handleInput('2/x\x1b/c');
    expect(store.getState().panes.host.filter).toBe('c');
    a().handleInput('\x1b');
    a().handleInput('\x1b1tq');
    expect(container(store, 'DEMO').runtimeType).toBe('HyperV');
    expect(store.getState().exitCode).toBe(0);
  });
});

describe('views', () => {
  it('filters the focused process pane with /, keeps it with Enter, clears it with Esc', () => {
    const { store, a } = setup();
    a().pressKey('2');
    a().pressKey('/');
    for (const key of ['c', 's', 'r']) a().pressKey(key);
    expect(store.getState().panes.host.filter).toBe('csr');
    expect(paneEntries(store.getState(), 'host').map((e) => e.pid)).toEqual([532, 608, 3484, 6528]);
    a().pressKey('enter');
    expect(store.getState().filterEdit).toBeNull();
    expect(store.getState().panes.host.filter).toBe('csr');
    a().pressKey('escape');
    expect(store.getState().panes.host.filter).toBe('');
  });

  it('Esc while typing a filter puts the old one back', () => {
    const { store, a } = setup();
    a().pressKey('3');
    a().pressKey('/');
    a().pressKey('x');
    a().pressKey('escape');
    expect(store.getState().panes.session.filter).toBe('');
    expect(store.getState().focus).toBe('session');
  });

  it('moves, pages and jumps within the list; c and o change every process pane', () => {
    const { store, a } = setup({ rows: 24, columns: 80 });
    a().pressKey('2');
    a().pressKey('j');
    a().pressKey('pagedown');
    expect(store.getState().panes.host.cursor).toBe(1 + 11);
    a().pressKey('end');
    const count = paneEntries(store.getState(), 'host').length;
    expect(store.getState().panes.host.cursor).toBe(count - 1);
    expect(store.getState().panes.host.top).toBe(count - 12);
    a().pressKey('home');
    expect(store.getState().panes.host).toMatchObject({ cursor: 0, top: 0 });
    a().pressKey('c');
    expect(paneEntries(store.getState(), 'host')).toHaveLength(4);
    expect(paneEntries(store.getState(), 'session')).toHaveLength(1);
    a().pressKey('o');
    expect(store.getState().sort).toBe('name');
  });

  it('Tab and Shift+Tab go round the panes; 1–4 jump', () => {
    const { store, a } = setup();
    const focus = () => store.getState().focus;
    a().handleKey('tab', 'user');
    expect(focus()).toBe('host');
    a().handleKey('shift+tab', 'user');
    a().handleKey('shift+tab', 'user');
    expect(focus()).toBe('console');
    a().handleKey('escape', 'user');
    expect(focus()).toBe('containers');
    a().handleKey('3', 'user');
    expect(focus()).toBe('session');
  });

  it('? and F1 open and close the help; q closes it rather than quitting', () => {
    const { store, a } = setup({ rows: 24, columns: 80 });
    a().handleKey('f1', 'user');
    expect(store.getState().overlay?.kind).toBe('help');
    a().handleKey('pagedown', 'user');
    expect(store.getState().overlay).toMatchObject({ kind: 'help', scroll: expect.any(Number) });
    expect((store.getState().overlay as { scroll: number }).scroll).toBeGreaterThan(0);
    a().handleKey('q', 'user');
    expect(store.getState().overlay).toBeNull();
    expect(store.getState().exitCode).toBeNull();
  });

  it('does nothing, and tells no one, for a key bound to nothing', () => {
    const { store, a } = setup();
    const listener = vi.fn();
    store.subscribe(listener);
    a().handleKey('w', 'user');
    a().handleKey('%', 'user'); // A capital or $ opens the console (key-dispatch.ts).
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('quitting, the clock, demo mode', () => {
  it('q quits with 0, Ctrl+C with 130, from anywhere', () => {
    const one = setup();
    one.a().handleKey('q', 'user');
    expect(one.store.getState().exitCode).toBe(0);
    const two = setup();
    two.a().pressKey(':');
    two.a().handleKey('ctrl+c', 'user');
    expect(two.store.getState().exitCode).toBe(130);
  });

  it('a tick drifts the counters and lets old marks fade, in one update', () => {
    const { store, a, clock } = setup();
    a().handleKey('t', 'user');
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.getState().host.now;
    a().tick();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getState().host.now).toBeGreaterThan(before);
    expect(store.getState().highlights.appeared.size).toBeGreaterThan(0);
    clock.advance(HIGHLIGHT_MS);
    a().tick();
    expect(store.getState().highlights.appeared.size).toBe(0);
    expect(store.getState().highlights.vanished).toHaveLength(0);
  });

  it("in playback the keyboard drives the player, while the script's keys act as a user's would", () => {
    const demo: DemoDriver = demoDriverDouble();
    const { store, a } = setup({ demo });
    const keys: Array<[string, keyof DemoDriver]> = [
      ['space', 'togglePlay'],
      ['.', 'step'],
      [']', 'nextChapter'],
      ['[', 'previousChapter'],
      ['+', 'faster'],
      ['-', 'slower'],
      ['r', 'restart'],
    ];
    for (const [key, method] of keys) {
      a().handleKey(key, 'user');
      expect(demo[method]).toHaveBeenCalledTimes(1);
    }
    a().handleKey('t', 'user');
    expect(container(store, 'DEMO').runtimeType).toBe('Default');
    a().pressKey('t');
    expect(container(store, 'DEMO').runtimeType).toBe('HyperV');
    a().setNarration('Watch the host pane');
    a().setSpotlight('host');
    a().handleKey('i', 'user');
    expect(demo.takeOver).toHaveBeenCalledTimes(1);
    expect(store.getState()).toMatchObject({
      demo: 'taken-over',
      narration: null,
      spotlight: null,
      focus: 'console',
    });
    a().handleKey('escape', 'user');
    a().handleKey('t', 'user');
    expect(container(store, 'DEMO').runtimeType).toBe('Default');
  });

  it('reset gives a clean console and view, with a new shell when given one', () => {
    const { store, a, sim } = setup();
    a().pressKey('2');
    a().runLine('$x = 1');
    const shell = new Shell({ sim });
    a().reset({ shell });
    expect(store.getState().console.lines).toEqual([]);
    expect(store.getState().console.history).toEqual([]);
    expect(store.getState().focus).toBe('containers');
    a().runLine('$x');
    expect(store.getState().console.lines.map((l) => l.text)).toEqual(['[DEMO]: PS C:\\> $x']);
  });
});
