// The dashboard the naive way, for comparison: every row of every list rendered, the
// process lists and the containers as ink-table tables, every derived value recomputed on
// every render, nothing windowed or memoised. Same model, same data shown.
import { Box, Text } from 'ink';
import { Table } from 'ink-table';
import { createElement as h, useSyncExternalStore } from 'react';
import {
  csrssSummary,
  findContainerById,
  processesSeenFrom,
  sortProcessesForDisplay,
} from '../dist/sim/index.js';

const tag = (host, p) => {
  if (p.containerId === null) return '';
  const c = findContainerById(host, p.containerId);
  if (c === undefined) return '';
  return p.name === 'vmwp' ? `◇ utility VM of ${c.name}` : `◆ ${c.name} (shared kernel)`;
};

const rows = (host, processes) =>
  sortProcessesForDisplay(processes).map((p) => ({
    Name: p.name,
    Id: p.pid,
    SI: p.sessionId,
    'WS(K)': p.wsK,
    'CPU(s)': p.cpu === null ? '' : p.cpu.toFixed(2),
    Tag: tag(host, p),
  }));

export function NaiveDashboard({ sim }) {
  const host = useSyncExternalStore(sim.store.subscribe, sim.getState);
  const entered = host.entered?.containerId ?? host.containers[0]?.containerId ?? null;
  const summary = csrssSummary(host, entered ?? undefined);
  return h(
    Box,
    { flexDirection: 'column' },
    h(Text, { bold: true }, `Containers ${host.containers.length}`),
    h(Table, {
      data: host.containers.map((c) => ({
        Name: c.name,
        Image: c.image,
        Runtime: c.runtimeType,
        State: c.state,
        Uptime: c.startedAt === null ? '' : String(Math.floor((host.now - c.startedAt) / 1000)),
      })),
    }),
    h(Text, { bold: true }, `Host processes ${host.kernels.host.processes.length}`),
    h(Table, { data: rows(host, host.kernels.host.processes) }),
    h(Text, { bold: true }, 'Session'),
    entered === null ? null : h(Table, { data: rows(host, processesSeenFrom(host, entered)) }),
    h(
      Text,
      null,
      `csrss — host ${summary.host.length} (${summary.hostFromContainers.length} from containers)`,
    ),
  );
}
