// The data of the simulated Windows container host. Plain, immutable data: every change
// goes through a named action (actions/*.ts) that returns a new HostState.

export type RuntimeType = 'Default' | 'HyperV';
export type ContainerState = 'Off' | 'Running';
/** Who made a container: the PowerShell Containers module (through VMMS) or docker. */
export type Owner = 'VMMS' | 'docker';
/** The two TP4 OS images every other image is built on. */
export type ImageName = 'NanoServer' | 'WindowsServerCore';

/** `host`, or `uvm:<containerId>` for the utility VM of a running Hyper-V container. */
export type KernelId = string;
export const HOST_KERNEL: KernelId = 'host';
export const utilityVmKernelId = (containerId: string): KernelId => `uvm:${containerId}`;

export interface SimProcess {
  readonly pid: number;
  /** Image name without `.exe`, case kept (`csrss`, `CExecSvc`, `PING`). */
  readonly name: string;
  /** Session id (the SI column). */
  readonly sessionId: number;
  readonly kernelId: KernelId;
  /**
   * The container this process belongs to: its own process (Default) or the process that
   * runs on its behalf (the vmwp of a Hyper-V container, every process of its utility VM).
   * null for the host's own processes.
   */
  readonly containerId: string | null;
  /** `NT AUTHORITY\SYSTEM`, `HOST\Administrator`, or the upper-case ContainerId for vmwp. */
  readonly userName: string;
  /** null renders as a blank cell (Nano Server in a utility VM reports no HandleCount). */
  readonly handles: number | null;
  /** Non-paged pool, private bytes and working set in KB; virtual size in MB. */
  readonly npmK: number;
  readonly pmK: number;
  readonly wsK: number;
  readonly vmM: number;
  /** CPU seconds; null renders blank. Never decreases while the process lives. */
  readonly cpu: number | null;
  /** Simulation time (ms) at which the process started. */
  readonly startedAt: number;
  /**
   * Where the counters jitter around and how fast CPU grows (see counters.ts). Optional so
   * hand-made processes (e.g. in other layers' tests) stay valid; without it a process
   * simply does not drift.
   */
  readonly drift?: ProcessDrift;
}

/**
 * The resting values of a process's counters. Ticks re-sample each counter near its
 * baseline instead of random-walking from the last value, so a lab left running for
 * hours still shows plausible numbers (the seed: csrss 532 goes 255 → 252 → 261 → 255).
 */
export interface ProcessDrift {
  readonly handles: number | null;
  readonly npmK: number;
  readonly pmK: number;
  readonly wsK: number;
  readonly vmM: number;
  /** Mean CPU seconds gained per tick; 0 for Idle. */
  readonly cpuPerTick: number;
}

export interface Kernel {
  readonly id: KernelId;
  readonly kind: 'host' | 'utility-vm';
  /** For a utility VM: the Hyper-V container it runs. */
  readonly containerId: string | null;
  /** Sorted by pid. PIDs are unique within one kernel only. */
  readonly processes: readonly SimProcess[];
}

export interface Container {
  readonly name: string;
  /** Lower-case GUID. Get-ComputeProcess and vmwp's user name show it upper-case. */
  readonly containerId: string;
  /** The image it was made from, as that image is named (ParentImageName). */
  readonly image: string;
  readonly runtimeType: RuntimeType;
  readonly state: ContainerState;
  readonly switchName: string | null;
  readonly owner: Owner;
  /** docker's 64-hex id for docker-made containers. */
  readonly dockerId: string | null;
  /** What the user typed as docker `--isolation` ('' when omitted); docker inspect shows it. */
  readonly dockerIsolation: string | null;
  /** The image reference as typed to docker (`646d6317b02f`, `nanoserver`). */
  readonly dockerImage: string | null;
  readonly dockerCommand: string | null;
  readonly createdAt: number;
  /** Simulation time of the last start; null while Off. */
  readonly startedAt: number | null;
  /**
   * Simulation time of the last stop; null until it first stops (docker ps: "Exited (0) 3 seconds
   * ago").
   */
  readonly stoppedAt: number | null;
  /** Host session of a running Default container. */
  readonly hostSessionId: number | null;
  /** The OS image underneath (`image` may be one captured from a container of it). */
  readonly osImage: ImageName;
  /** dockerImageId of the image it was created from: the image cannot go while it exists. */
  readonly imageId: string;
  /** Its virtual NICs, in the order added (docs/fidelity-notes.md, networking). */
  readonly networkAdapters: readonly ContainerNetworkAdapter[];
  /** docker `-p` mappings, published on the host while it runs. */
  readonly portMappings: readonly PortMapping[];
  /** The host network compartment of a running Default container (one per container). */
  readonly compartmentId: number | null;
  /** Windows features installed inside (Install-WindowsFeature), in install order. */
  readonly installedFeatures: readonly string[];
}

export interface ContainerImage {
  /** `NanoServer`, or the name given to New-ContainerImage / docker commit. */
  readonly name: string;
  readonly publisher: string;
  readonly version: string;
  readonly isOSImage: boolean;
  /** The OS image underneath (itself for an OS image). */
  readonly osImage: ImageName;
  /** docker's short image id (12 hex). Unique; the key images are referred to by. */
  readonly dockerImageId: string;
  /** docker's full 64-hex id (docker commit prints it). */
  readonly dockerFullId: string;
  /** dockerImageId of the image it was captured from; null for an OS image. */
  readonly parentImageId: string | null;
  /** Which management plane sees it: null for the OS images (both), else the one that made it. */
  readonly owner: Owner | null;
  /** docker `repository:tag` names, lower case. */
  readonly dockerTags: readonly string[];
  /** Simulation time it was made (negative for the OS images: installed before boot). */
  readonly createdAt: number;
  /** docker history CREATED BY: the command of the container it was captured from. */
  readonly createdBy: string;
  /** Size of this layer alone, in bytes (docker images VIRTUAL SIZE, history SIZE). */
  readonly sizeBytes: number;
  /** Windows features installed in it; a container made from it starts with them. */
  readonly installedFeatures: readonly string[];
}

export type SwitchType = 'External' | 'NAT';

export interface VirtualSwitch {
  readonly name: string;
  readonly type: SwitchType;
  /** Get-VMSwitch NetAdapterInterfaceDescription: the NIC an External switch binds; '' for NAT. */
  readonly netAdapterInterfaceDescription: string;
  /** The network its containers are numbered in (CIDR); the mask they see follows it. */
  readonly subnet: string;
  readonly gateway: string;
  /** The range handed to containers, lowest free first. */
  readonly firstAddress: string;
  readonly lastAddress: string;
  readonly dnsServers: readonly string[];
  /** ipconfig's "Connection-specific DNS Suffix". */
  readonly dnsSuffix: string;
}

export interface PortMapping {
  readonly hostIp: string;
  readonly hostPort: number;
  readonly containerPort: number;
  readonly protocol: 'tcp' | 'udp';
}

export interface ContainerNetworkAdapter {
  /** `Network Adapter`, as Get-ContainerNetworkAdapter lists it. */
  readonly name: string;
  /** The switch it is connected to; null when not connected. */
  readonly switchName: string | null;
  /** 12 upper-case hex digits (Hyper-V's form), in Hyper-V's dynamic range 00155D. */
  readonly macAddress: string;
  /** The interface id of its IPv6 link-local address: fe80::<this>. */
  readonly linkLocalSuffix: string;
  /** While the container runs and the adapter is connected; null otherwise. */
  readonly ipv4Address: string | null;
  /** Its interface index in the stack it lives in, while the container runs. */
  readonly interfaceIndex: number | null;
}

/** The one interactive PowerShell session entered into a container, if any. */
export interface EnteredSession {
  readonly containerId: string;
  /** The powershell process started inside for this session. */
  readonly pid: number;
  readonly kernelId: KernelId;
}

export interface ProcessRef {
  readonly kernelId: KernelId;
  readonly pid: number;
  readonly name: string;
  readonly sessionId: number;
  readonly containerId: string | null;
}

export interface SimEvent {
  /** Monotonic sequence number (never reused, survives the log's bound). */
  readonly seq: number;
  readonly time: number;
  readonly action: string;
  readonly summary: string;
  readonly appeared: readonly ProcessRef[];
  readonly vanished: readonly ProcessRef[];
}

export interface HostState {
  /** Simulation clock, ms since boot. */
  readonly now: number;
  readonly ticks: number;
  /** Seeded RNG state (mulberry32); every random choice advances it. */
  readonly rng: number;
  readonly kernels: Readonly<Record<KernelId, Kernel>>;
  /** In creation order. */
  readonly containers: readonly Container[];
  readonly images: readonly ContainerImage[];
  readonly switches: readonly VirtualSwitch[];
  readonly entered: EnteredSession | null;
  /** Bounded: the newest EVENT_LOG_LIMIT events. */
  readonly events: readonly SimEvent[];
  readonly nextEventSeq: number;
}

export const EVENT_LOG_LIMIT = 500;

export type SimErrorCode =
  | 'ContainerNotFound'
  | 'ContainerNameInUse'
  | 'ImageNotFound'
  | 'SwitchNotFound'
  | 'AlreadyRunning'
  | 'NotRunning'
  | 'RemoveRequiresOff'
  | 'HyperVRequiresNano'
  | 'ConversionRequiresNano'
  | 'ConversionRequiresOff'
  | 'ProcessNotFound';

export interface SimError {
  readonly code: SimErrorCode;
  readonly message: string;
  /** What the error is about, as the caller named it (a container name or id, an image). */
  readonly target?: string;
}

/**
 * Codes only the newer actions (images, features, adapters) return. Kept apart from
 * SimErrorCode so every existing caller's exhaustive table of SimErrorCode stays complete.
 */
export type ModelErrorCode =
  | SimErrorCode
  | 'ImageNameInUse'
  | 'ImageInUse'
  | 'ImageHasChildren'
  | 'ImageIsOSImage'
  | 'ImageHasTags'
  | 'CaptureRequiresOff'
  | 'AdapterNotFound'
  | 'AdapterChangeRequiresOff'
  | 'InvalidArgument';

export interface ModelError {
  readonly code: ModelErrorCode;
  readonly message: string;
  readonly target?: string;
}

export type ModelResult<T> =
  | { readonly ok: true; readonly value: T; readonly state: HostState }
  | { readonly ok: false; readonly error: ModelError };

export type SimResult<T> =
  | { readonly ok: true; readonly value: T; readonly state: HostState }
  | { readonly ok: false; readonly error: SimError };
