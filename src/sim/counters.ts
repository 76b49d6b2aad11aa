// Process counters: how a process is born from a template row and what a clock tick
// makes of it (docs/spec.md §3 rule 9; the draws are in drift.ts). The seed shows the live
// behaviour we imitate: between two listings host csrss 532 goes Handles 255 → 252 → 261
// → 255, PM 1820 → 1712, WS 4000 → 3968, NPM 12 → 11, VM ...17 → ...18 at most, while CPU
// only grows (3.45 → 3.77 → 3.83 → 4.23) and PID and SI never change.
import type { PidRange } from './pid-allocator.js';
import type { KernelId, ProcessDrift, SimProcess } from './types.js';

/** Handles, NPM(K), PM(K), WS(K), VM(M), CPU(s): the Get-Process columns, in their order. */
export type CounterRow = readonly [
  handles: number | null,
  npmK: number,
  pmK: number,
  wsK: number,
  vmM: number,
  cpu: number | null,
];

export interface ProcessTemplate {
  readonly name: string;
  /**
   * A fixed session id, or 'own' for the container's session (its host session, or 1 in a utility
   * VM).
   */
  readonly session: number | 'own';
  readonly userName: string;
  /** A fixed PID (the seed's, or a utility VM's fixed boot PIDs); otherwise allocated. */
  readonly pid?: number;
  /** Where to allocate when not fixed: early boot processes get low PIDs, as on Windows. */
  readonly pidRange?: PidRange;
  readonly counters: CounterRow;
  /** Mean CPU seconds per tick: how busy the process is. */
  readonly cpuPerTick: number;
}

export interface SpawnPlace {
  readonly pid: number;
  readonly sessionId: number;
  readonly kernelId: KernelId;
  readonly containerId: string | null;
  readonly now: number;
  /** Overrides the template's user name (vmwp runs as the container's id). */
  readonly userName?: string;
}

export function spawnProcess(template: ProcessTemplate, place: SpawnPlace): SimProcess {
  const [handles, npmK, pmK, wsK, vmM, cpu] = template.counters;
  const drift: ProcessDrift = { handles, npmK, pmK, wsK, vmM, cpuPerTick: template.cpuPerTick };
  return {
    pid: place.pid,
    name: template.name,
    sessionId: place.sessionId,
    kernelId: place.kernelId,
    containerId: place.containerId,
    userName: place.userName ?? template.userName,
    handles,
    npmK,
    pmK,
    wsK,
    vmM,
    cpu,
    startedAt: place.now,
    drift,
  };
}

/**
 * A process with its counters redrawn: what a tick makes, 10,000 at a time on a big host.
 * A class rather than an object literal (or a `{ ...process }` spread, slower still): V8
 * tracks where literals are allocated and, seeing a tick's processes outlive the next
 * scavenges (the state keeps them until the next tick), builds that literal straight in
 * the old generation, where a tick of 12,000 processes took ~11 ms; built by a
 * constructor they take ~1 ms. Structurally a plain SimProcess: no methods, own fields
 * only, so spreads, JSON and toEqual see the same object.
 */
export class DriftedProcess implements SimProcess {
  readonly pid: number;
  readonly name: string;
  readonly sessionId: number;
  readonly kernelId: KernelId;
  readonly containerId: string | null;
  readonly userName: string;
  readonly handles: number | null;
  readonly npmK: number;
  readonly pmK: number;
  readonly wsK: number;
  readonly vmM: number;
  readonly cpu: number | null;
  readonly startedAt: number;
  readonly drift: ProcessDrift;

  constructor(
    process: SimProcess,
    drift: ProcessDrift,
    handles: number | null,
    npmK: number,
    pmK: number,
    wsK: number,
    vmM: number,
    cpu: number | null,
  ) {
    this.pid = process.pid;
    this.name = process.name;
    this.sessionId = process.sessionId;
    this.kernelId = process.kernelId;
    this.containerId = process.containerId;
    this.userName = process.userName;
    this.handles = handles;
    this.npmK = npmK;
    this.pmK = pmK;
    this.wsK = wsK;
    this.vmM = vmM;
    this.cpu = cpu;
    this.startedAt = process.startedAt;
    this.drift = drift;
  }
}

/** base ± up to `fraction` of base (`unit` in [0, 1) drawn), rounded, never negative. */
export function jitter(base: number, fraction: number, unit: number): number {
  return Math.max(0, Math.round(base + base * fraction * (unit * 2 - 1)));
}
