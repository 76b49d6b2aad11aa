// A pane listing every process (the first frame's host pane) puts them in order as
// positions and makes entries for its visible rows only (issue 16). What it shows must be
// what the list made in full shows: the order of a plain sort, the same entries, the same
// length and live count, reversed alike.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createScaledState,
  processKey,
  type HostState,
  type SimProcess,
} from '../../../src/sim/index.js';
import { initialHighlights } from '../../../src/ui/state/highlights.js';
import type { Ghost } from '../../../src/ui/state/highlights.js';
import { pendingList } from '../../../src/ui/state/list-build.js';
import {
  buildProcessList,
  paneList,
  paneRows,
  type ListQuery,
  type PaneListInput,
} from '../../../src/ui/state/process-list.js';
import { compare, isolationRank } from '../../../src/ui/state/process-order.js';
import { baseEntriesBuilt, knownPositions } from '../../../src/ui/state/sorted-base.js';

const query = (sort: ListQuery['sort'], reverse = false): ListQuery => ({
  filter: '',
  csrssOnly: false,
  sort,
  reverse,
});

/** The keys of `processes` as one plain sort orders them: the oracle. */
function plainSort(
  processes: readonly SimProcess[],
  sort: 'name' | 'isolation' | 'id' | 'session',
): string[] {
  return processes
    .map((p) => ({
      entry: { key: processKey(p), pid: p.pid, sessionId: p.sessionId },
      lower: p.name.toLowerCase(),
      rank: isolationRank(p.name),
    }))
    .sort(compare(sort) as never)
    .map((k) => k.entry.key);
}

const proc = (pid: number, name: string, sessionId = 0): SimProcess =>
  ({ pid, name, sessionId, kernelId: 'host', containerId: null }) as unknown as SimProcess;

describe('positions by name, without entries', () => {
  const state = createScaledState({ seed: 8, hostProcesses: 3000, containers: 60 });
  const processes = state.kernels.host!.processes;

  it.each(['name', 'isolation', 'id', 'session'] as const)(
    'by %s: the order of a plain sort',
    (sort) => {
      const before = baseEntriesBuilt();
      const positions = knownPositions(processes, sort)!;
      expect(baseEntriesBuilt()).toBe(before);
      expect(Array.from(positions, (at) => processKey(processes[at]!))).toEqual(
        plainSort(processes, sort),
      );
    },
  );

  it('names that differ only in case are one name, in pid order', () => {
    const mixed = [
      proc(4, 'svchost', 3),
      proc(8, 'SVCHOST'),
      proc(12, 'csrss', 3),
      proc(16, 'svchost'),
      proc(20, 'Svchost', 1),
      proc(24, 'CSRSS'),
      proc(28, 'vmwp', 1),
      proc(32, 'Idle', 3),
    ];
    for (const sort of ['name', 'isolation', 'id', 'session'] as const)
      expect(Array.from(knownPositions(mixed, sort)!, (at) => processKey(mixed[at]!))).toEqual(
        plainSort(mixed, sort),
      );
  });

  it('are not guessed for processes out of pid order', () => {
    const unordered = [proc(8, 'b'), proc(4, 'a')];
    for (const sort of ['name', 'isolation', 'id', 'session'] as const)
      expect(knownPositions(unordered, sort)).toBeNull();
    expect(knownPositions([proc(4, 'a'), proc(4, 'a')], 'isolation')).toBeNull();
    // A session id a counting sort cannot index: sorted as entries instead.
    expect(knownPositions([proc(4, 'a', -1), proc(8, 'b', 2)], 'session')).toBeNull();
    expect(
      buildProcessList(
        [proc(4, 'a', 3), proc(8, 'b', -1)],
        [],
        new Map(),
        query('session'),
        () => null,
      ).map((e) => e.pid),
    ).toEqual([8, 4]);
    // The list itself still comes out sorted.
    const list = buildProcessList(unordered, [], new Map(), query('name'), () => null);
    expect(list.map((e) => e.pid)).toEqual([4, 8]);
  });
});

describe("a pane's rows", () => {
  // A new model per case: the panes' memos never carry one case's list into the next.
  let seed = 9;
  const fresh = (): HostState =>
    createScaledState({ seed: seed++, hostProcesses: 2000, containers: 40 });

  it.each([
    ['isolation', false],
    ['name', false],
    ['isolation', true],
    ['id', false],
    ['memory', true],
  ] as const)('sorted by %s (reversed: %s): the rows of the list made in full', (sort, rev) => {
    const host = fresh();
    const input: PaneListInput = {
      host,
      highlights: initialHighlights(host),
      query: query(sort, rev),
      containerId: null,
    };
    const rows = paneRows('host', input);
    const list = paneList('host', input);
    expect(rows.length).toBe(list.length);
    expect(rows.live).toBe(list.length);
    for (const [a, b] of [
      [0, 23],
      [100, 140],
      [list.length - 5, list.length + 5],
    ] as const)
      expect(rows.slice(a, b)).toEqual(list.slice(a, b));
  });

  it('every process, unmarked: only the rows asked for are made', () => {
    const host = fresh();
    const input: PaneListInput = {
      host,
      highlights: initialHighlights(host),
      query: query('isolation'),
      containerId: null,
    };
    const before = baseEntriesBuilt();
    const rows = paneRows('host', input);
    expect(rows.slice(0, 23)).toHaveLength(23);
    expect(rows.length).toBe(host.kernels.host!.processes.length);
    expect(baseEntriesBuilt()).toBe(before);
    // Asked for in full (a key handler, a test), the list is made: every entry, once.
    paneList('host', input);
    expect(baseEntriesBuilt()).toBe(before + rows.length);
    paneList('host', input);
    expect(baseEntriesBuilt()).toBe(before + rows.length);
  });
});

describe('marks and ghosts on a pending list', () => {
  // `o`, or a start that marks a few rows and leaves ghosts, keeps the list pending: each
  // row must be the row of the list made in full, the ghosts in their places.
  const state = createScaledState({ seed: 12, hostProcesses: 1500, containers: 30 });
  const all = state.kernels.host!.processes;
  // csrss and vmwp are a few of 1,500: drawn as often as any process, so csrss-only's list
  // has marks and ghosts too.
  const evidence = all.flatMap((p, i) => (/^(csrss|vmwp)$/i.test(p.name) ? [i] : []));
  const index = fc.oneof(fc.nat(all.length - 1), fc.constantFrom(...evidence));
  const owner = (id: string) => state.containers.find((c) => c.containerId === id)?.name ?? null;
  const ghostOf = (p: SimProcess, i: number): Ghost => ({
    key: `${processKey(p)}#${i}`,
    ref: {
      kernelId: p.kernelId,
      pid: p.pid,
      name: p.name,
      sessionId: p.sessionId,
      containerId: p.containerId,
    },
    // A ghost's container may be gone: its name as it was, for the filter.
    containerName: i % 2 === 0 ? `GONE${i}` : null,
    until: 1,
  });

  it("every row, forward, is the made list's row", () => {
    fc.assert(
      fc.property(
        fc.constantFrom('isolation', 'name', 'id', 'session' as const),
        fc.uniqueArray(index, { maxLength: 40 }),
        fc.uniqueArray(index, { maxLength: 40 }),
        fc.boolean(),
        fc.boolean(),
        // A name's part, a PID's start, a container's name, nothing, or no match at all.
        fc.constantFrom('', 'c', 'SVC', '1', '42', 'c00', ' ost ', 'gone', 'zzz'),
        (sort, gone, marked, tie, csrssOnly, filter) => {
          expect(evidence.length).toBeGreaterThan(30);
          const goneSet = new Set(gone);
          const processes = all.filter((_, i) => !goneSet.has(i));
          const ghosts = gone.map((i, n) => ghostOf(all[i]!, n));
          // A ghost of a live row's name and pid (a pid reused): placed by its key.
          if (tie && processes.length > 0) ghosts.push(ghostOf(processes[0]!, 99));
          const appeared = new Map(marked.map((i) => [processKey(all[i]!), 1]));
          const q = { ...query(sort), csrssOnly, filter };
          const pending = pendingList(processes, ghosts, appeared, q, owner)!;
          const made = buildProcessList(processes, ghosts, appeared, q, owner);
          expect(pending.length).toBe(made.length);
          expect(pending.live).toBe(made.filter((e) => e.process !== null).length);
          for (let i = 0; i < made.length; i++) expect(pending.at(i)).toEqual(made[i]);
          expect(pending.list()).toBe(pending.list());
        },
      ),
      { numRuns: 40 },
    );
  });

  it('is not kept pending for a counter sort or many ghosts', () => {
    const ghosts = all.slice(0, 300).map(ghostOf);
    const none = new Map<string, number>();
    expect(pendingList(all, [], none, query('cpu'), () => null)).toBeNull();
    expect(pendingList(all.slice(300), ghosts, none, query('name'), () => null)).toBeNull();
  });
});
