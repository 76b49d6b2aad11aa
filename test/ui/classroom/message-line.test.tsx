// Issue 12: a key's outcome shows on the bottom line whatever pane is visible, for
// MESSAGE_MS on the injected clock; a key whose commands would fail runs none of them, so
// the entered session stays; the remove dialog says what Yes does.
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { findContainerByName } from '../../../src/sim/index.js';
import { MESSAGE_MS } from '../../../src/ui/state/message.js';
import { DONE_MARK, FAILED_MARK } from '../../../src/ui/text/marks.js';
import { renderDashboard, settle, uiStore } from '../harness.js';

afterEach(() => cleanup());

describe('the message line', () => {
  it('at 60×20 with the Host pane shown, t on ServerCore says why it failed', async () => {
    const view = renderDashboard({ columns: 60, rows: 20 });
    // Leave DEMO's session, select WINCONT, show the Host pane.
    await view.keys('x', 'j', '2', 't');
    const screen = await view.screen();
    expect(screen[0]).toMatch(/2 Host/);
    expect(screen[18]).toMatch(
      new RegExp(`^ ${FAILED_MARK} t: WINCONT Default → HyperV: Set-Container : The runtime`),
    );
    expect(findContainerByName(view.sim.getState(), 'WINCONT')?.runtimeType).toBe('Default');
  });

  it('says what ran, then gives the line back to the hints after MESSAGE_MS', async () => {
    const view = renderDashboard({ columns: 80, rows: 24 });
    await view.keys('j', 's');
    const line = (await view.screen())[22];
    expect(line).toMatch(
      new RegExp(`^ ${DONE_MARK} s: start WINCONT · ran: exit; Start-Container`),
    );
    view.clock.advance(MESSAGE_MS - 1000);
    await settle(20);
    expect((await view.screen())[22]).toContain(DONE_MARK);
    view.clock.advance(1000);
    await view.until('Tab pane');
    expect((await view.screen())[22]).not.toContain(DONE_MARK);
  });

  it("a script's key (a demo step) leaves the line alone", () => {
    const { store, a } = uiStore();
    a().pressKey('s', 'WINCONT');
    expect(store.getState().message).toBeNull();
    a().handleKey('o', 'user');
    expect(store.getState().message?.text).toMatch(/^sorted by name ▲/);
  });
});

describe('a key that would fail changes nothing (the entered session included)', () => {
  it('Enter on a stopped container inside DEMO stays in DEMO', () => {
    const { store, a, added, sim } = uiStore();
    const before = sim.getState();
    a().handleKey('down', 'user');
    const lines = added(() => a().handleKey('enter', 'user'));
    expect(lines.map((l) => l.text)).toEqual([
      expect.stringMatching(
        /^# Enter: enter WINCONT: nothing ran, since Enter-PSSession -ContainerName WINCONT -RunAsAdministrator would fail: /,
      ),
    ]);
    expect(sim.getState()).toBe(before);
    expect(store.getState().console.prompt).toBe('[DEMO]: PS C:\\> ');
    expect(store.getState().message?.failed).toBe(true);
  });

  it('n for a Hyper-V ServerCore container stays in DEMO and says why', () => {
    const { store, a, sim } = uiStore();
    a().handleKey('n', 'user');
    for (const key of ['tab', 'right', 'tab', 'right']) a().handleKey(key, 'user');
    a().handleKey('enter', 'user');
    // It used to run `exit` first, then New-Container failed: the session was gone.
    expect(sim.getState().entered?.containerId).toBe(
      findContainerByName(sim.getState(), 'DEMO')?.containerId,
    );
    expect(sim.getState().containers).toHaveLength(2);
    expect(store.getState().message).toMatchObject({ failed: true });
    expect(store.getState().message?.text).toMatch(/^n: new container CON1: New-Container : /);
  });

  it('n that works leaves the session and makes the container, as before', () => {
    const { a, sim } = uiStore();
    a().handleKey('n', 'user');
    a().handleKey('enter', 'user');
    expect(findContainerByName(sim.getState(), 'CON1')).toBeDefined();
    expect(sim.getState().entered).toBeNull();
  });
});

describe('the remove dialog', () => {
  it('says that Yes stops a running container, then removes it', async () => {
    const view = renderDashboard({ columns: 80, rows: 24 });
    await view.keys('d');
    const text = (await view.screen()).join('\n');
    expect(text).toContain('Remove container DEMO?');
    expect(text).toContain('→ exit; Stop-Container -Name DEMO; Remove-Container -Name DEMO -Force');
    expect(text).toMatch(/DEMO is running: Yes stops it, then removes it/);
    expect(text).not.toMatch(/refuses/);
    await view.keys('y');
    expect(findContainerByName(view.sim.getState(), 'DEMO')).toBeUndefined();
    expect(view.store.getState().message?.text).toMatch(/^d: remove DEMO · ran: /);
  });
});
