// Views the dashboard and the shell's Get-ComputeProcess need on top of queries.ts:
// who holds which host session, what a host process row stands for, what just changed.
import { findContainerById, hostProcesses } from './queries.js';
import type { Container, HostState, ProcessRef, SimEvent, SimProcess } from './types.js';

export interface HostSession {
  readonly sessionId: number;
  readonly kind: 'services' | 'console' | 'rdp' | 'container';
  /** The Default container holding it (kind 'container'). */
  readonly container: Container | null;
}

const HOST_OWN_SESSIONS: readonly HostSession[] = [
  { sessionId: 0, kind: 'services', container: null },
  { sessionId: 1, kind: 'console', container: null },
  { sessionId: 2, kind: 'rdp', container: null },
];

/** Host sessions in use, by id: the host's 0–2 and one per running Default container. */
export function hostSessions(state: HostState): HostSession[] {
  const held = state.containers
    .filter((c) => c.hostSessionId !== null)
    .map((c): HostSession => ({
      sessionId: c.hostSessionId as number,
      kind: 'container',
      container: c,
    }));
  return [...HOST_OWN_SESSIONS, ...held].sort((a, b) => a.sessionId - b.sessionId);
}

/**
 * What a host process row stands for: the host's own, a Default container's process
 * (the same process is inside the container: shared kernel), or the vmwp of a Hyper-V
 * container (whose own processes the host cannot see).
 */
export type HostProcessRole =
  | { readonly kind: 'host' }
  | { readonly kind: 'container'; readonly container: Container }
  | { readonly kind: 'vmwp'; readonly container: Container };

export function hostProcessRole(state: HostState, process: SimProcess): HostProcessRole {
  const container =
    process.containerId === null ? undefined : findContainerById(state, process.containerId);
  if (container === undefined) return { kind: 'host' };
  return process.name === 'vmwp' &&
    process.kernelId === 'host' &&
    container.runtimeType === 'HyperV'
    ? { kind: 'vmwp', container }
    : { kind: 'container', container };
}

export interface ComputeProcessRow {
  /** Upper-case GUID for PowerShell-made containers, the 64-hex id for docker-made ones. */
  readonly id: string;
  readonly name: string;
  readonly owner: Container['owner'];
  readonly type: 'Container';
  readonly container: Container;
}

/**
 * Get-ComputeProcess: every running container, whoever made it (TP4 hcs_powershell.md), ordered by
 * container id as both seed listings are (docs/reference-windows-containers.md §0 quirk 9).
 */
export function computeProcesses(state: HostState): ComputeProcessRow[] {
  return state.containers
    .filter((c) => c.state === 'Running')
    .map((c): ComputeProcessRow => {
      const docker = c.owner === 'docker' && c.dockerId !== null;
      const id = docker ? (c.dockerId as string) : c.containerId.toUpperCase();
      return { id, name: docker ? id : c.name, owner: c.owner, type: 'Container', container: c };
    })
    .sort((a, b) => (a.container.containerId < b.container.containerId ? -1 : 1));
}

/** Uptime in ms as Get-Container shows it (00:00:00 while Off). */
export function containerUptimeMs(state: HostState, container: Container): number {
  return container.startedAt === null ? 0 : state.now - container.startedAt;
}

/** Identifies a process across states for highlighting (PIDs are unique per kernel only). */
export function processKey(p: Pick<ProcessRef, 'kernelId' | 'pid'>): string {
  return `${p.kernelId}/${p.pid}`;
}

/** Events newer than `seq` (the dashboard remembers the last one it showed). */
export function eventsAfter(state: HostState, seq: number): readonly SimEvent[] {
  const i = state.events.findIndex((e) => e.seq > seq);
  return i < 0 ? [] : state.events.slice(i);
}

/**
 * Processes that appeared or vanished at or after `since` (simulation ms), for the
 * few-seconds highlight. Appeared ones that have since gone are left out.
 */
export function recentProcessChanges(
  state: HostState,
  since: number,
): { readonly appeared: ReadonlySet<string>; readonly vanished: readonly ProcessRef[] } {
  const appeared = new Set<string>();
  const vanished: ProcessRef[] = [];
  for (const e of state.events) {
    if (e.time < since) continue;
    for (const r of e.appeared) appeared.add(processKey(r));
    for (const r of e.vanished) {
      appeared.delete(processKey(r));
      vanished.push(r);
    }
  }
  return { appeared, vanished };
}

/** How many processes the host kernel runs for containers, and for itself. */
export function hostProcessCounts(state: HostState): {
  total: number;
  own: number;
  forContainers: number;
} {
  const all = hostProcesses(state);
  let forContainers = 0;
  for (const p of all) if (p.containerId !== null) forContainers++;
  return { total: all.length, own: all.length - forContainers, forContainers };
}
