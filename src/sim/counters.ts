// Process counters: how a process is born from a template row and how its counters move
// on a clock tick (docs/spec.md §3 rule 9). The seed shows the live behaviour we imitate: between
// two listings host csrss 532 goes Handles 255 → 252 → 261 → 255, PM 1820 → 1712, WS
// 4000 → 3968, NPM 12 → 11, VM ...17 → ...18 at most, while CPU only grows
// (3.45 → 3.77 → 3.83 → 4.23) and PID and SI never change.
import type { PidRange } from './pid-allocator.js';
import { mulberryStep, mulberryUnit, type RngCursor } from './rng.js';
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
 * The processes after `ticks` ticks. Counters are re-drawn near their baseline (memoryless,
 * so N ticks cost the same as one and values never wander off); CPU grows by roughly
 * cpuPerTick per tick and never falls. The draws, in order per process: CPU, handles, NPM,
 * PM, WS, VM (each only where it has a value).
 *
 * One loop with the generator's state in a local: the lab's tick at 10,000 processes is
 * this function, and the draws through RngCursor's methods cost it about half again.
 */
export function driftProcesses(
  processes: readonly SimProcess[],
  ticks: number,
  rng: RngCursor,
): SimProcess[] {
  if (ticks <= 0) return [...processes];
  let s = rng.state;
  const out = new Array<SimProcess>(processes.length);
  for (let i = 0; i < processes.length; i++) {
    const process = processes[i] as SimProcess;
    const base = process.drift;
    if (base === undefined) {
      out[i] = process;
      continue;
    }
    let cpu = process.cpu;
    if (cpu !== null) {
      s = mulberryStep(s);
      cpu += base.cpuPerTick * ticks * (0.5 + mulberryUnit(s));
    }
    let handles: number | null = null;
    if (base.handles !== null) {
      s = mulberryStep(s);
      handles = jitter(base.handles, 0.03, mulberryUnit(s));
    }
    // Small pools move by at most one KB (NPM 12 → 11 in the seed).
    let npmK = base.npmK;
    if (npmK > 0) {
      s = mulberryStep(s);
      const r = mulberryUnit(s);
      npmK = r < 0.15 ? npmK - 1 : r > 0.9 ? npmK + 1 : npmK;
    }
    s = mulberryStep(s);
    const pmK = jitter(base.pmK, 0.05, mulberryUnit(s));
    s = mulberryStep(s);
    const wsK = jitter(base.wsK, 0.01, mulberryUnit(s));
    // VM size barely moves: the seed shows one ...17 → ...18 across four listings.
    let vmM = base.vmM;
    if (vmM > 0) {
      s = mulberryStep(s);
      if (mulberryUnit(s) < 0.05) vmM += 1;
    }
    out[i] = new DriftedProcess(process, base, handles, npmK, pmK, wsK, vmM, cpu);
  }
  rng.state = s;
  return out;
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
class DriftedProcess implements SimProcess {
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

/** One process after `ticks` ticks (see driftProcesses). */
export function driftProcess(process: SimProcess, ticks: number, rng: RngCursor): SimProcess {
  return driftProcesses([process], ticks, rng)[0] as SimProcess;
}

/** base ± up to `fraction` of base (`unit` in [0, 1) drawn), rounded, never negative. */
function jitter(base: number, fraction: number, unit: number): number {
  return Math.max(0, Math.round(base + base * fraction * (unit * 2 - 1)));
}
