// The typed filter's rule (list-filter.ts), as the Host pane's `/` applies it: a name that
// contains the text, a PID that starts with it, or an owning container whose name contains
// it — the same for a row checked alone (listFilter) and for positions (filterPositions).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SimProcess } from '../../../src/sim/index.js';
import { filterPositions, listFilter, pidStartsWith } from '../../../src/ui/state/list-filter.js';
import type { ListQuery } from '../../../src/ui/state/list-entry.js';

const process = (pid: number, name: string, containerId: string | null = null) =>
  ({ pid, name, containerId }) as SimProcess;
const processes = [
  process(4, 'System'),
  process(408, 'smss'),
  process(532, 'csrss'),
  process(1408, 'svchost'),
  process(2084, 'CExecSvc', 'c1'),
  process(3408, 'lsass', 'c2'),
];
const owners: Record<string, string> = { c1: 'WEB', c2: 'DB408' };
const ownerName = (id: string) => owners[id] ?? null;
const query = (filter: string, csrssOnly = false): ListQuery => ({ filter, csrssOnly, sort: 'id' });

/** The names each way keeps. */
function kept(filter: string): { alone: string[]; positions: string[] } {
  const keep = listFilter(query(filter), ownerName);
  const alone = processes
    .filter((p) => keep(p.name.toLowerCase(), p.pid, p.containerId, null))
    .map((p) => p.name);
  const all = Uint32Array.from(processes.keys());
  const positions = [...filterPositions(processes, all, query(filter), ownerName)].map(
    (at) => (processes[at] as SimProcess).name,
  );
  return { alone, positions };
}

describe('the typed filter', () => {
  it('keeps a PID that starts with the text, not one that only ends with it', () => {
    const { alone, positions } = kept('14');
    expect(alone).toEqual(['svchost']);
    expect(positions).toEqual(alone);
  });

  it('keeps names containing the text, in any case, and processes of a matching container', () => {
    expect(kept('SS').alone).toEqual(['smss', 'csrss', 'lsass']);
    expect(kept('web').alone).toEqual(['CExecSvc']);
    // "408": smss's PID starts with it, DB408 owns lsass; 1408 and 3408 only end with it.
    const { alone, positions } = kept('408');
    expect(alone).toEqual(['smss', 'lsass']);
    expect(positions).toEqual(alone);
  });

  it('keeps everything when empty; csrss-only keeps csrss and vmwp alone', () => {
    expect(kept('  ').alone).toHaveLength(processes.length);
    const keep = listFilter(query('', true), ownerName);
    expect(processes.filter((p) => keep(p.name.toLowerCase(), p.pid, null, null))).toEqual([
      processes[2],
    ]);
  });
});

describe('a PID that starts with the filter, without making its string', () => {
  it('answers as String(pid).startsWith for any PID and any filter', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.nat(),
          fc.integer({ min: 0, max: 2 ** 53 - 1 }),
          fc.constantFrom(0, 4, 10, 408),
        ),
        fc.oneof(
          fc.stringMatching(/^[0-9]{1,20}$/),
          fc.string({ maxLength: 4 }),
          fc.constantFrom('0', '00', '4', '40', '408', '1', '10'),
        ),
        (pid, needle) => {
          expect(pidStartsWith(needle)(pid)).toBe(String(pid).startsWith(needle));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('finds every prefix of a PID, and nothing one digit more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 53 - 1 }), fc.nat(16), fc.nat(9), (pid, k, d) => {
        const prefix = String(pid).slice(0, k + 1);
        expect(pidStartsWith(prefix)(pid)).toBe(true);
        const longer = `${String(pid)}${d}`;
        expect(pidStartsWith(longer)(pid)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('matches by leading digits, not by any digits', () => {
    const starts = pidStartsWith('40');
    expect([4, 40, 408, 4000, 1408, 3400].filter(starts)).toEqual([40, 408, 4000]);
    expect([0, 10, 100].filter(pidStartsWith('0'))).toEqual([0]);
    expect([0, 408].filter(pidStartsWith('a4'))).toEqual([]);
  });
});
