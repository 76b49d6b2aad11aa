// The real demo player driving the dashboard's store through createDemoTarget: each
// built-in scenario plays to the end on a fake clock, and what it typed and pressed is in
// the console as run.
import { describe, expect, it } from 'vitest';
import {
  builtinScenario,
  BUILTIN_SCENARIO_NAMES,
  compileTimeline,
  Player,
} from '../../src/demo/index.js';
import { createSim, createStartingState, hostProcesses } from '../../src/sim/index.js';
import { createDemoTarget } from '../../src/ui/actions/demo-target.js';
import { uiStore } from './harness.js';

const HOUR = 60 * 60 * 1000;

function play(name: string) {
  const scenario = builtinScenario(name)!;
  const sim = createSim({ start: scenario.start, seed: scenario.seed ?? 1 });
  const { clock, store } = uiStore({ sim });
  const target = createDemoTarget(store, {
    sim,
    resetModel: () =>
      sim.store.setState(createStartingState(scenario.start, scenario.seed ?? 1), true),
  });
  const player = new Player(compileTimeline(scenario, 'en'), target, clock);
  player.start();
  clock.advance(HOUR);
  return { scenario, sim, store, player };
}

describe('createDemoTarget', () => {
  it.each(BUILTIN_SCENARIO_NAMES)('plays %s to the end through the store', (name) => {
    const { store, scenario } = play(name);
    const state = store.getState();
    expect(state.demoStatus?.state).toBe('finished');
    const commands = state.console.lines.filter((l) => l.kind === 'command').map((l) => l.text);
    const typed = scenario.steps.flatMap((s) => ('type' in s ? [s.type] : []));
    // Everything typed ran, echoed after its prompt (the bounded scrollback keeps the end).
    expect(commands.length).toBeGreaterThan(0);
    for (const line of typed.slice(-3))
      expect(
        commands.some((c) => c.endsWith(line)),
        line,
      ).toBe(true);
    expect(state.console.input).toBe('');
  });

  it('isolation: ends with 4 csrss on the host and the narration on screen', () => {
    const { store, sim } = play('isolation');
    expect(hostProcesses(sim.getState()).filter((p) => p.name === 'csrss')).toHaveLength(4);
    expect(store.getState().host).toBe(sim.getState());
    expect(store.getState().narration).not.toBeNull();
  });

  it('take-over hands the keys to the user and keeps the state', () => {
    const { store, player, sim } = play('isolation');
    const before = sim.getState();
    player.takeOver();
    expect(store.getState()).toMatchObject({ narration: null, spotlight: null });
    expect(sim.getState()).toBe(before);
  });

  it("restart starts from the scenario's state with a clean console", () => {
    const { store, player, sim } = play('isolation');
    player.restart();
    expect(sim.getState().containers).toHaveLength(0);
    expect(store.getState().console.lines.every((l) => l.kind !== 'command')).toBe(true);
    expect(store.getState().highlights.appeared.size).toBe(0);
  });
});
