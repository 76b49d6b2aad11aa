// `t` plays its steps a beat apart (issue 12): each command its own commit, on the fake
// clock; a key during the steps finishes them first; a script's `t` runs them at once.
import { describe, expect, it, vi } from 'vitest';
import { findContainerByName, hostProcesses, vmwpOf } from '../../../src/sim/index.js';
import { TOGGLE_STEP_MS } from '../../../src/ui/actions/toggle-animation.js';
import type { UiStore } from '../../../src/ui/ui-store.js';
import { lab } from '../fixtures.js';
import { uiStore } from '../harness.js';

const demo = (store: UiStore) => findContainerByName(store.getState().host, 'DEMO')!;
/** What a frame of the lesson shows: DEMO's state and runtime, its csrss and vmwp on the host. */
function seen(store: UiStore) {
  const host = store.getState().host;
  const d = demo(store);
  return {
    state: d.state,
    runtime: d.runtimeType,
    csrssOnHost: hostProcesses(host).some(
      (p) => p.name === 'csrss' && p.containerId === d.containerId,
    ),
    vmwp: vmwpOf(host, d.containerId) !== undefined,
    entered: host.entered?.containerId === d.containerId,
  };
}

function setup() {
  const made = uiStore({ sim: lab(), stepwiseToggle: true });
  const frames: Array<ReturnType<typeof seen>> = [];
  made.store.subscribe(() => frames.push(seen(made.store)));
  return { ...made, frames };
}

describe('t, step by step', () => {
  it('one commit per command, a beat apart: csrss leaves, the runtime changes, the vmwp arrives, the prompt enters', () => {
    const { a, clock, frames, store } = setup();
    a().handleKey('t', 'user');
    expect(frames).toHaveLength(1); // `exit` only: DEMO still runs with its csrss on the host
    expect(frames[0]).toMatchObject({ state: 'Running', csrssOnHost: true, entered: false });
    clock.advance(TOGGLE_STEP_MS - 1);
    expect(frames).toHaveLength(1); // not before the beat
    for (let beat = 0; beat < 4; beat++) clock.advance(TOGGLE_STEP_MS);
    expect(frames).toEqual([
      { state: 'Running', runtime: 'Default', csrssOnHost: true, vmwp: false, entered: false },
      { state: 'Off', runtime: 'Default', csrssOnHost: false, vmwp: false, entered: false },
      { state: 'Off', runtime: 'HyperV', csrssOnHost: false, vmwp: false, entered: false },
      { state: 'Running', runtime: 'HyperV', csrssOnHost: false, vmwp: true, entered: false },
      { state: 'Running', runtime: 'HyperV', csrssOnHost: false, vmwp: true, entered: true },
    ]);
    expect(store.getState().toggleSteps).toBeNull();
    expect(store.getState().selectedContainerId).toBe(demo(store).containerId);
    expect(clock.pendingTimers()).toBe(0); // no beat left behind
  });

  it('a key during the steps finishes them first, then acts on the end state (nothing typed is lost)', () => {
    const { a, clock, store } = setup();
    a().handleKey('t', 'user');
    clock.advance(TOGGLE_STEP_MS);
    a().handleInput(':Get-Container');
    expect(seen(store)).toMatchObject({ runtime: 'HyperV', vmwp: true, entered: true });
    expect(store.getState().console.input).toBe('Get-Container');
    expect(store.getState().toggleSteps).toBeNull();
    expect(clock.pendingTimers()).toBe(0);
    const echoed = store.getState().console.lines.map((l) => l.text);
    expect(echoed.filter((l) => l.includes('Start-Container -Name DEMO'))).toHaveLength(1);
  });

  it('a key after t in the same read (a burst, a paste) also waits for the steps', () => {
    // `ts` in one read used to start DEMO between t's stop and its Set-Container, so the
    // beat's Set-Container failed on a running container and t put everything back.
    const { a, clock, store } = setup();
    a().handleInput('ts');
    expect(store.getState().toggleSteps).toBeNull();
    expect(clock.pendingTimers()).toBe(0);
    expect(seen(store)).toMatchObject({ state: 'Off', runtime: 'HyperV', entered: false });
    expect(store.getState().message?.failed).toBe(false);
    const echoed = store.getState().console.lines.map((l) => l.text);
    expect(echoed.filter((l) => l.includes('Set-Container -Name DEMO'))).toHaveLength(1);
  });

  it("a script's t (a demo's key step) runs every command in one update", () => {
    const { a, clock, store } = setup();
    const listener = vi.fn();
    store.subscribe(listener);
    a().pressKey('t');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(seen(store)).toMatchObject({ runtime: 'HyperV', vmwp: true, entered: true });
    expect(clock.pendingTimers()).toBe(0);
  });

  it('closing the dashboard mid-steps leaves no timer behind', () => {
    const { a, clock } = setup();
    a().handleKey('t', 'user');
    expect(clock.pendingTimers()).toBe(1);
    a().dispose();
    expect(clock.pendingTimers()).toBe(0);
  });
});
