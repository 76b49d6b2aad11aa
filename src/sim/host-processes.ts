// The container host at boot, as a process listing: the seed's host (Windows Server 2016
// TP4, console session 1 and an RDP session 2) with the fixed PIDs the seed and the TP4
// Task Manager screenshot show (csrss 532/608/3484, wininit 696, winlogon 752/3204,
// vmcompute 876, vmms 1876). Rows without a pid get one from the seeded allocator.
// Counters: the seed's first csrss table verbatim; the rest are plausible x64 values
// (VM(M) around 2,1xx,xxx, which Get-Process prints as `...NN`).
import type { CounterRow, ProcessTemplate } from './counters.js';
import type { PidRange } from './pid-allocator.js';
import {
  ADMINISTRATOR,
  LOCAL_SERVICE,
  NETWORK_SERVICE,
  NO_USER,
  SYSTEM,
  dwmUser,
} from './user-names.js';

function row(
  name: string,
  session: number,
  userName: string,
  counters: CounterRow,
  cpuPerTick: number,
  pid?: number | PidRange,
): ProcessTemplate {
  const base = { name, session, userName, counters, cpuPerTick };
  if (pid === undefined) return base;
  return typeof pid === 'number' ? { ...base, pid } : { ...base, pidRange: pid };
}

// smss starts csrss 532 and wininit 696, and wininit starts services and lsass, so on a
// freshly booted Windows they hold PIDs just below and just above those.
const BEFORE_CSRSS: PidRange = { min: 200, max: 528 };
const AFTER_WININIT: PidRange = { min: 700, max: 872 };

/** Session 0: the kernel's own entries, boot processes, services. */
const SERVICES_SESSION: readonly ProcessTemplate[] = [
  row('Idle', 0, NO_USER, [0, 0, 0, 0, 0, null], 0, 0),
  row('System', 0, SYSTEM, [2541, 0, 116, 128, 3, 86.41], 0.02, 4),
  row('smss', 0, SYSTEM, [46, 3, 368, 1136, 2101359, 0.14], 0, BEFORE_CSRSS),
  row('csrss', 0, SYSTEM, [255, 12, 1820, 4000, 2101398, 0.53], 0.0008, 532),
  row('wininit', 0, SYSTEM, [107, 9, 1096, 4732, 2101377, 0.05], 0.0001, 696),
  row('services', 0, SYSTEM, [262, 13, 3248, 7612, 2101384, 1.95], 0.001, AFTER_WININIT),
  row('lsass', 0, SYSTEM, [812, 24, 5320, 14012, 2101409, 2.31], 0.001, AFTER_WININIT),
  row('svchost', 0, SYSTEM, [692, 19, 5216, 15908, 2101400, 1.12], 0.0006),
  row('svchost', 0, NETWORK_SERVICE, [574, 17, 4412, 10364, 2101395, 0.86], 0.0005),
  row('svchost', 0, LOCAL_SERVICE, [402, 22, 6828, 13720, 2101405, 0.73], 0.0004),
  row('svchost', 0, SYSTEM, [1514, 51, 19844, 40116, 2101472, 12.92], 0.006),
  row('svchost', 0, LOCAL_SERVICE, [721, 34, 12480, 20504, 2101420, 2.02], 0.001),
  row('svchost', 0, SYSTEM, [388, 21, 7760, 17416, 2101428, 0.66], 0.0003),
  row('svchost', 0, NETWORK_SERVICE, [245, 19, 3316, 10232, 2101396, 0.39], 0.0002),
  row('svchost', 0, LOCAL_SERVICE, [212, 12, 2124, 7748, 2101390, 0.19], 0.0001),
  row('svchost', 0, SYSTEM, [466, 25, 8652, 20772, 2101432, 1.31], 0.0008),
  row('svchost', 0, LOCAL_SERVICE, [154, 11, 1764, 6836, 2101385, 0.08], 0.0001),
  row('svchost', 0, NETWORK_SERVICE, [318, 16, 4640, 12308, 2101401, 0.47], 0.0003),
  row('svchost', 0, SYSTEM, [279, 15, 3988, 11648, 2101399, 0.31], 0.0002),
  row('vmcompute', 0, SYSTEM, [402, 21, 4356, 12744, 2101402, 0.84], 0.0005, 876),
  row('vmms', 0, SYSTEM, [1106, 38, 17184, 31420, 2101466, 3.12], 0.002, 1876),
  row('spoolsv', 0, SYSTEM, [396, 26, 5260, 13684, 2101417, 0.2], 0.0001),
  row('MsMpEng', 0, SYSTEM, [602, 45, 88124, 96732, 2101612, 48.62], 0.02),
  row('msdtc', 0, NETWORK_SERVICE, [195, 12, 2208, 8580, 2101398, 0.06], 0.0001),
  row('WmiPrvSE', 0, NETWORK_SERVICE, [270, 14, 6564, 12480, 2101406, 0.92], 0.0006),
  row('dllhost', 0, SYSTEM, [172, 12, 3108, 9920, 2101391, 0.09], 0.0001),
  // TP4's `docker.exe daemon -D -b "Virtual Switch"` (deployment/docker_windows.md).
  row('docker', 0, SYSTEM, [245, 22, 36240, 28516, 2101540, 1.73], 0.004),
];

/** Session 1: the console logon, where the user's PowerShell runs. */
const CONSOLE_SESSION: readonly ProcessTemplate[] = [
  row('csrss', 1, SYSTEM, [116, 11, 1284, 3700, 2101394, 0.25], 0.0003, 608),
  row('winlogon', 1, SYSTEM, [178, 10, 2036, 8920, 2101400, 0.16], 0.0001, 752),
  row('dwm', 1, dwmUser(1), [258, 22, 21868, 38312, 2101480, 2.85], 0.002),
  row('explorer', 1, ADMINISTRATOR, [880, 46, 21640, 66212, 2101648, 4.48], 0.002),
  row('sihost', 1, ADMINISTRATOR, [304, 19, 4840, 17584, 2101418, 0.42], 0.0002),
  row('taskhostw', 1, ADMINISTRATOR, [251, 17, 4500, 12648, 2101410, 0.28], 0.0001),
  row('RuntimeBroker', 1, ADMINISTRATOR, [282, 14, 3856, 14960, 2101402, 0.23], 0.0001),
  row('ShellExperienceHost', 1, ADMINISTRATOR, [558, 38, 21256, 46420, 2101718, 0.81], 0.0002),
  row('SearchUI', 1, ADMINISTRATOR, [636, 41, 31860, 52968, 2101760, 0.94], 0.0002),
  row('ServerManager', 1, ADMINISTRATOR, [538, 39, 68420, 82304, 2101822, 6.88], 0.001),
  row('conhost', 1, ADMINISTRATOR, [95, 8, 6372, 11228, 2101399, 0.02], 0.0001),
  row('powershell', 1, ADMINISTRATOR, [516, 29, 58412, 66448, 2101623, 1.97], 0.003),
];

/** Session 2: an RDP session (the seed's third csrss). */
const RDP_SESSION: readonly ProcessTemplate[] = [
  row('csrss', 2, SYSTEM, [246, 13, 1844, 5504, 2101417, 3.45], 0.004, 3484),
  row('winlogon', 2, SYSTEM, [162, 10, 1868, 8612, 2101399, 0.11], 0.0001, 3204),
  row('dwm', 2, dwmUser(2), [231, 20, 18452, 33104, 2101462, 1.92], 0.0015),
  row('rdpclip', 2, ADMINISTRATOR, [207, 13, 2460, 9472, 2101405, 0.08], 0.0001),
  row('explorer', 2, ADMINISTRATOR, [742, 41, 18912, 58736, 2101630, 3.07], 0.0015),
  row('sihost', 2, ADMINISTRATOR, [286, 18, 4412, 16640, 2101416, 0.35], 0.0002),
  row('taskhostw', 2, ADMINISTRATOR, [233, 16, 4236, 11872, 2101408, 0.2], 0.0001),
  row('RuntimeBroker', 2, ADMINISTRATOR, [265, 14, 3532, 14136, 2101401, 0.17], 0.0001),
  row('ShellExperienceHost', 2, ADMINISTRATOR, [541, 37, 20404, 44872, 2101714, 0.66], 0.0002),
  row('SearchUI', 2, ADMINISTRATOR, [603, 40, 30552, 51204, 2101755, 0.71], 0.0002),
  // The TP4 screenshot of vmwp processes was taken in Task Manager, run as Administrator.
  row('Taskmgr', 2, ADMINISTRATOR, [402, 31, 12852, 30240, 2101560, 1.21], 0.003),
];

/** In boot order: allocated PIDs are drawn in this order, so the order is part of the seed. */
export const HOST_BOOT_PROCESSES: readonly ProcessTemplate[] = [
  ...SERVICES_SESSION,
  ...CONSOLE_SESSION,
  ...RDP_SESSION,
];
