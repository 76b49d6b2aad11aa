// Read-only views of the model for the shell, the dashboard and tests. All pure; the
// per-state indexes are memoised on the (immutable) arrays they index, or on their process
// sets (process-set.ts) where a tick would renew the array without moving anyone, so
// asking for the same thing every frame costs nothing until the state changes.
import { lookUpContainer } from './container-index.js';
import { processIndex } from './process-index.js';
import { processSetOf } from './process-set.js';
import { kernelRoster, processInKernel } from './deferred-kernel.js';
import { containerPidsOnHost } from './roster-queries.js';
import {
  HOST_KERNEL,
  type Container,
  type ContainerImage,
  type HostState,
  type KernelId,
  type Owner,
  type SimProcess,
  utilityVmKernelId,
} from './types.js';

/**
 * The seed's `docker run … 646d6317b02f cmd`: an image id the lab's docker knows as Nano Server.
 */
export const SEED_DOCKER_IMAGE_ID = '646d6317b02f';

export function kernelProcesses(state: HostState, kernelId: KernelId): readonly SimProcess[] {
  return state.kernels[kernelId]?.processes ?? [];
}

/**
 * The host's process list (sorted by pid), containers' shared-kernel processes and vmwp included.
 */
export function hostProcesses(state: HostState): readonly SimProcess[] {
  return kernelProcesses(state, HOST_KERNEL);
}

/** By pid, building that one process alone if a tick left its kernel unbuilt. */
export function findProcess(
  state: HostState,
  kernelId: KernelId,
  pid: number,
): SimProcess | undefined {
  const kernel = state.kernels[kernelId];
  return kernel === undefined ? undefined : processInKernel(kernel, pid);
}

/** By ContainerId, case-insensitively (Get-ComputeProcess and vmwp show it upper-case). */
export function findContainerById(state: HostState, id: string): Container | undefined {
  return lookUpContainer(state.containers, 'id', id.trim().toLowerCase());
}

/**
 * By Name, case-insensitively, as the Containers module matches names: the first one made
 * when several share it (findContainersByName gives them all).
 */
export function findContainerByName(state: HostState, name: string): Container | undefined {
  return lookUpContainer(state.containers, 'name', name.toLowerCase());
}

/**
 * Every container with this name, in creation order. TP3/TP4 let names repeat, so `-Name`
 * means all of them and Enter-PSSession by name must refuse more than one
 * (docs/fidelity-notes.md, "Duplicate names").
 */
export function findContainersByName(state: HostState, name: string): Container[] {
  const lower = name.toLowerCase();
  return state.containers.filter((c) => c.name.toLowerCase() === lower);
}

/**
 * A docker-made container by what docker accepts: its name, its full id, or an id prefix
 * that matches exactly one container. PowerShell-made ones are invisible to docker.
 */
export function findDockerContainer(state: HostState, ref: string): Container | undefined {
  const docker = state.containers.filter((c) => c.owner === 'docker');
  const byName = docker.find((c) => c.name === ref);
  if (byName !== undefined) return byName;
  const lower = ref.toLowerCase();
  if (lower === '') return undefined;
  const matches = docker.filter((c) => c.dockerId?.startsWith(lower));
  return matches.length === 1 ? matches[0] : undefined;
}

/** Whether a management plane sees the image: the OS images both, a made one its maker. */
export function imageVisibleTo(image: ContainerImage, owner: Owner): boolean {
  return image.owner === null || image.owner === owner;
}

/**
 * The image a reference names. PowerShell matches the name case-insensitively; docker also
 * takes `name:tag` (its tags, with a `microsoft/` prefix allowed and `latest` implied), the
 * image id, and the seed's 646d6317b02f. Each plane sees only its own images (besides the OS
 * images).
 */
export function resolveImage(
  state: HostState,
  ref: string,
  owner: Owner = 'VMMS',
): ContainerImage | undefined {
  const lower = ref.trim().toLowerCase();
  const images = state.images.filter((i) => imageVisibleTo(i, owner));
  const byName = images.find((i) => i.name.toLowerCase() === lower);
  if (byName !== undefined || owner === 'VMMS') return byName;
  if (lower === SEED_DOCKER_IMAGE_ID) return images.find((i) => i.name === 'NanoServer');
  const byId = images.find((i) => i.dockerImageId === lower);
  if (byId !== undefined) return byId;
  return findByDockerTag(images, lower);
}

/** `repo[:tag]` (tag `latest` when omitted) against the images' docker tags. */
export function findByDockerTag(
  images: readonly ContainerImage[],
  ref: string,
): ContainerImage | undefined {
  const [repo = '', tag = 'latest'] = normalizeDockerRef(ref).split(':');
  return images.find((i) => i.dockerTags.includes(`${repo}:${tag}`));
}

/** A reference as docker keys its tags: lower case, no `microsoft/` prefix. */
export function normalizeDockerRef(ref: string): string {
  return ref
    .trim()
    .toLowerCase()
    .replace(/^microsoft\//, '');
}

export function containerOfProcess(state: HostState, process: SimProcess): Container | undefined {
  return process.containerId === null ? undefined : findContainerById(state, process.containerId);
}

export function runningContainers(state: HostState): Container[] {
  return state.containers.filter((c) => c.state === 'Running');
}

/**
 * The host kernel's processes of one container, in pid order: its pids from the roster
 * (container-pids.ts), each process built alone if a tick left the kernel unbuilt.
 */
function hostProcessesOwnedBy(state: HostState, containerId: string): SimProcess[] {
  const host = state.kernels[HOST_KERNEL];
  if (host === undefined) return [];
  return containerPidsOnHost(state, containerId).flatMap((pid) => processInKernel(host, pid) ?? []);
}

/**
 * The container's processes on the host kernel: a Default container's own, or a Hyper-V container's
 * vmwp.
 */
export function hostProcessesOfContainer(
  state: HostState,
  containerId: string,
): readonly SimProcess[] {
  const c = findContainerById(state, containerId);
  return c === undefined ? [] : hostProcessesOwnedBy(state, c.containerId);
}

/** The host's vmwp for a running Hyper-V container. */
export function vmwpOf(state: HostState, containerId: string): SimProcess | undefined {
  return hostProcessesOfContainer(state, containerId).find((p) => p.name === 'vmwp');
}

/**
 * What Get-Process shows inside a container (pid-sorted): a Default container sees its own
 * processes plus the host's Idle (0) and System (4), since the kernel is shared
 * (docs/reference-windows-containers.md §2.1); a Hyper-V container sees its utility VM; an Off
 * container nothing.
 */
export function processesSeenFrom(state: HostState, containerId: string): readonly SimProcess[] {
  const c = findContainerById(state, containerId);
  if (c === undefined || c.state !== 'Running') return [];
  if (c.runtimeType === 'HyperV') return kernelProcesses(state, utilityVmKernelId(c.containerId));
  // Idle and System alone, built one by one: the whole host list would build every process
  // a tick left unbuilt (10,000 at L) for two of them.
  const host = state.kernels[HOST_KERNEL];
  const shared =
    host === undefined
      ? []
      : kernelRoster(host)
          .slice(0, 2)
          .filter((p) => p.pid <= 4)
          .flatMap((p) => processInKernel(host, p.pid) ?? []);
  return [...shared, ...hostProcessesOwnedBy(state, c.containerId)];
}

/**
 * PowerShell's Get-Process order: name case-insensitively, then Id (Process.cs
 * ProcessComparison). Lower-case ordinal stands in for CurrentCultureIgnoreCase; the two
 * agree on every name the lab uses.
 */
export function sortProcessesForDisplay(processes: readonly SimProcess[]): SimProcess[] {
  const order = displayOrder(processes);
  const out = new Array<SimProcess>(order.length);
  for (let i = 0; i < order.length; i++) out[i] = processes[order[i] as number] as SimProcess;
  return out;
}

const displayOrders = new WeakMap<object, Uint32Array>();

/** Positions in display order, kept per process set: a tick moves no name or pid. */
function displayOrder(processes: readonly SimProcess[]): Uint32Array {
  const token = processSetOf(processes);
  let order = displayOrders.get(token);
  if (order === undefined) {
    const keys = processes.map((p) => p.name.toLowerCase());
    order = Uint32Array.from(keys, (_, i) => i).sort((a, b) => {
      const ka = keys[a] as string;
      const kb = keys[b] as string;
      if (ka !== kb) return ka < kb ? -1 : 1;
      return (processes[a]?.pid ?? 0) - (processes[b]?.pid ?? 0) || a - b;
    });
    displayOrders.set(token, order);
  }
  return order;
}

const csrssCache = new WeakMap<object, number[]>();

/** Any case; without lower-casing (a copy) every other name (issue 16). */
const isCsrss = (name: string) => name.length === 5 && name.toLowerCase() === 'csrss';

/** Where the csrss are in a kernel's process array (a tick does not move them). */
function csrssPositions(processes: readonly SimProcess[]): readonly number[] {
  const token = processSetOf(processes);
  let positions = csrssCache.get(token);
  if (positions === undefined) {
    const spellings = [...processIndex(processes).byName].filter(([name]) => isCsrss(name));
    positions = spellings.flatMap(([, at]) => at);
    // Spelled more than one way: back in array (pid) order.
    if (spellings.length > 1) positions.sort((a, b) => a - b);
    csrssCache.set(token, positions);
  }
  return positions;
}

export interface CsrssSummary {
  /** csrss on the host kernel, in pid order. */
  readonly host: readonly SimProcess[];
  /** Those of them that belong to a (Default) container. */
  readonly hostFromContainers: readonly SimProcess[];
  /** Inside the given (or entered) container, when it runs. */
  readonly inside: {
    readonly container: Container;
    readonly csrss: readonly SimProcess[];
    /** True for a Default container: the same csrss, same PID, is on the host. */
    readonly sharedWithHost: boolean;
  } | null;
}

/**
 * The seed's experiment in one call: host csrss ×3 → ×4 with a Default container, unchanged with
 * Hyper-V.
 */
export function csrssSummary(state: HostState, containerId?: string): CsrssSummary {
  // Found in the roster and built one by one: reading the host's `processes` after a tick
  // would build all of them (10,000 at L) for a few hundred csrss (issue 16).
  const kernel = state.kernels[HOST_KERNEL];
  const who = csrssRoster(state, containerId);
  const host = who.host.map((p) => (kernel && processInKernel(kernel, p.pid)) ?? p);
  return { ...who, host, hostFromContainers: host.filter((p) => p.containerId !== null) };
}

/**
 * csrssSummary's who — pids, sessions, owners — from the host's roster, without building
 * any process: their counters may be a tick old. What the summary line and the kernel map
 * need, on every selection move (issue 16).
 */
export function csrssRoster(state: HostState, containerId?: string): CsrssSummary {
  const roster = kernelRoster(state.kernels[HOST_KERNEL]);
  const host = csrssPositions(roster).map((i) => roster[i] as SimProcess);
  const id = containerId ?? state.entered?.containerId;
  const container = id === undefined ? undefined : findContainerById(state, id);
  const inside =
    container === undefined || container.state !== 'Running'
      ? null
      : {
          container,
          csrss: processesSeenFrom(state, container.containerId).filter(
            (p) => p.name.toLowerCase() === 'csrss',
          ),
          sharedWithHost: container.runtimeType === 'Default',
        };
  return { host, hostFromContainers: host.filter((p) => p.containerId !== null), inside };
}
