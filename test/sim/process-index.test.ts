// The by-name index of a kernel's processes is carried from array to array through the
// edit that made each (process-index.ts); after edits nobody read between (t: stop, then
// start) it is read again. Whatever the order of edits and reads, it answers what reading
// every name answers.
import { describe, expect, it } from 'vitest';
import { indexesBuiltFromNames, MAX_CHAIN, processIndex } from '../../src/sim/process-index.js';
import { mergeByPid, removeContainerProcesses } from '../../src/sim/process-table.js';
import type { SimProcess } from '../../src/sim/types.js';

const NAMES = ['csrss', 'svchost', 'lsass', 'smss', 'vmwp'];

function proc(pid: number, containerId: string | null): SimProcess {
  return {
    pid,
    name: NAMES[Math.floor(pid / 4) % NAMES.length] as string,
    sessionId: 0,
    kernelId: 'host',
    containerId,
    userName: 'NT AUTHORITY\\SYSTEM',
    handles: 0,
    npmK: 0,
    pmK: 0,
    wsK: 0,
    vmM: 0,
    cpu: 0,
    startedAt: 0,
  };
}

/** The index as one pass over the names makes it. */
function readEveryName(processes: readonly SimProcess[]): Map<string, number[]> {
  const byName = new Map<string, number[]>();
  processes.forEach((p, i) => byName.set(p.name, [...(byName.get(p.name) ?? []), i]));
  return byName;
}

const hostOf = (count: number) => Array.from({ length: count }, (_, i) => proc(4 * (i + 1), null));
const containerProcesses = (id: string, pids: readonly number[]) =>
  pids.map((pid) => proc(pid, id));

/**
 * `edits` edits after an index was made, none read until the last — or, with `eachRead`,
 * each array's index checked as soon as it is made (every one then derived from the last).
 */
function chainOf(edits: number, eachRead?: (processes: readonly SimProcess[]) => void) {
  let processes = hostOf(40);
  processIndex(processes);
  for (let e = 0; e < edits; e++) {
    const id = `c${e}`;
    // Pids between the host's (multiples of 4) and above them, so positions move on both sides.
    const added = containerProcesses(id, [8 * e + 5, 4001 + 4 * e, 16 * e + 3]);
    processes =
      e % 2 === 0
        ? mergeByPid(processes, added)
        : removeContainerProcesses(processes, `c${e - 1}`).kept;
    eachRead?.(processes);
  }
  return processes;
}

describe('the by-name process index', () => {
  it.each([1, 2, 3, 4, 5, 9])(
    'after %i unread edits answers what reading every name answers',
    (edits) => {
      const processes = chainOf(edits);
      expect(new Map(processIndex(processes).byName)).toEqual(readEveryName(processes));
    },
  );

  it('answers right after every edit when each is read, each index derived from the last', () => {
    let reads = 0;
    chainOf(9, (processes) => {
      expect(new Map(processIndex(processes).byName)).toEqual(readEveryName(processes));
      reads++;
    });
    expect(reads).toBe(9);
  });

  it('keeps each array of a chain right when the middle one is read last', () => {
    const host = hostOf(20);
    processIndex(host);
    const one = mergeByPid(host, containerProcesses('a', [9, 401]));
    const two = removeContainerProcesses(one, 'a').kept;
    const three = mergeByPid(two, containerProcesses('b', [13, 405]));
    expect(new Map(processIndex(three).byName)).toEqual(readEveryName(three));
    expect(new Map(processIndex(one).byName)).toEqual(readEveryName(one));
    expect(new Map(processIndex(two).byName)).toEqual(readEveryName(two));
  });
});

describe('the by-name index after edits nobody read', () => {
  it('is derived, not read from every name, after a chain of edits (a stop is two)', () => {
    for (const edits of [1, 2, 5, MAX_CHAIN]) {
      const processes = chainOf(edits);
      const built = indexesBuiltFromNames();
      expect(new Map(processIndex(processes).byName)).toEqual(readEveryName(processes));
      expect(indexesBuiltFromNames(), `${edits} edits`).toBe(built);
    }
  });

  it('is read from every name again past MAX_CHAIN unread edits (each link holds its array)', () => {
    const processes = chainOf(MAX_CHAIN + 1);
    const built = indexesBuiltFromNames();
    expect(new Map(processIndex(processes).byName)).toEqual(readEveryName(processes));
    expect(indexesBuiltFromNames()).toBe(built + 1);
  });
});
