import { describe, expect, it } from 'vitest';
import { findContainerByName } from '../../src/sim/index.js';
import { summaryParts, summaryText } from '../../src/ui/summary.js';
import { hyperV, ko, lab, run, t } from './fixtures.js';

describe('the csrss summary line', () => {
  it('Windows Server container: one more csrss on the host, the same PID inside', () => {
    const sim = lab();
    const demo = findContainerByName(sim.getState(), 'DEMO')!;
    const parts = summaryParts(sim.getState(), demo.containerId, t);
    expect(summaryText(parts)).toBe(
      'csrss — host 4 (1 from DEMO) · in DEMO 1, same PID 6528 → shared kernel',
    );
    expect(parts.kind).toBe('shared');
    expect(summaryText(summaryParts(sim.getState(), demo.containerId, ko))).toBe(
      'csrss — 호스트 4개 (DEMO에서 1개) · DEMO 안 1개, 같은 PID 6528 → 커널 공유',
    );
  });

  it("Hyper-V container: the host's csrss unchanged, its own inside", () => {
    const sim = hyperV();
    const hyp = findContainerByName(sim.getState(), 'HYPVCON')!;
    expect(summaryText(summaryParts(sim.getState(), hyp.containerId, t))).toBe(
      'csrss — host 3 · in HYPVCON 1 (PID 956, own kernel) · host sees only vmwp',
    );
  });

  it('says when the container is off, or nothing runs', () => {
    const sim = lab();
    const wincont = findContainerByName(sim.getState(), 'WINCONT')!;
    expect(summaryText(summaryParts(sim.getState(), wincont.containerId, t))).toBe(
      'csrss — host 4 (1 from DEMO) · WINCONT is off',
    );
    run(sim, 'exit', 'Stop-Container -Name DEMO');
    expect(summaryText(summaryParts(sim.getState(), null, t))).toBe(
      'csrss — host 3 · no container running',
    );
  });
});
