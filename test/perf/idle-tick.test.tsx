// A clock tick renews the model every second but moves only the clock and the counters.
// Where no counter is on screen the dashboard must not render at all (an idle dashboard
// at 10,000 processes costs the sim's tick only); where counters are shown, the frame
// after the ticks must be what a fresh dashboard draws from the same state.
import { render } from 'ink-testing-library';
import { Profiler } from 'react';
import { describe, expect, it } from 'vitest';
import { createSim, type Sim } from '../../src/sim/index.js';
import { Dashboard } from '../../src/ui/views/components/dashboard.js';
import { makeEnv, settle } from '../ui/harness.js';

const ROWS = 40;

/** The dashboard on `sim`, counting React's commits. */
async function mountCounting(sim: Sim, columns: number) {
  const made = makeEnv({ columns, rows: ROWS, sim });
  let commits = 0;
  const element = (
    <Profiler id="dashboard" onRender={() => (commits += 1)}>
      <Dashboard env={made.env} followTerminal={false} />
    </Profiler>
  );
  const result = render(element);
  Object.defineProperty(result.stdout, 'columns', { value: columns, configurable: true });
  result.rerender(element);
  await settle(20);
  return {
    ...made,
    commits: () => commits,
    frame: () => result.lastFrame() ?? '',
    async keys(...data: string[]) {
      for (const d of data) {
        result.stdin.write(d);
        await settle(5);
      }
      await settle(20);
    },
    unmount: () => result.unmount(),
  };
}

const bigHost = () => createSim({ seed: 7, scale: { hostProcesses: 800, containers: 12 } });
// A row with the counter columns: name, pid, SI, CPU(s), WS(K).
const counterRow = /^[│┃][▶ ][+ −](\S+) +(\d+) +(\d+) +([\d.]+) +(\d+) /;

describe('a clock tick on the dashboard', () => {
  it('renders nothing while no counter is on screen, and the frame stays true', async () => {
    const sim = bigHost();
    // 100 columns: the process panes show Name, Id and SI only.
    const d = await mountCounting(sim, 100);
    expect(d.frame()).toContain('Host processes');
    expect(d.frame()).not.toContain('WS(K)');
    const before = d.commits();
    for (let i = 0; i < 5; i++) d.store.getState().actions.tick();
    await settle(20);
    expect(sim.getState().ticks).toBe(5);
    expect(d.commits()).toBe(before);
    const fresh = await mountCounting(sim, 100);
    expect(d.frame()).toBe(fresh.frame());
    // Something other than a tick still renders: a container stopped.
    d.store.getState().actions.runLine('Stop-Container -Name C0001');
    await settle(20);
    expect(d.commits()).toBeGreaterThan(before);
    d.unmount();
    fresh.unmount();
  });

  it('renders nothing with the kernel map open, which shows no counter', async () => {
    const sim = bigHost();
    const d = await mountCounting(sim, 120);
    await d.keys('m');
    expect(d.frame()).toContain('vmwp');
    const before = d.commits();
    for (let i = 0; i < 3; i++) d.store.getState().actions.tick();
    await settle(20);
    expect(d.commits()).toBe(before);
    const fresh = await mountCounting(sim, 120);
    await fresh.keys('m');
    expect(d.frame()).toBe(fresh.frame());
    d.unmount();
    fresh.unmount();
  });

  it('renders the counters of the current state where they are shown (Host pane zoomed)', async () => {
    const sim = bigHost();
    const d = await mountCounting(sim, 120);
    await d.keys('2', 'z');
    expect(d.frame()).toContain('WS(K)');
    const before = d.commits();
    for (let i = 0; i < 3; i++) d.store.getState().actions.tick();
    await settle(20);
    expect(d.commits()).toBeGreaterThan(before);
    const host = sim.getState().kernels.host?.processes ?? [];
    const rows = d
      .frame()
      .split('\n')
      .map((l) => counterRow.exec(l))
      .filter((m) => m !== null);
    expect(rows.length).toBeGreaterThan(20);
    for (const [, name, pid, , cpu, ws] of rows) {
      const process = host.find((p) => p.pid === Number(pid));
      expect(process?.name).toBe(name);
      expect(cpu).toBe(process?.cpu?.toFixed(2));
      expect(Number(ws)).toBe(process?.wsK);
    }
    const fresh = await mountCounting(sim, 120);
    await fresh.keys('2', 'z');
    expect(d.frame()).toBe(fresh.frame());
    d.unmount();
    fresh.unmount();
  });
});
