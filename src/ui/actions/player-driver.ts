// Demo mode's driver: a Player (src/demo) acting on the dashboard through the UI store's
// actions, exactly as a user's keys and typing would.
import {
  compileTimeline,
  Player,
  type Lang,
  type PlayerOptions,
  type Scenario,
} from '../../demo/live.js';
import type { Clock } from '../../sim/index.js';
import { createStartingState, type Sim } from '../../sim/index.js';
import type { DemoDriver } from '../state/demo-driver.js';
import { createDemoTarget } from './demo-target.js';
import type { UiStore } from '../state/ui-state.js';

export interface PlayerDriverOptions extends PlayerOptions {
  readonly scenario: Scenario;
  readonly lang: Lang;
  readonly clock: Clock;
  /** The model the dashboard shows; a restart puts it back to the scenario's start. */
  readonly sim: Sim;
  readonly seed: number;
}

export function createPlayerDriver(options: PlayerDriverOptions): DemoDriver {
  const timeline = compileTimeline(options.scenario, options.lang);
  let player: Player | null = null;
  const withPlayer = (fn: (p: Player) => void) => () => {
    if (player) fn(player);
  };
  return {
    narrations: timeline.beats.flatMap((b) => (b.beat.kind === 'say' ? [b.beat.text] : [])),
    togglePlay: withPlayer((p) => p.togglePlay()),
    step: withPlayer((p) => p.step()),
    nextChapter: withPlayer((p) => p.nextChapter()),
    previousChapter: withPlayer((p) => p.previousChapter()),
    faster: withPlayer((p) => p.faster()),
    slower: withPlayer((p) => p.slower()),
    restart: withPlayer((p) => p.restart()),
    takeOver: withPlayer((p) => p.takeOver()),
    start(ui: UiStore) {
      const target = createDemoTarget(ui, {
        sim: options.sim,
        resetModel: () =>
          options.sim.store.setState(
            createStartingState(options.scenario.start, options.seed),
            true,
          ),
      });
      const modelState = () => options.sim.getState();
      player = new Player(timeline, target, options.clock, { modelState, ...options });
      player.start();
    },
    stop() {
      player?.stop();
    },
  };
}
