import { describe, expect, it } from 'vitest';
import {
  absorbEvents,
  HIGHLIGHT_MS,
  initialHighlights,
  pruneHighlights,
} from '../../src/ui/state/highlights.js';
import { createSim } from '../../src/sim/index.js';
import { lab, run } from './fixtures.js';

describe('appeared/vanished marks', () => {
  it('ignores what happened before the dashboard opened', () => {
    const sim = lab();
    const marks = initialHighlights(sim.getState());
    expect(absorbEvents(marks, sim.getState(), 0)).toBe(marks);
  });

  it('marks what a stop and a start changed, for HIGHLIGHT_MS', () => {
    const sim = lab();
    const start = initialHighlights(sim.getState());
    run(sim, 'exit', 'Stop-Container -Name DEMO');
    const stopped = absorbEvents(start, sim.getState(), 1000);
    expect(stopped.vanished.some((g) => g.ref.name === 'csrss' && g.containerName === 'DEMO')).toBe(
      true,
    );
    expect(stopped.appeared.size).toBe(0);
    run(sim, 'Set-Container -Name DEMO -RuntimeType HyperV', 'Start-Container -Name DEMO');
    const started = absorbEvents(stopped, sim.getState(), 2000);
    expect([...started.appeared.keys()].some((k) => k.startsWith('host/'))).toBe(true);
    expect(pruneHighlights(started, 1000 + HIGHLIGHT_MS - 1)).toBe(started);
    const later = pruneHighlights(started, 1000 + HIGHLIGHT_MS);
    expect(later.vanished).toHaveLength(0);
    expect(later.appeared.size).toBe(started.appeared.size);
    const gone = pruneHighlights(later, 2000 + HIGHLIGHT_MS);
    expect(gone.appeared.size).toBe(0);
  });

  it('starts over when the model is replaced by one with a shorter history (a demo restart)', () => {
    const sim = lab();
    run(sim, 'exit', 'Stop-Container -Name DEMO', 'Start-Container -Name DEMO');
    const marks = absorbEvents(
      initialHighlights(createSim({ start: 'host' }).getState()),
      sim.getState(),
      0,
    );
    const fresh = createSim({ start: 'host' }).getState();
    const reset = absorbEvents(marks, fresh, 0);
    expect(reset.appeared.size).toBe(0);
    expect(reset.vanished).toHaveLength(0);
  });

  it('stays bounded however much happens', () => {
    const sim = lab();
    let marks = initialHighlights(sim.getState());
    for (let i = 0; i < 30; i++) {
      run(
        sim,
        i === 0 ? 'exit' : 'Get-Process csrss',
        'Stop-Container -Name DEMO',
        'Start-Container -Name DEMO',
      );
      marks = absorbEvents(marks, sim.getState(), i);
    }
    expect(marks.vanished.length).toBeLessThanOrEqual(200);
    expect(marks.appeared.size).toBeLessThanOrEqual(400);
  });
});
