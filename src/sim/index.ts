// The model's public surface. Other layers import from here, never from inner files.
export * from './types.js';
export type {
  CreateSimOptions,
  NewContainerOptions,
  Outcome,
  Sim,
  SimActions,
  StartingState,
} from './api.js';

export { createSim, DEFAULT_SEED } from './create-sim.js';
export { FakeClock, realClock, type Clock, type TimerHandle } from './clock.js';
export { createStartingState, STARTING_STATES } from './starting-states.js';
export { createScaledState, STRESS, type ScaleOptions } from './scale.js';
export { bootHost, HOST_IMAGES, HOST_SWITCHES } from './boot.js';
export { TICK_MS, tick } from './actions/tick.js';
export { processSetOf } from './process-set.js';
export { FIRST_CONTAINER_SESSION, startContainer } from './actions/start-container.js';
export { newContainer } from './actions/new-container.js';
export { stopContainer } from './actions/stop-container.js';
export { removeContainer } from './actions/remove-container.js';
export { setRuntimeType } from './actions/set-runtime-type.js';
export { enterSession, exitSession } from './actions/enter-session.js';
export { UTILITY_VM_CONTAINER_SESSION, UTILITY_VM_CSRSS_PID } from './container-processes.js';

export {
  containerOfProcess,
  csrssSummary,
  findContainerById,
  findContainerByName,
  findDockerContainer,
  findProcess,
  hostProcesses,
  hostProcessesOfContainer,
  kernelProcesses,
  processesSeenFrom,
  resolveImage,
  runningContainers,
  SEED_DOCKER_IMAGE_ID,
  sortProcessesForDisplay,
  vmwpOf,
  type CsrssSummary,
} from './queries.js';
export {
  computeProcesses,
  containerUptimeMs,
  eventsAfter,
  hostProcessCounts,
  hostProcessRole,
  hostSessions,
  processKey,
  recentProcessChanges,
  type ComputeProcessRow,
  type HostProcessRole,
  type HostSession,
} from './views.js';
