// Out-Default's `tail` option (what the dashboard's console asks for, since it keeps 500
// lines): exactly the last N lines of the full output, for tables, auto-sized tables, lists
// and scalars mixed, at every N — and the full output when no tail is asked.
import { describe, expect, it } from 'vitest';
import { formatOutput } from '../../../src/shell/format/out-default.js';
import type { PSValue } from '../../../src/shell/runtime/values.js';
import { mixedOutput } from './fixtures.js';

const { processes, containers, wide } = mixedOutput();
const values: PSValue[] = [
  'first',
  ...processes,
  'between\ntwo lines',
  ...containers,
  wide(1),
  wide(3),
  wide(2),
  ...processes.slice(0, 2),
];

describe('formatOutput with a tail', () => {
  const full = formatOutput(values, { width: 80 });

  it('the full output has every part (so the tails below cross each kind of block)', () => {
    expect(full).toContain('first');
    expect(full.filter((l) => l.includes('ProcessName'))).toHaveLength(2);
    expect(full.filter((l) => l.startsWith('A : '))).toHaveLength(3);
    expect(full.length).toBeGreaterThan(40);
  });

  it('is exactly the last N lines, for every N', () => {
    for (let n = 0; n <= full.length + 2; n++) {
      expect(formatOutput(values, { width: 80, tail: n }), `tail ${n}`).toEqual(
        n === 0 ? [] : full.slice(-n),
      );
    }
  });

  it('an auto-sized table keeps the widths its earlier rows set', () => {
    const lines = formatOutput(containers, { width: 80, tail: 3 });
    expect(lines).toEqual(formatOutput(containers, { width: 80 }).slice(-3));
    expect(lines[0]).toMatch(/^C {12}/);
  });
});
