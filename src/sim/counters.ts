// Process counters: how a process is born from a template row and how its counters move
// on a clock tick (SPEC §3 rule 9). The seed shows the live behaviour we imitate: between
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
  /** A fixed session id, or 'own' for the container's session (its host session, or 1 in a utility VM). */
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
    // Spelled out rather than `{ ...process, … }`: V8 builds this literal about 10× faster
    // than the spread.
    out[i] = {
      pid: process.pid,
      name: process.name,
      sessionId: process.sessionId,
      kernelId: process.kernelId,
      containerId: process.containerId,
      userName: process.userName,
      handles,
      npmK,
      pmK,
      wsK,
      vmM,
      cpu,
      startedAt: process.startedAt,
      drift: base,
    };
  }
  rng.state = s;
  return out;
}

/** One process after `ticks` ticks (see driftProcesses). */
export function driftProcess(process: SimProcess, ticks: number, rng: RngCursor): SimProcess {
  return driftProcesses([process], ticks, rng)[0] as SimProcess;
}

/** base ± up to `fraction` of base (`unit` in [0, 1) drawn), rounded, never negative. */
function jitter(base: number, fraction: number, unit: number): number {
  return Math.max(0, Math.round(base + base * fraction * (unit * 2 - 1)));
}
