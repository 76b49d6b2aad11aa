// The one-line summary of the seed's experiment: how many csrss the host has, how many
// of them are a container's, and what the container itself sees (SPEC §5).
import {
  csrssSummary,
  findContainerById,
  processSetOf,
  runningContainers,
  utilityVmKernelId,
} from '../sim/index.js';
import type { HostState } from '../sim/types.js';
import type { Translate } from './i18n.js';
import { printable } from './text-width.js';

export interface SummaryParts {
  readonly host: string;
  readonly inside: string | null;
  /** How the container shares (or not) the host's kernel, for the cue's colour. */
  readonly kind: 'shared' | 'utility-vm' | null;
}

const NONE: readonly never[] = [];

/**
 * What the summary depends on: who runs where (on the host and in the container's utility
 * VM), the containers and the entered session, never the counters. A tick changes none of
 * these, so the line (a long text at 500 containers) is not rebuilt on every tick.
 */
export function summaryDeps(host: HostState, containerId: string | null): readonly unknown[] {
  const id = containerId ?? host.entered?.containerId ?? null;
  return [
    processSetOf(host.kernels.host?.processes ?? NONE),
    id === null ? null : processSetOf(host.kernels[utilityVmKernelId(id)]?.processes ?? NONE),
    host.containers,
    host.entered,
    containerId,
  ];
}

export function summaryParts(
  host: HostState,
  containerId: string | null,
  t: Translate,
): SummaryParts {
  const summary = csrssSummary(host, containerId ?? undefined);
  const counts = new Map<string, number>();
  for (const p of summary.hostFromContainers) {
    const name =
      p.containerId === null ? '?' : (findContainerById(host, p.containerId)?.name ?? '?');
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let hostText = t('summary.host', { count: summary.host.length });
  if (counts.size > 0) {
    const from = [...counts].map(([name, count]) =>
      t('summary.from', { count, name: printable(name) }),
    );
    hostText += ` (${from.join(', ')})`;
  }
  const inside = summary.inside;
  if (inside === null) {
    const container = containerId === null ? undefined : findContainerById(host, containerId);
    if (container !== undefined)
      return {
        host: hostText,
        inside: t('summary.off', { name: printable(container.name) }),
        kind: null,
      };
    if (runningContainers(host).length === 0)
      return { host: hostText, inside: t('summary.noneRunning'), kind: null };
    return { host: hostText, inside: null, kind: null };
  }
  const name = printable(inside.container.name);
  const pid = inside.csrss.map((p) => p.pid).join(', ') || '—';
  const count = inside.csrss.length;
  return inside.sharedWithHost
    ? { host: hostText, inside: t('summary.shared', { name, count, pid }), kind: 'shared' }
    : { host: hostText, inside: t('summary.own', { name, count, pid }), kind: 'utility-vm' };
}

export function summaryText(parts: SummaryParts): string {
  return parts.inside === null ? parts.host : `${parts.host} · ${parts.inside}`;
}
