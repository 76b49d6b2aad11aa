// The kernel map's model (issue 14): what isolation is, as boxes. The host kernel holds
// sessions 0, 1 and 2 and one session per running Windows Server (Default) container, each
// with its csrss; every running Hyper-V container is a utility VM with its own kernel,
// session 1 and csrss (PID 956, SI 1: docs/reference-windows-containers.md §2 and spec
// rule 10), tied to the one vmwp the host runs for it, as the container ID. Pure: the
// component lays out what this returns, and a big host folds to counts within the rows
// given, always keeping the selected container in view.
import {
  csrssRoster,
  hostSessions,
  hyperVRoster,
  runningContainers,
  type HostSession,
  type HostState,
  type SimProcess,
} from '../../sim/index.js';

export type SessionOwner = 'services' | 'console' | 'rdp' | 'container';

export interface SessionRow {
  readonly kind: 'session';
  readonly sessionId: number;
  readonly owner: SessionOwner;
  /** The Windows Server container holding the session (owner 'container'). */
  readonly containerName: string | null;
  readonly containerId: string | null;
  /** The session's csrss on the host kernel (the same PID the host's list shows). */
  readonly csrssPid: number | null;
  readonly selected: boolean;
}

export interface VmwpRow {
  readonly kind: 'vmwp';
  readonly pid: number;
  /** The upper-case container ID the vmwp runs as. */
  readonly userName: string;
  readonly containerName: string;
  readonly containerId: string;
  readonly selected: boolean;
}

/** What a fold stands for: `count` rows left out (for sessions, their lowest and highest id). */
export interface FoldRow {
  readonly kind: 'more-sessions' | 'more-vmwp';
  readonly count: number;
  readonly first: number;
  readonly last: number;
}

export type HostRow = SessionRow | VmwpRow | FoldRow;

export interface UtilityVmBox {
  readonly containerName: string;
  readonly containerId: string;
  /** The utility VM's csrss: its own kernel's PID and session. */
  readonly csrssPid: number | null;
  readonly sessionId: number | null;
  readonly vmwpPid: number | null;
  readonly selected: boolean;
}

export interface KernelMapModel {
  readonly hostRows: readonly HostRow[];
  readonly utilityVms: readonly UtilityVmBox[];
  /** Utility VMs not drawn as boxes. */
  readonly moreUtilityVms: number;
  readonly counts: {
    /** Host sessions in use (0–2 plus one per running Windows Server container). */
    readonly sessions: number;
    readonly hostCsrss: number;
    readonly windowsServer: number;
    readonly hyperV: number;
  };
}

/** How much room the map has: rows for the host box's body, boxes in the VM row. */
export interface MapBudget {
  readonly hostRows: number;
  readonly utilityVms: number;
}

const OWNERS: Readonly<Record<HostSession['kind'], SessionOwner>> = {
  services: 'services',
  console: 'console',
  rdp: 'rdp',
  container: 'container',
};

function sessionRows(
  host: HostState,
  hostCsrss: readonly SimProcess[],
  selectedId: string | null,
): SessionRow[] {
  const csrssBySession = new Map<number, number>();
  for (const p of hostCsrss) csrssBySession.set(p.sessionId, p.pid);
  return hostSessions(host).map((s) => ({
    kind: 'session',
    sessionId: s.sessionId,
    owner: OWNERS[s.kind],
    containerName: s.container?.name ?? null,
    containerId: s.container?.containerId ?? null,
    csrssPid: csrssBySession.get(s.sessionId) ?? null,
    selected: s.container !== null && s.container.containerId === selectedId,
  }));
}

function utilityVmsOf(host: HostState, selectedId: string | null) {
  const boxes: UtilityVmBox[] = [];
  const vmwps: VmwpRow[] = [];
  for (const c of runningContainers(host)) {
    if (c.runtimeType !== 'HyperV') continue;
    // Who, not counters: from the rosters, building none of a ticked host's processes.
    const { vmwp, vmCsrss: csrss } = hyperVRoster(host, c.containerId);
    const selected = c.containerId === selectedId;
    const base = { containerName: c.name, containerId: c.containerId, selected };
    boxes.push({
      ...base,
      csrssPid: csrss?.pid ?? null,
      sessionId: csrss?.sessionId ?? null,
      vmwpPid: vmwp?.pid ?? null,
    });
    if (vmwp) vmwps.push({ kind: 'vmwp', ...base, pid: vmwp.pid, userName: vmwp.userName });
  }
  return { boxes, vmwps };
}

/** The first `room` items, the selected one among them; the rest are left out. */
export function keepSelected<T extends { readonly selected: boolean }>(
  items: readonly T[],
  room: number,
): { shown: T[]; hidden: T[] } {
  if (items.length <= room) return { shown: [...items], hidden: [] };
  if (room <= 0) return { shown: [], hidden: [...items] };
  const chosen = items.slice(0, room);
  const selected = items.findIndex((i) => i.selected);
  if (selected >= room) chosen[room - 1] = items[selected] as T;
  const kept = new Set(chosen);
  return { shown: chosen, hidden: items.filter((i) => !kept.has(i)) };
}

/** A list cut to `room` rows, its last row a fold when anything is left out. */
function folded<T extends SessionRow | VmwpRow>(
  items: readonly T[],
  room: number,
  kind: FoldRow['kind'],
  number: (item: T) => number,
): HostRow[] {
  if (items.length <= room) return [...items];
  const { shown, hidden } = keepSelected(items, Math.max(0, room - 1));
  const numbers = hidden.map(number);
  const fold: FoldRow = {
    kind,
    count: hidden.length,
    first: Math.min(...numbers),
    last: Math.max(...numbers),
  };
  return [...shown, fold];
}

/** The host box's rows within `room`: the host's own sessions, then containers, then vmwp. */
function hostRowsWithin(own: SessionRow[], held: SessionRow[], vmwps: VmwpRow[], room: number) {
  const left = Math.max(0, room - own.length);
  if (held.length + vmwps.length <= left) return [...own, ...held, ...vmwps];
  // Each kind keeps room in proportion to its count: with room, at least a row and its
  // fold; when short, the sessions keep the selected one and the vmwp fold to a count.
  const share = Math.round((left * vmwps.length) / (held.length + vmwps.length));
  const vmwpShare = vmwps.length === 0 ? 0 : left >= 4 ? Math.max(2, share) : 1;
  const heldRoom = Math.max(0, left - Math.min(vmwps.length, vmwpShare));
  const vmwpRoom = left - Math.min(heldRoom, held.length);
  return [
    ...own,
    ...folded(held, heldRoom, 'more-sessions', (r) => r.sessionId),
    ...folded(vmwps, vmwpRoom, 'more-vmwp', (r) => r.pid),
  ];
}

export function kernelMapModel(
  host: HostState,
  selectedId: string | null,
  budget: MapBudget,
): KernelMapModel {
  const hostCsrss = csrssRoster(host).host;
  const sessions = sessionRows(host, hostCsrss, selectedId);
  const own = sessions.filter((s) => s.owner !== 'container');
  const held = sessions.filter((s) => s.owner === 'container');
  const { boxes, vmwps } = utilityVmsOf(host, selectedId);
  const vms = keepSelected(boxes, budget.utilityVms);
  return {
    hostRows: hostRowsWithin(own, held, vmwps, budget.hostRows),
    utilityVms: vms.shown,
    moreUtilityVms: vms.hidden.length,
    counts: {
      sessions: sessions.length,
      hostCsrss: hostCsrss.length,
      windowsServer: held.length,
      hyperV: boxes.length,
    },
  };
}

/** A utility VM's box: four rows (borders, its session, its csrss). */
export const VM_BOX = { width: 27, height: 4 } as const;

export interface MapGeometry extends MapBudget {
  readonly vmBoxWidth: number;
  /** The row of utility VM boxes (0 when none runs) and its fold line. */
  readonly vmRows: number;
  /** The utility VMs' fold goes beside their boxes (else on a row of its own). */
  readonly foldBeside: boolean;
}

/** Cells the utility VMs' fold ("+ 166 utility VMs") needs beside the boxes. */
const FOLD_BESIDE = 20;

/**
 * Where the map's rows go inside `width`×`height`: a summary row, the host box, and a row
 * of utility VM boxes with a fold line under it when not all of them fit.
 */
export function mapGeometry(host: HostState, width: number, height: number): MapGeometry {
  const hyperV = runningContainers(host).filter((c) => c.runtimeType === 'HyperV').length;
  const vmBoxWidth = Math.min(VM_BOX.width, Math.max(0, width));
  let perRow = Math.max(1, Math.floor((width + 1) / (vmBoxWidth + 1)));
  const folds = hyperV > perRow;
  // A box gives its place to the fold rather than the host box a row.
  if (folds && perRow > 1 && width - perRow * (vmBoxWidth + 1) < FOLD_BESIDE) perRow -= 1;
  const foldBeside = folds && width - perRow * (vmBoxWidth + 1) >= FOLD_BESIDE;
  const vmRows = hyperV === 0 ? 0 : VM_BOX.height + (folds && !foldBeside ? 1 : 0);
  return {
    vmBoxWidth,
    vmRows,
    foldBeside,
    utilityVms: perRow,
    hostRows: Math.max(0, height - 1 - 2 - vmRows),
  };
}
