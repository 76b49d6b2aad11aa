// The one store the shell, the dashboard and the demo player share. Each action runs the
// pure function over the current state and commits the result with a single setState,
// so a subscriber sees one change per action (and none for a failed or no-op action).
import { createStore } from 'zustand/vanilla';
import type { CreateSimOptions, ModelOutcome, Outcome, Sim, SimActions } from './api.js';
import { captureImage } from './actions/capture-image.js';
import { installWindowsFeatures } from './actions/install-features.js';
import {
  addNetworkAdapter,
  connectNetworkAdapter,
  disconnectNetworkAdapter,
  removeNetworkAdapter,
} from './actions/network-adapters.js';
import { dockerRemoveImage, removeContainerImage, tagImage } from './actions/remove-image.js';
import { enterSession, exitSession } from './actions/enter-session.js';
import { newContainer } from './actions/new-container.js';
import { removeContainer } from './actions/remove-container.js';
import { setRuntimeType } from './actions/set-runtime-type.js';
import { startContainer } from './actions/start-container.js';
import { stopContainer } from './actions/stop-container.js';
import { tick, tickEach } from './actions/tick.js';
import { createScaledState } from './scale.js';
import { createStartingState } from './starting-states.js';
import type { HostState, ModelResult, SimResult } from './types.js';

/** isolab's default --seed: two runs without one are byte-identical. */
export const DEFAULT_SEED = 1;

export function createSim(options: CreateSimOptions = {}): Sim {
  const store = createStore<HostState>()(() =>
    options.scale
      ? createScaledState({ seed: options.seed ?? DEFAULT_SEED, ...options.scale })
      : createStartingState(options.start ?? 'host', options.seed ?? DEFAULT_SEED),
  );

  function commit<T>(result: SimResult<T>): Outcome<T>;
  function commit<T>(result: ModelResult<T>): ModelOutcome<T>;
  function commit<T>(result: ModelResult<T>): ModelOutcome<T> {
    if (!result.ok) return result;
    if (result.state !== store.getState()) store.setState(result.state, true);
    return { ok: true, value: result.value };
  }

  const actions: SimActions = {
    newContainer: (o) => commit(newContainer(store.getState(), o)),
    startContainer: (id) => commit(startContainer(store.getState(), id)),
    stopContainer: (id) => commit(stopContainer(store.getState(), id)),
    removeContainer: (id) => commit(removeContainer(store.getState(), id)),
    setRuntimeType: (id, runtimeType) => commit(setRuntimeType(store.getState(), id, runtimeType)),
    enterSession: (id) => commit(enterSession(store.getState(), id)),
    exitSession: () => commit(exitSession(store.getState())),
    captureImage: (o) => commit(captureImage(store.getState(), o)),
    removeContainerImage: (id) => commit(removeContainerImage(store.getState(), id)),
    dockerRemoveImage: (ref) => commit(dockerRemoveImage(store.getState(), ref)),
    tagImage: (id, ref) => commit(tagImage(store.getState(), id, ref)),
    installWindowsFeatures: (id, features) =>
      commit(installWindowsFeatures(store.getState(), id, features)),
    addNetworkAdapter: (id, o) => commit(addNetworkAdapter(store.getState(), id, o)),
    connectNetworkAdapter: (id, sw, name) =>
      commit(connectNetworkAdapter(store.getState(), id, sw, name)),
    disconnectNetworkAdapter: (id, name) =>
      commit(disconnectNetworkAdapter(store.getState(), id, name)),
    removeNetworkAdapter: (id, name) => commit(removeNetworkAdapter(store.getState(), id, name)),
    tick: (count = 1) => {
      const next = tick(store.getState(), count);
      if (next !== store.getState()) store.setState(next, true);
    },
    tickEach: (count) => {
      const next = tickEach(store.getState(), count);
      if (next !== store.getState()) store.setState(next, true);
    },
  };

  return { store, actions, getState: () => store.getState() };
}
