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
export { TICK_MS, tick, tickEach } from './actions/tick.js';
export { hostShapeOf, processSetOf } from './process-set.js';
export { kernelRoster } from './deferred-kernel.js';
export { hyperVRoster } from './roster-queries.js';
export { processIndex, type ProcessIndex } from './process-index.js';
export { FIRST_CONTAINER_SESSION, startContainer } from './actions/start-container.js';
export { newContainer } from './actions/new-container.js';
export { stopContainer } from './actions/stop-container.js';
export { removeContainer } from './actions/remove-container.js';
export { setRuntimeType } from './actions/set-runtime-type.js';
export { enterSession, exitSession } from './actions/enter-session.js';
export { UTILITY_VM_CONTAINER_SESSION, UTILITY_VM_CSRSS_PID } from './container-processes.js';

export {
  containerOfProcess,
  csrssRoster,
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

// Networking, images, features (issue 13, part 1: the model).
export type { ModelOutcome } from './api.js';
export {
  findContainersByName,
  imageVisibleTo,
  findByDockerTag,
  normalizeDockerRef,
} from './queries.js';
export { dockerBridge, findSwitch } from './network/switches.js';
export {
  ADAPTER_NAME,
  FIRST_CONTAINER_COMPARTMENT,
  FIRST_HOST_INTERFACE_INDEX,
  UTILITY_VM_INTERFACE_INDEX,
} from './network/adapters.js';
export { inSubnet, ipv4ToNumber, numberToIpv4, parseCidr, prefixToMask } from './network/ipv4.js';
export {
  containerAdapters,
  containerIpv4,
  containerNicsOnHost,
  containersOnSwitch,
  hostPortHolder,
  type AdapterView,
  type NetworkStack,
} from './network/network-queries.js';
export {
  containersUsingImage,
  dockerImageRows,
  findImageById,
  imageHistory,
  childImage,
  imagesVisibleTo,
  parentImage,
  type DockerImageRow,
} from './images/image-queries.js';
export {
  captureImage,
  normalizeVersion,
  type CaptureImageOptions,
} from './actions/capture-image.js';
export {
  dockerRemoveImage,
  removeContainerImage,
  tagImage,
  type DockerRmiResult,
} from './actions/remove-image.js';
export { installWindowsFeatures, type FeatureInstall } from './actions/install-features.js';
export {
  addNetworkAdapter,
  connectNetworkAdapter,
  disconnectNetworkAdapter,
  removeNetworkAdapter,
} from './actions/network-adapters.js';
