import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScaledState, findContainerByName, runningContainers } from '../../src/sim/index.js';
import { fitSummary, summaryParts, summaryText } from '../../src/ui/views/summary.js';
import { summaryRows, widestSummary } from '../../src/ui/state/summary-rows.js';
import { cellWidth } from '../../src/ui/text/text-width.js';
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

  it('a conclusion fits a 60-column row of its own in every language: a 7-letter name, a 5-digit PID', () => {
    // At 60×20 the conclusion has the summary's second row (state/summary-rows.ts); a
    // 7-letter Hyper-V container (the seed's HYPVCON) once cut the Korean one at `보…`.
    const params = { name: 'HYPVCON', count: 1, pid: 99999 };
    for (const translate of [t, ko])
      for (const key of ['summary.shared', 'summary.own'] as const)
        expect(cellWidth(` ${translate(key, params)}`), key).toBeLessThanOrEqual(60);
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

describe('how many rows the summary takes', () => {
  it('follows the longest name, the language and the width, asked again and again', () => {
    const sim = lab();
    const before = widestSummary(sim.getState(), t);
    expect(widestSummary(sim.getState(), t)).toBe(before);
    // A longer name widens the widest conclusion by as many cells.
    run(sim, 'exit', 'New-Container -Name WINCONTAINER0001 -ContainerImageName NanoServer');
    const longer = widestSummary(sim.getState(), t);
    expect(longer - before).toBe('WINCONTAINER0001'.length - 'WINCONT'.length);
    // Korean measures its own texts; English again gives the English width.
    expect(widestSummary(sim.getState(), ko)).not.toBe(longer);
    expect(widestSummary(sim.getState(), t)).toBe(longer);
    expect(summaryRows(sim.getState(), longer, t)).toBe(1);
    expect(summaryRows(sim.getState(), longer - 1, t)).toBe(2);
  });
});

describe('the summary at 120 containers: what the container sees stays whole', () => {
  const state = createScaledState({ seed: 5, hostProcesses: 1000, containers: 120 });
  // A process-isolated container well down the list, so that leading with it is a choice.
  const shared = runningContainers(state).filter((c) => c.runtimeType !== 'HyperV')[40]!;
  const parts = summaryParts(state, shared.containerId, t);
  // One csrss on the host from each running process-isolated container (the seed's rule).
  const fromContainers = runningContainers(state).filter((c) => c.runtimeType !== 'HyperV').length;
  const onHost = Number(/\d+/.exec(parts.hostCount)![0]);
  const fit = (width: number, tr = t) => {
    const { head, inside } = fitSummary(parts, width, tr);
    return { head, inside, line: head + inside };
  };

  it('names as many containers as fit, its own first, and counts the rest', () => {
    expect(parts.from).toHaveLength(fromContainers);
    const { head, inside, line } = fit(120);
    expect(cellWidth(line)).toBe(120);
    expect(inside.trimEnd()).toBe(` · ${parts.inside!}`);
    expect(parts.inside).toMatch(
      new RegExp(`^in ${shared.name} 1, same PID \\d+ → shared kernel$`),
    );
    expect(head).toMatch(new RegExp(`^ csrss — host ${onHost} \\(1 from ${shared.name}, `));
    const named = [...head.matchAll(/(\d+) from C\d{4}/g)].map((m) => Number(m[1]));
    const rest = /(\d+) from (\d+) more\)$/.exec(head)!;
    expect(named.length).toBeGreaterThan(1);
    expect(named.reduce((a, b) => a + b, 0) + Number(rest[1])).toBe(fromContainers);
    expect(named.length + Number(rest[2])).toBe(fromContainers);
    expect(head).not.toContain('…');
  });

  it('where not one name fits: only the count of containers; in Korean the same', () => {
    const counted = ` csrss — host ${onHost} (${fromContainers} from ${fromContainers} containers)`;
    const { head, inside } = fit(cellWidth(counted) + cellWidth(` · ${parts.inside!}`));
    expect(onHost).toBeGreaterThan(fromContainers);
    expect(head).toBe(counted);
    expect(inside.trimEnd()).toBe(` · ${parts.inside!}`);
    const koParts = summaryParts(state, shared.containerId, ko);
    const koFit = fitSummary(koParts, 200, ko);
    expect(cellWidth(koFit.head + koFit.inside)).toBe(200);
    expect(koFit.head).toMatch(
      new RegExp(
        `^ csrss — 호스트 ${onHost}개 \\(${shared.name}에서 1개, .*그 밖의 \\d+개에서 \\d+개\\)$`,
      ),
    );
  });

  it('at any width the line is exactly that wide, and the container part is whole wherever it fits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4000 }), (width) => {
        const { head, inside, line } = fit(width);
        expect(cellWidth(line)).toBe(width);
        if (cellWidth(` ${parts.hostCount} · ${parts.inside!}`) <= width)
          expect(inside.trimEnd()).toBe(` · ${parts.inside!}`);
        if (cellWidth(` ${parts.host} · ${parts.inside!}`) <= width)
          expect(head).toBe(` ${parts.host}`);
      }),
      { numRuns: 300 },
    );
  });

  it('joins the whole list of containers only for a line it fits in', () => {
    let joined = 0;
    const counting = (): typeof parts => {
      const fresh = summaryParts(state, shared.containerId, t);
      return {
        get host() {
          joined++;
          return fresh.host;
        },
        hostCount: fresh.hostCount,
        from: fresh.from,
        inside: fresh.inside,
        kind: fresh.kind,
      };
    };
    fitSummary(counting(), 120, t);
    expect(joined).toBe(0);
    fitSummary(counting(), cellWidth(` ${parts.host} · ${parts.inside!}`), t);
    expect(joined).toBe(1);
  });
});
