// A pane listing every process (the first frame's host pane) puts them in order as
// positions and makes entries for its visible rows only (issue 16). What it shows must be
// what the list made in full shows: the order of a plain sort, the same entries, the same
// length and live count, reversed alike.
import { describe, expect, it } from 'vitest';
import {
  createScaledState,
  processKey,
  type HostState,
  type SimProcess,
} from '../../../src/sim/index.js';
import { initialHighlights } from '../../../src/ui/state/highlights.js';
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
function plainSort(processes: readonly SimProcess[], sort: 'name' | 'isolation'): string[] {
  return processes
    .map((p) => ({
      entry: { key: processKey(p), pid: p.pid },
      lower: p.name.toLowerCase(),
      rank: isolationRank(p.name),
    }))
    .sort(compare(sort) as never)
    .map((k) => k.entry.key);
}

const proc = (pid: number, name: string): SimProcess =>
  ({ pid, name, sessionId: 0, kernelId: 'host', containerId: null }) as unknown as SimProcess;

describe('positions by name, without entries', () => {
  const state = createScaledState({ seed: 8, hostProcesses: 3000, containers: 60 });
  const processes = state.kernels.host!.processes;

  it.each(['name', 'isolation'] as const)('by %s: the order of a plain sort', (sort) => {
    const before = baseEntriesBuilt();
    const positions = knownPositions(processes, sort)!;
    expect(baseEntriesBuilt()).toBe(before);
    expect(Array.from(positions, (at) => processKey(processes[at]!))).toEqual(
      plainSort(processes, sort),
    );
  });

  it('names that differ only in case are one name, in pid order', () => {
    const mixed = [
      proc(4, 'svchost'),
      proc(8, 'SVCHOST'),
      proc(12, 'csrss'),
      proc(16, 'svchost'),
      proc(20, 'Svchost'),
      proc(24, 'CSRSS'),
      proc(28, 'vmwp'),
      proc(32, 'Idle'),
    ];
    for (const sort of ['name', 'isolation'] as const)
      expect(Array.from(knownPositions(mixed, sort)!, (at) => processKey(mixed[at]!))).toEqual(
        plainSort(mixed, sort),
      );
  });

  it('are not guessed for processes out of pid order, or for other sorts', () => {
    const unordered = [proc(8, 'b'), proc(4, 'a')];
    expect(knownPositions(unordered, 'name')).toBeNull();
    expect(knownPositions([proc(4, 'a'), proc(4, 'a')], 'isolation')).toBeNull();
    expect(knownPositions(processes, 'id')).toBeNull();
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
