// The summary line at 500 containers does work in proportion to what moved: a selection
// move re-translates no container's text and measures only the names that fit (issue 16).
import { describe, expect, it } from 'vitest';
import { createScaledState, runningContainers } from '../../src/sim/index.js';
import { translator, type Translate } from '../../src/ui/text/i18n.js';
import { fitSummary, summaryParts, summaryText } from '../../src/ui/views/summary.js';

const en = translator('en');
function counting(): { t: Translate; calls: string[] } {
  const calls: string[] = [];
  return { calls, t: (key, params) => (calls.push(key), en(key, params)) };
}

describe('the summary at 500 containers', () => {
  const state = createScaledState({ seed: 3, hostProcesses: 2000, containers: 500 });
  const shared = runningContainers(state).filter((c) => c.runtimeType !== 'HyperV');

  it('translates each container once per model, not once per selection move', () => {
    const { t, calls } = counting();
    const first = summaryParts(state, shared[0]!.containerId, t);
    expect(calls.filter((k) => k === 'summary.from')).toHaveLength(shared.length);
    calls.length = 0;
    const moved = summaryParts(state, shared[200]!.containerId, t);
    expect(calls.filter((k) => k === 'summary.from')).toHaveLength(0);
    // The same texts, the moved-to container first, as a fresh build gives.
    expect(moved.from[0]!.text).toBe(`1 from ${shared[200]!.name}`);
    expect(summaryText(moved)).toBe(summaryText(summaryParts(state, shared[200]!.containerId, en)));
    expect(new Set(moved.from.map((f) => f.text))).toEqual(new Set(first.from.map((f) => f.text)));
  });

  it('fitting 120 cells asks for the tail of only the names that could fit', () => {
    const parts = summaryParts(state, shared[7]!.containerId, en);
    const { t, calls } = counting();
    fitSummary(parts, 120, t);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.length).toBeLessThan(20);
  });
});
