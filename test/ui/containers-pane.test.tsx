import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { createSim } from '../../src/sim/index.js';
import { ContainersPane } from '../../src/ui/views/components/containers-pane.js';
import { computeLayout } from '../../src/ui/state/layout.js';
import { cellWidth } from '../../src/ui/text/text-width.js';
import { run } from './fixtures.js';
import { renderPart, settle } from './harness.js';
import { labInsideDemo } from '../support/lab.js';

afterEach(cleanup);

const sizes = [
  [80, 24],
  [120, 40],
] as const;

async function paneAt(
  columns: number,
  rows: number,
  sim = labInsideDemo(),
  focus = true,
  color = true,
) {
  const layout = computeLayout(columns, rows, {
    demo: false,
    containerCount: sim.getState().containers.length,
  });
  const rect = layout.panes.containers;
  const view = renderPart(() => <ContainersPane rect={rect} />, { columns, rows, sim, color });
  if (!focus) view.store.getState().actions.handleKey('tab', 'user');
  await settle();
  return { ...view, rect };
}

describe('<ContainersPane />', () => {
  it.each(sizes)(
    'renders the lab at %i×%i: DEMO entered and running on the host kernel, WINCONT off',
    async (columns, rows) => {
      const { lines, rect } = await paneAt(columns, rows);
      const frame = lines();
      expect(frame).toHaveLength(rect.height);
      for (const line of frame) expect(cellWidth(line)).toBe(rect.width);
      expect(frame[0]).toMatch(/^┏━ 1 Containers 2 · 1 running ━+┓$/);
      expect(frame[2]).toMatch(/^┃▶ \[DEMO\] +.*Default +Running .*SI 3/);
      expect(frame[3]).toMatch(/^┃ {2}WINCONT +.*Default +Off +—/);
      expect(frame).toMatchSnapshot();
    },
  );

  it('shows an empty lab as such', async () => {
    const { lines } = await paneAt(120, 40, createSim({ start: 'host' }));
    expect(lines()[0]).toContain('Containers 0 · 0 running');
    expect(lines()[2]).toContain('no containers: n creates one');
  });

  it('shows one container', async () => {
    const sim = run(
      createSim({ start: 'host' }),
      'New-Container -Name ONLY -ContainerImageName NanoServer -RuntimeType HyperV',
    );
    const { lines } = await paneAt(80, 24, sim);
    expect(lines()[0]).toContain('Containers 1 · 0 running');
    expect(lines()[2]).toMatch(/▶ ONLY .*HyperV +Off/);
  });

  it('windows many containers, keeping the selected one in view', async () => {
    const sim = labInsideDemo();
    for (let i = 1; i <= 12; i++)
      run(
        sim,
        i === 1 ? 'exit' : 'Get-Process csrss',
        `New-Container -Name C${String(i).padStart(2, '0')} -ContainerImageName NanoServer`,
      );
    const { lines, store, rect } = await paneAt(120, 40, sim);
    expect(lines()).toHaveLength(rect.height);
    const shown = rect.height - 3;
    expect(lines().at(-1)).toContain(`1–${shown}/14`);
    store.getState().actions.handleKey('end', 'user');
    await settle();
    expect(lines().some((l) => l.includes('▶ C12'))).toBe(true);
    expect(lines().at(-1)).toContain(`/14`);
  });

  it("shows a Hyper-V container's kernel as its utility VM and vmwp", async () => {
    const sim = run(
      labInsideDemo(),
      'exit',
      'Stop-Container -Name DEMO',
      'Set-Container -Name DEMO -RuntimeType HyperV',
      'Start-Container -Name DEMO',
    );
    const { lines } = await paneAt(120, 40, sim);
    expect(lines()[2]).toMatch(/DEMO +NanoServer +HyperV +Running +(utility VM · )?vmwp \d+/);
  });

  it('draws an unfocused pane with a light border and no inverse selection', async () => {
    const { lines } = await paneAt(80, 24, undefined, false);
    expect(lines()[0]).toMatch(/^┌─ 1 Containers/);
    expect(lines()[2]).toMatch(/^│▶ \[DEMO\]/);
  });

  it('keeps its cues without colour (NO_COLOR)', async () => {
    const { lines } = await paneAt(80, 24, undefined, true, false);
    expect(lines()[0]).toMatch(/^┏━ 1 Containers/);
    expect(lines()[2]).toMatch(/▶ \[DEMO\]/);
  });
});
