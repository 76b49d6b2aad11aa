// What a container runs, as process templates.
//
// Windows Server container (Default): a copy of the user-mode system in its own host session, from
// the TP4 listing of the running container NONIC (docs/reference-windows-containers.md §2.1); its
// smss sits in session 0. Counters are NONIC's, and csrss is the seed's WINCONT row (167 9 1276
// 3720 ...97 0.20).
//
// Hyper-V container: a utility VM boots the same read-only Nano Server image identically
// every time, so its boot PIDs are fixed: two Hyper-V containers both have csrss 956
// (the seed's value), because PIDs are unique only per kernel. Nano Server reports no
// HandleCount, hence `null` (the seed's blank Handles cell). The container's processes run
// in session 1 of the VM, session 0 holding only the VM's smss, as in a Default container.
import type { CounterRow, ProcessTemplate } from './counters.js';
import { NETWORK_SERVICE, NO_USER, LOCAL_SERVICE, SYSTEM } from './user-names.js';

function own(
  name: string,
  counters: CounterRow,
  cpuPerTick: number,
  userName = SYSTEM,
): ProcessTemplate {
  return { name, session: 'own', userName, counters, cpuPerTick };
}

function fixed(
  name: string,
  pid: number,
  session: number | 'own',
  counters: CounterRow,
  cpuPerTick: number,
): ProcessTemplate {
  return { name, pid, session, userName: pid === 0 ? NO_USER : SYSTEM, counters, cpuPerTick };
}

export const DEFAULT_CONTAINER_PROCESSES: readonly ProcessTemplate[] = [
  {
    name: 'smss',
    session: 0,
    userName: SYSTEM,
    counters: [46, 3, 368, 1136, 2101359, 0.02],
    cpuPerTick: 0,
  },
  own('csrss', [167, 9, 1276, 3720, 2101397, 0.2], 0.0005),
  own('wininit', [107, 9, 1096, 4732, 2101377, 0.03], 0.0001),
  own('services', [204, 10, 2400, 5740, 2101378, 0.16], 0.0004),
  own('lsass', [538, 18, 2752, 9344, 2101396, 0.11], 0.0003),
  own('CExecSvc', [81, 5, 928, 4492, 2101372, 0.02], 0.0001),
  own('svchost', [252, 13, 6556, 10592, 2101396, 0.14], 0.0003),
  own('svchost', [351, 28, 4228, 14112, 2101407, 0.22], 0.0004, LOCAL_SERVICE),
  own('svchost', [255, 13, 1992, 6468, 2101388, 0.05], 0.0001, NETWORK_SERVICE),
  own('svchost', [284, 12, 2484, 8420, 2101397, 0.08], 0.0002, LOCAL_SERVICE),
  own('svchost', [194, 14, 2948, 9136, 2101398, 0.06], 0.0001),
  own('svchost', [93, 7, 1296, 5432, 2101391, 0.02], 0.0001, LOCAL_SERVICE),
  own('svchost', [81, 6, 1008, 4808, 2101392, 0.02], 0.0001, NETWORK_SERVICE),
  own('svchost', [282, 13, 2752, 9948, 2101436, 0.09], 0.0002),
  own('svchost', [907, 33, 12452, 27856, 2101406, 0.58], 0.001),
  own('msdtc', [195, 12, 2208, 8580, 2101398, 0.05], 0.0001, NETWORK_SERVICE),
  own('sppsvc', [205, 10, 6992, 18320, 2101410, 0.31], 0.0002, NETWORK_SERVICE),
  own('SppExtComObj', [130, 8, 1492, 7076, 2101414, 0.03], 0.0001, NETWORK_SERVICE),
  own('WmiPrvSE', [128, 8, 5672, 10840, 2101404, 0.09], 0.0002, NETWORK_SERVICE),
];

/** csrss PID in every utility VM (the seed's [HYPVCON] listing). */
export const UTILITY_VM_CSRSS_PID = 956;

export const UTILITY_VM_PROCESSES: readonly ProcessTemplate[] = [
  fixed('Idle', 0, 0, [null, 0, 0, 0, 0, null], 0),
  fixed('System', 4, 0, [null, 0, 108, 120, 3, 0.81], 0.003),
  fixed('smss', 876, 0, [null, 2, 296, 964, 2101352, 0.02], 0),
  fixed('csrss', UTILITY_VM_CSRSS_PID, 'own', [null, 4, 452, 1520, 2101363, 0.06], 0.0003),
  fixed('wininit', 1004, 'own', [null, 5, 688, 2868, 2101370, 0.03], 0.0001),
  fixed('services', 1052, 'own', [null, 6, 1244, 3744, 2101373, 0.11], 0.0003),
  fixed('lsass', 1068, 'own', [null, 9, 1716, 5284, 2101381, 0.08], 0.0002),
  fixed('svchost', 1128, 'own', [null, 8, 1632, 5036, 2101380, 0.05], 0.0001),
  fixed('svchost', 1184, 'own', [null, 12, 2292, 6708, 2101392, 0.14], 0.0003),
  fixed('svchost', 1240, 'own', [null, 10, 1516, 5460, 2101385, 0.03], 0.0001),
  fixed('svchost', 1312, 'own', [null, 15, 3968, 9776, 2101401, 0.2], 0.0004),
  fixed('CExecSvc', 1396, 'own', [null, 4, 696, 3112, 2101366, 0.02], 0.0001),
];

/** The session the container's processes use inside a utility VM. */
export const UTILITY_VM_CONTAINER_SESSION = 1;

/**
 * The host's VM worker process for one Hyper-V container (TP5/GA sample row; CPU as if just
 * booted).
 */
export const VMWP: ProcessTemplate = {
  name: 'vmwp',
  session: 0,
  userName: SYSTEM, // replaced by the upper-case ContainerId at spawn
  counters: [1737, 15, 39452, 19620, 2101461, 0.48],
  cpuPerTick: 0.004,
};

/** The PowerShell Direct server process Enter-PSSession starts inside (NONIC's powershell row). */
export function sessionPowershell(inUtilityVm: boolean): ProcessTemplate {
  return {
    name: 'powershell',
    session: 'own',
    userName: SYSTEM,
    counters: inUtilityVm
      ? [null, 21, 38624, 49760, 2101436, 0.86]
      : [450, 24, 52332, 65580, 2101446, 1.5],
    cpuPerTick: 0.002,
  };
}

/**
 * The process a docker-made container runs: its command's image name, case kept as typed
 * (the TP5 doc shows `PING`); Windows images default to cmd.
 */
export function dockerCommandProcess(
  command: string | null,
  inUtilityVm: boolean,
): ProcessTemplate {
  const first = (command ?? '').trim().split(/\s+/)[0] ?? '';
  const file = first.split(/[\\/]/).pop() ?? '';
  const name = file.replace(/\.exe$/i, '') || 'cmd';
  return {
    name,
    session: 'own',
    userName: SYSTEM,
    counters: [inUtilityVm ? null : 26, 3, 1580, 2604, 2101354, 0.02],
    cpuPerTick: 0.0002,
  };
}
