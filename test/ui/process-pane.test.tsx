import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { createSim, type Sim } from '../../src/sim/index.js';
import { ProcessPane } from '../../src/ui/views/components/process-pane.js';
import { computeLayout } from '../../src/ui/state/layout.js';
import { cellWidth } from '../../src/ui/text/text-width.js';
import type { ProcessPaneId } from '../../src/ui/state/ui-state.js';
import { hyperV, run } from './fixtures.js';
import { renderPart, settle } from './harness.js';
import { labInsideDemo } from '../support/lab.js';

afterEach(cleanup);

interface PaneOptions {
  readonly sim?: Sim;
  readonly focus?: boolean;
  readonly color?: boolean;
  readonly lang?: 'en' | 'ko';
}

async function paneAt(
  pane: ProcessPaneId,
  columns: number,
  rows: number,
  options: PaneOptions = {},
) {
  const sim = options.sim ?? labInsideDemo();
  const rect = computeLayout(columns, rows, {
    demo: false,
    containerCount: sim.getState().containers.length,
  }).panes[pane];
  const view = renderPart(() => <ProcessPane pane={pane} rect={rect} />, {
    columns,
    rows,
    sim,
    color: options.color ?? true,
    lang: options.lang ?? 'en',
  });
  if (options.focus) view.store.getState().actions.handleKey(pane === 'host' ? '2' : '3', 'user');
  await settle();
  const act = async (...keys: string[]) => {
    for (const key of keys) view.store.getState().actions.pressKey(key);
    await settle();
  };
  return { ...view, rect, act };
}

describe('<ProcessPane pane="host" />', () => {
  it.each([
    [80, 24],
    [120, 40],
  ])(
    "at %i×%i lists csrss first, DEMO's tagged as the shared kernel, windowed to the pane",
    async (columns, rows) => {
      const { lines, rect } = await paneAt('host', columns, rows, { focus: true });
      const frame = lines();
      expect(frame).toHaveLength(rect.height);
      for (const line of frame) expect(cellWidth(line)).toBe(rect.width);
      expect(frame[0]).toMatch(/^┏━ 2 Host processes \(host kernel\) 70 ━+┓$/);
      expect(frame[1]).toMatch(/Name +Id +SI/);
      const csrss = frame.filter((l) => / csrss /.test(l));
      expect(csrss).toHaveLength(4);
      expect(csrss.filter((l) => l.includes('◆ DEMO'))).toHaveLength(1);
      expect(frame[2]).toMatch(/^┃▶ csrss +532 +0/);
      expect(frame.at(-1)).toContain(`1–${rect.height - 3}/70`);
      expect(frame).toMatchSnapshot();
    },
  );

  it("after a toggle to Hyper-V: DEMO's processes marked − as they go, one vmwp marked + as it comes", async () => {
    const view = await paneAt('host', 120, 40);
    view.store.getState().actions.pressKey('t');
    await settle();
    const frame = view.lines();
    const vmwp = frame.find((l) => /[ +−]vmwp /.test(l));
    expect(vmwp).toMatch(/^│ \+vmwp +\d+ +0 .*◇ utility VM of DEMO/);
    expect(frame.filter((l) => /csrss/.test(l)).map((l) => l.slice(1, 3))).toEqual([
      '  ',
      '  ',
      '  ',
      ' −',
    ]);
    expect(frame.find((l) => /−csrss +6528/.test(l))).toContain('◆ DEMO (shared kernel)');
    // The marks fade with the clock.
    view.clock.advance(5000);
    view.store.getState().actions.tick();
    await settle();
    expect(view.lines().some((l) => /[+−](vmwp|csrss)/.test(l))).toBe(false);
    expect(view.lines().filter((l) => / csrss /.test(l))).toHaveLength(3);
  });

  it('filters: title says so, the header becomes the filter line while typing', async () => {
    const view = await paneAt('host', 80, 24, { focus: true });
    await view.act('/', 'z', 'q');
    expect(view.lines()[1]).toMatch(/filter: zq/);
    expect(view.lines()[0]).toContain('0 of 70');
    expect(view.lines()[2]).toContain('nothing matches');
    await view.act('backspace', 'backspace', 'c', 's', 'r', 's', 's', 'enter');
    expect(view.lines()[0]).toContain('4 of 70');
    expect(view.lines().at(-1)).toContain('filter "csrss"');
    expect(view.lines()[1]).toMatch(/Name +Id +SI/);
    expect(view.lines().filter((l) => / csrss /.test(l))).toHaveLength(4);
  });

  it('one row, and csrss-only with another sort in the title', async () => {
    const view = await paneAt('host', 120, 40, { focus: true });
    await view.act('/', '6', '5', '2', '8', 'enter');
    const rows = view
      .lines()
      .slice(2)
      .filter((l) => /^[┃│][▶ ][ +−]\S/.test(l));
    expect(rows).toHaveLength(1);
    await view.act('escape', 'c', 'o', 'o');
    expect(view.lines()[0]).toContain('4 of 70 · csrss + vmwp only');
    // The sort shows on its column's header (issue 12), not in the border.
    expect(view.lines()[1]).toMatch(/Id▲ +SI/);
    const pids = () =>
      view
        .lines()
        .map((l) => /csrss +(\d+)/.exec(l)?.[1])
        .filter((p) => p !== undefined)
        .map(Number);
    expect(pids()).toEqual([532, 608, 3484, 6528]);
    await view.act('O');
    expect(view.lines()[1]).toMatch(/Id▼ +SI/);
    expect(pids()).toEqual([6528, 3484, 608, 532]);
  });

  it('keeps the markers without colour, and an unfocused pane shows no cursor', async () => {
    const view = await paneAt('host', 80, 24, { color: false });
    expect(view.lines()[0]).toMatch(/^┌─ 2 Host/);
    expect(view.lines().some((l) => l.includes('▶'))).toBe(false);
    expect(view.lines().some((l) => l.includes('◆ DEMO'))).toBe(true);
  });

  it('speaks Korean, in cells', async () => {
    const view = await paneAt('host', 120, 40, { lang: 'ko' });
    expect(view.lines()[0]).toContain('2 호스트 프로세스 (호스트 커널) 70');
    expect(view.lines().find((l) => l.includes('6528'))).toContain('◆ DEMO (커널 공유)');
    for (const line of view.lines()) expect(cellWidth(line)).toBe(60);
  });
});

describe('<ProcessPane pane="session" />', () => {
  it.each([
    [80, 24],
    [120, 40],
  ])('at %i×%i shows what DEMO sees, every row also on the host', async (columns, rows) => {
    const { lines } = await paneAt('session', columns, rows);
    const frame = lines();
    expect(frame[0]).toMatch(/Session \[DEMO\] \(shared kernel\) 22/);
    expect(frame[2]).toMatch(/csrss +6528 +3 .*◆ also on host/);
    expect(
      frame
        .slice(2)
        .filter((l) => /^│ {2}\S/.test(l))
        .every((l) => l.includes('◆')),
    ).toBe(true);
    expect(frame).toMatchSnapshot();
  });

  it("shows a Hyper-V container's own kernel: csrss 956 in session 1", async () => {
    const sim = hyperV();
    const { lines } = await paneAt('session', 120, 40, { sim });
    expect(lines()[0]).toMatch(/Inside HYPVCON \(utility VM kernel\) 12/);
    expect(lines()[2]).toMatch(/csrss +956 +1 +◇ own kernel, not on host/);
  });

  it('says when nothing is selected, or the container is off', async () => {
    const none = await paneAt('session', 80, 24, { sim: createSim({ start: 'host' }) });
    expect(none.lines()[0]).toMatch(/3 Session/);
    expect(none.lines()[2]).toContain('no container selected');
    const off = await paneAt('session', 80, 24, {
      sim: run(labInsideDemo(), 'exit', 'Stop-Container -Name DEMO'),
    });
    expect(off.lines()[0]).toMatch(/Inside DEMO/);
    expect(off.lines().slice(2, 5).join(' ').replace(/[│ ]+/g, ' ')).toContain(
      'DEMO is off: nothing runs inside. s starts it.',
    );
  });
});
