// cmd.exe inside a docker container (`docker run -it … cmd`): a `C:\>` prompt where
// `tasklist` shows the container's processes as seen from inside, and `exit` ends cmd —
// and with it the container, whose main process it was.
import type { Sim } from '../../sim/index.js';
import { containerAdapters, processesSeenFrom } from '../../sim/index.js';
import { ipconfigLines } from '../network/ipconfig.js';
import { dirListing } from './cmd-dir.js';
import type { SimProcess } from '../../sim/index.js';
import { shortId } from './docker-format.js';

export const CMD_PROMPT = 'C:\\>';

export interface CmdResult {
  readonly lines: readonly string[];
  /** cmd exited: the container stops and the console returns to PowerShell. */
  readonly exited: boolean;
  readonly failed: boolean;
}

const imageName = (p: SimProcess): string =>
  p.pid === 0 ? 'System Idle Process' : p.name === 'System' ? 'System' : `${p.name}.exe`;

/** tasklist's table: Image Name 25, PID 8, Session Name 16, Session# 11, Mem Usage 12. */
export function tasklist(processes: readonly SimProcess[]): string[] {
  const rows = [...processes]
    .sort((a, b) => a.pid - b.pid)
    .map((p) => {
      const name = imageName(p);
      const session = p.sessionId === 0 ? 'Services' : '';
      const mem = `${p.wsK.toLocaleString('en-US')} K`;
      const cells = [
        name.slice(0, 25).padEnd(25),
        String(p.pid).padStart(8),
        session.padEnd(16),
        String(p.sessionId).padStart(11),
        mem.padStart(12),
      ];
      return cells.join(' ');
    });
  return [
    '',
    'Image Name                     PID Session Name        Session#    Mem Usage',
    '========================= ======== ================ =========== ============',
    ...rows,
  ];
}

/**
 * One line in cmd. `mainProcess`: cmd is the container's own process (docker run), so its
 * exit stops the container; a cmd started by docker exec leaves it running (D-QS).
 */
export function runCmdLine(
  sim: Sim,
  containerId: string,
  line: string,
  mainProcess = true,
): CmdResult {
  const trimmed = line.trim();
  const [word = '', ...args] = trimmed.split(/\s+/);
  const state = sim.getState();
  const container = state.containers.find((c) => c.containerId === containerId);
  switch (word.toLowerCase()) {
    case '':
      return { lines: [], exited: false, failed: false };
    case 'exit':
      if (mainProcess && container?.state === 'Running') sim.actions.stopContainer(containerId);
      return { lines: [], exited: true, failed: false };
    case 'tasklist':
      return {
        lines: tasklist(processesSeenFrom(state, containerId)),
        exited: false,
        failed: false,
      };
    case 'ver':
      return {
        lines: ['', 'Microsoft Windows [Version 10.0.10586]'],
        exited: false,
        failed: false,
      };
    case 'hostname':
      return {
        lines: [shortId(container?.dockerId ?? container?.containerId ?? '')],
        exited: false,
        failed: false,
      };
    case 'ipconfig':
      return {
        lines: ipconfigLines(containerAdapters(state, containerId)),
        exited: false,
        failed: false,
      };
    case 'dir':
      return { lines: dirListing(), exited: false, failed: false };
    case 'echo':
      return { lines: [args.join(' ')], exited: false, failed: false };
    case 'cls':
      return { lines: [], exited: false, failed: false };
    default:
      return {
        lines: [
          `'${word}' is not recognized as an internal or external command,`,
          'operable program or batch file.',
        ],
        exited: false,
        failed: true,
      };
  }
}
