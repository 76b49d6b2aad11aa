// An edited roster's stretches (src/sim/drift-runs.ts): for random edits — processes taken
// out, new ones put in — every position maps back to the same object in the earlier list
// (or to -1 when it is new), and two edits composed map as the two applied one after the
// other do.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeRuns, eachRun, fromOf, runsBetween, runsOf } from '../../src/sim/drift-runs.js';
import { mergeByPid, removeContainerProcesses } from '../../src/sim/process-table.js';
import type { SimProcess } from '../../src/sim/index.js';

const proc = (pid: number) => ({ pid }) as SimProcess;

/** A pid-sorted list of distinct pids (multiples of 4, as Windows hands them out). */
const roster = fc
  .uniqueArray(fc.nat(400), { maxLength: 60 })
  .map((pids) => pids.sort((a, b) => a - b).map((p) => proc(p * 4)));

/** `list` with a random subset taken out and new processes (odd pids: never equal) put in. */
const editOf = (list: readonly SimProcess[]) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: list.length, maxLength: list.length }),
      fc.uniqueArray(fc.nat(400), { maxLength: 8 }),
    )
    .map(([keep, added]) =>
      [...list.filter((_, i) => keep[i]), ...added.map((p) => proc(p * 4 + 1))].sort(
        (a, b) => a.pid - b.pid,
      ),
    );

/** The oracle: each position's object looked up in the earlier list. */
const mapping = (before: readonly SimProcess[], after: readonly SimProcess[]) =>
  after.map((p) => before.indexOf(p));

const mapped = (runs: readonly number[], length: number) =>
  Array.from({ length }, (_, i) => fromOf(runs, i));

describe('drift runs', () => {
  it('map every position of an edited roster to where it was, or -1 when new', () => {
    fc.assert(
      fc.property(
        roster.chain((before) => fc.tuple(fc.constant(before), editOf(before))),
        ([before, after]) => {
          const runs = runsBetween(before, after);
          expect(mapped(runs, after.length)).toEqual(mapping(before, after));
          // The stretches cover the roster once, in order.
          let next = 0;
          eachRun(runs, (start, length) => {
            expect(start).toBe(next);
            expect(length).toBeGreaterThan(0);
            next += length;
          });
          expect(next).toBe(after.length);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('compose two edits as the two applied one after the other', () => {
    fc.assert(
      fc.property(
        roster
          .chain((a) => fc.tuple(fc.constant(a), editOf(a)))
          .chain(([a, b]) => fc.tuple(fc.constant(a), fc.constant(b), editOf(b))),
        ([a, b, c]) => {
          const composed = composeRuns(runsBetween(b, c), runsBetween(a, b));
          expect(mapped(composed, c.length)).toEqual(mapping(a, c));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('are what the edit notes: a merge or a removal knows its runs without the walk', () => {
    // Processes of containers a and b among the host's; the edit takes one container out
    // or merges new ones in (odd pids, some at the same place), as actions do.
    const owned = fc.uniqueArray(fc.nat(400), { maxLength: 60 }).chain((pids) =>
      fc.tuple(
        fc.constant(pids.sort((a, b) => a - b)),
        fc.array(fc.constantFrom(null, 'a', 'b'), {
          minLength: pids.length,
          maxLength: pids.length,
        }),
        fc.uniqueArray(fc.nat(400), { maxLength: 8 }),
        fc.constantFrom('a', 'b', 'merge'),
      ),
    );
    fc.assert(
      fc.property(owned, ([pids, owners, added, edit]) => {
        const before = pids.map(
          (p, i) => ({ pid: p * 4, name: 'p', containerId: owners[i] ?? null }) as SimProcess,
        );
        const after =
          edit === 'merge'
            ? mergeByPid(
                before,
                added.map((p) => ({ pid: p * 4 + 1, containerId: 'c' }) as SimProcess),
              )
            : removeContainerProcesses(before, edit).kept;
        expect(runsOf(before, after)).toEqual(runsBetween(before, after));
        // Not the walk's own answer: the edit noted it (a list nobody edited has none).
        expect(runsOf(before, after)).toBe(runsOf(before, after));
        const copy = [...after];
        expect(runsOf(before, copy)).not.toBe(runsOf(before, copy));
      }),
      { numRuns: 400 },
    );
  });

  it('keep an edit of a few processes in a few stretches, not one per process', () => {
    const before = Array.from({ length: 50_000 }, (_, i) => proc(i * 4));
    const after = [...before.slice(0, 20_000), proc(80_001), ...before.slice(20_010)];
    expect(runsBetween(before, after)).toEqual([
      0, 20_000, 0, 20_000, 1, -1, 20_001, 29_990, 20_010,
    ]);
  });
});
