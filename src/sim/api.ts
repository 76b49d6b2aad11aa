// The public surface of the model: what the shell, the dashboard and the demo player use.
// Implementation lives in the other files of src/sim; this file only declares the contract.
import type { StoreApi } from 'zustand/vanilla';
import type { CaptureImageOptions } from './actions/capture-image.js';
import type { FeatureInstall } from './actions/install-features.js';
import type { DockerRmiResult } from './actions/remove-image.js';
import type {
  Container,
  ContainerImage,
  EnteredSession,
  HostState,
  ImageName,
  ModelError,
  Owner,
  PortMapping,
  RuntimeType,
  SimError,
} from './types.js';

export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: SimError };

/** The newer actions' outcome: their error codes (ModelErrorCode) reach beyond SimErrorCode. */
export type ModelOutcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ModelError };

export interface NewContainerOptions {
  readonly name: string;
  /** Matched case-insensitively against the host's images (`nanoserver` works). */
  readonly image: string;
  readonly switchName?: string | null;
  readonly runtimeType?: RuntimeType;
  readonly owner?: Owner;
  /**
   * TP3/TP4's PowerShell module let a name repeat (docs/fidelity-notes.md, duplicate names).
   * Off by default so today's New-Container keeps refusing until the shell takes the rule
   * over; docker containers never share a name whatever this says.
   */
  readonly allowDuplicateName?: boolean;
  /** For docker-made containers. */
  readonly docker?: {
    readonly isolation: string;
    readonly image: string;
    readonly command: string | null;
    /** `-p H:C` mappings; the caller has parsed and checked them (docker's own parser). */
    readonly ports?: readonly PortMapping[];
  };
}

/** Named actions. Each one changes the store once and appends one event. */
export interface SimActions {
  newContainer(options: NewContainerOptions): Outcome<Container>;
  startContainer(containerId: string): Outcome<Container>;
  stopContainer(containerId: string): Outcome<Container>;
  removeContainer(containerId: string): Outcome<Container>;
  setRuntimeType(containerId: string, runtimeType: RuntimeType): Outcome<Container>;
  /** Starts a powershell process inside the running container and records the session. */
  enterSession(containerId: string): Outcome<EnteredSession>;
  /** Ends the entered session (its powershell process exits). No-op when none. */
  exitSession(): Outcome<null>;
  /** New-ContainerImage / docker commit: a stopped container captured as an image. */
  captureImage(options: CaptureImageOptions): ModelOutcome<ContainerImage>;
  /** Remove-ContainerImage, by the image's dockerImageId. */
  removeContainerImage(imageId: string): ModelOutcome<ContainerImage>;
  /** docker rmi REF (a tag or an id). */
  dockerRemoveImage(ref: string): ModelOutcome<DockerRmiResult>;
  /** docker tag: the image (by dockerImageId) gains `repo[:tag]`, which leaves any other image. */
  tagImage(imageId: string, newRef: string): ModelOutcome<ContainerImage>;
  /** Install-WindowsFeature inside a running container (names as the shell resolved them). */
  installWindowsFeatures(
    containerId: string,
    features: readonly string[],
  ): ModelOutcome<FeatureInstall>;
  addNetworkAdapter(
    containerId: string,
    options?: { readonly name?: string; readonly switchName?: string | null },
  ): ModelOutcome<Container>;
  connectNetworkAdapter(
    containerId: string,
    switchName: string,
    adapterName?: string,
  ): ModelOutcome<Container>;
  disconnectNetworkAdapter(containerId: string, adapterName?: string): ModelOutcome<Container>;
  removeNetworkAdapter(containerId: string, adapterName?: string): ModelOutcome<Container>;
  /** Advances the simulation clock by `count` ticks of TICK_MS, drifting counters. */
  tick(count?: number): void;
  /** `count` ticks of one each, exactly as `count` calls of tick(1), in one pass. */
  tickEach(count: number): void;
}

export interface Sim {
  readonly store: StoreApi<HostState>;
  readonly actions: SimActions;
  getState(): HostState;
}

export type StartingState = 'host' | 'lab' | 'stress';

export interface CreateSimOptions {
  readonly seed?: number;
  readonly start?: StartingState;
  /** A big host instead of `start` (`--processes N --containers M`). */
  readonly scale?: { readonly hostProcesses: number; readonly containers: number };
}

export type { CaptureImageOptions, DockerRmiResult, FeatureInstall, ImageName };
