// The host pane's list is updated, not rebuilt, when containers start and stop and marks
// come and go (list-update.ts). After every step of a run of such actions — in every sort
// and with the csrss-only and filter queries — it lists exactly the rows, in exactly the
// order and with the marks, that building it from scratch gives.
import { describe, expect, it } from 'vitest';
import { createSim, type HostState } from '../../../src/sim/index.js';
import {
  absorbEvents,
  initialHighlights,
  pruneHighlights,
} from '../../../src/ui/state/highlights.js';
import type { Highlights } from '../../../src/ui/state/highlights.js';
import {
  buildProcessList,
  paneList,
  type ListEntry,
  type ListQuery,
} from '../../../src/ui/state/process-list.js';
import { liveCount } from '../../../src/ui/state/list-build.js';

const rows = (list: readonly ListEntry[]) =>
  list.map(
    (e) => `${e.key} ${e.name} ${e.sessionId} ${e.change ?? ''} ${e.ghostContainerName ?? ''}`,
  );

function fromScratch(host: HostState, highlights: Highlights, query: ListQuery): string[] {
  const structural =
    query.sort === 'cpu' || query.sort === 'memory' ? { ...query, sort: 'name' as const } : query;
  const list = buildProcessList(
    host.kernels.host?.processes ?? [],
    highlights.vanished.filter((g) => g.ref.kernelId === 'host'),
    highlights.appeared,
    structural,
    (id) => host.containers.find((c) => c.containerId === id)?.name ?? null,
  );
  return rows(list);
}

const QUERIES: ListQuery[] = [
  { filter: '', csrssOnly: false, sort: 'isolation' },
  { filter: '', csrssOnly: false, sort: 'name' },
  { filter: '', csrssOnly: true, sort: 'id' },
  { filter: 'c0', csrssOnly: false, sort: 'session' },
];

describe('the host list, updated in place', () => {
  it.each(QUERIES)('equals a rebuild after every step (%o)', (query) => {
    const sim = createSim({ seed: 3, scale: { hostProcesses: 400, containers: 12 } });
    let highlights = initialHighlights(sim.getState());
    let now = 0;
    const check = () => {
      const host = sim.getState();
      highlights = pruneHighlights(absorbEvents(highlights, host, now), now);
      const list = paneList('host', { host, highlights, query, containerId: null });
      expect(rows(list)).toEqual(fromScratch(host, highlights, query));
      // The count an update records (not recounted) is the count of live rows.
      expect(liveCount(list)).toBe(list.filter((e) => e.process !== null).length);
    };
    check();
    const ids = sim.getState().containers.map((c) => c.containerId);
    for (const [i, id] of ids.entries()) {
      now += 1500; // marks of earlier steps expire as these go on
      if (i % 3 === 0) sim.actions.stopContainer(id);
      else if (i % 3 === 1) sim.actions.enterSession(id);
      else sim.actions.exitSession();
      check();
      if (i % 3 === 0) {
        sim.actions.startContainer(id);
        check();
      }
      sim.actions.tick();
      check();
    }
    const made = sim.actions.newContainer({ name: 'C0NEW', image: 'NanoServer' });
    if (made.ok) sim.actions.startContainer(made.value.containerId);
    check();
    now += 10_000;
    check();
  });
});
