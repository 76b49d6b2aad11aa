// The dashboard as the demo player's DemoTarget (src/demo/player.ts): each call is one
// named action of the UI store, so a scripted step looks and behaves exactly like the
// same step done by hand.
import type { DemoTarget, KeyName, PaneName } from '../../demo/live.js';
import { Shell } from '../../shell/index.js';
import type { Sim } from '../../sim/index.js';
import type { UiStore } from '../state/ui-state.js';

export interface DemoTargetOptions {
  /** The model the dashboard shows. */
  readonly sim: Sim;
  /** Puts the model back in the scenario's starting state (the player's restart). */
  readonly resetModel: () => void;
}

export function createDemoTarget(ui: UiStore, options: DemoTargetOptions): DemoTarget {
  const actions = () => ui.getState().actions;
  return {
    reset() {
      options.resetModel();
      // A fresh console: no variables ($con) or history from the run before.
      actions().reset({ shell: new Shell({ sim: options.sim }) });
      // Nothing said before the reset may stay over the state after it (issue 14).
      actions().setNarration(null);
      actions().setSpotlight(null);
    },
    typeText: (text: string) => actions().typeText(text),
    submit: () => actions().submitConsole(),
    pressKey: (key: KeyName, container: string | null) => actions().pressKey(key, container),
    narrate: (text: string | null) => actions().setNarration(text),
    spotlight: (pane: PaneName | null) => actions().setSpotlight(pane),
    status: (status) => actions().setDemoStatus(status),
    handOver: () => actions().handOver(),
    claimsChecked: (report) => actions().claimsChecked(report),
    follow: (container) => actions().followContainer(container),
  };
}
