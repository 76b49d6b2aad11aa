// The kernel map in the dashboard (key m), at 80×24 and 120×40: what each box holds, read
// from the model's own process lists; folding on a big host; every cue without colour.
import { afterEach, describe, expect, test } from 'vitest';
import {
  hostProcesses,
  runningContainers,
  vmwpOf,
  type HostState,
  type Sim,
} from '../../../src/sim/index.js';
import { renderDashboard, type Harness } from '../harness.js';
import { bareHost, bigHost, twoContainers } from './fixtures.js';

let open: Harness | null = null;
afterEach(() => open?.unmount());

async function mapOf(sim: Sim, columns: number, rows: number, color = true) {
  open = renderDashboard({ columns, rows, sim, color });
  await open.keys('m');
  await open.until('Kernel map');
  return open;
}

const csrssIn = (host: HostState, session: number) =>
  hostProcesses(host).find((p) => p.name === 'csrss' && p.sessionId === session)!.pid;
/** The rows of the host box (between its top and bottom border). */
const hostBox = (screen: string[]) => {
  const top = screen.findIndex((l) => l.includes('┌─ Host kernel'));
  const bottom = screen.findIndex((l, i) => i > top && l.includes('└──'));
  return screen.slice(top + 1, bottom);
};
const rowOf = (box: string[], text: string) => box.find((l) => l.includes(text)) ?? '';

describe.each([
  [80, 24],
  [120, 40],
])('the kernel map at %i×%i', (columns, rows) => {
  test('a bare host: one box with sessions 0, 1, 2 and their csrss', async () => {
    const sim = bareHost();
    const h = await mapOf(sim, columns, rows);
    const screen = await h.screen();
    const box = hostBox(screen);
    const host = sim.getState();
    expect(box).toHaveLength(3);
    for (const [session, owner] of [
      [0, 'services'],
      [1, 'console'],
      [2, 'remote desktop'],
    ] as const) {
      const row = rowOf(box, `session ${session} `);
      expect(row).toContain(owner);
      expect(row).toContain(`csrss PID ${csrssIn(host, session)}`);
    }
    expect(screen.join('\n')).not.toContain('Utility VM');
    expect(screen.join('\n')).toContain('3 sessions · 3 csrss on the host');
  });

  test('one of each kind: a session on the host kernel, a utility VM tied to its vmwp', async () => {
    const sim = twoContainers();
    const h = await mapOf(sim, columns, rows);
    const screen = await h.screen();
    const host = sim.getState();
    const [win, hyp] = runningContainers(host);
    const box = hostBox(screen);
    const held = rowOf(box, '◆ WIN');
    expect(held).toContain(`session ${win!.hostSessionId} `);
    expect(held).toContain(`csrss PID ${csrssIn(host, win!.hostSessionId!)}`);
    expect(held).toContain('▶'); // WIN is selected (first in the list)
    const vmwp = vmwpOf(host, hyp!.containerId)!;
    const vmwpRow = rowOf(box, '◇ vmwp');
    expect(vmwpRow).toContain(`vmwp PID ${vmwp.pid} → utility VM of HYP`);
    // The user is the container ID, upper-case (cut at 80 columns).
    const user = hyp!.containerId.toUpperCase();
    expect(vmwpRow).toContain(columns >= 120 ? user : user.slice(0, 20));
    // The utility VM: its own box, its own kernel, session 1, csrss 956.
    const top = screen.findIndex((l) => l.includes('◇ Utility VM · HYP'));
    expect(top).toBeGreaterThan(screen.indexOf(box.at(-1)!));
    const column = screen[top]!.indexOf('┌─ ◇ Utility VM');
    const inside = screen.slice(top, top + 4).map((l) => l.slice(column, column + 27));
    expect(inside[1]).toContain('own kernel · session 1');
    expect(inside[2]).toContain('csrss PID 956, SI 1');
    expect(inside[3]).toContain(`vmwp ${vmwp.pid} on host`);
    expect(inside[3]).toMatch(/^└.*┘$/);
    // 956 is nowhere in the host's box: the host cannot see the utility VM's csrss.
    expect(box.join('\n')).not.toContain('PID 956');
  });

  test('a big host (500 containers) folds to counts and keeps the selected one', async () => {
    const sim = bigHost();
    const host = sim.getState();
    const running = runningContainers(host);
    const hyperV = running.filter((c) => c.runtimeType === 'HyperV');
    const h = await mapOf(sim, columns, rows);
    let screen = await h.screen();
    const text = screen.join('\n');
    expect(text).toContain(`◆ ${running.length - hyperV.length} Windows Server`);
    expect(text).toContain(`◇ ${hyperV.length} Hyper-V`);
    const fold = /\+ (\d+) more Windows Server containers \(sessions (\d+)–(\d+)\)/.exec(text);
    expect(fold).not.toBeNull();
    const shownHeld = hostBox(screen).filter((l) => l.includes('◆ C')).length;
    expect(Number(fold![1]) + shownHeld).toBe(running.length - hyperV.length);
    const vmFold = /\+ (\d+) utility VMs/.exec(text);
    const boxes = screen
      .filter((l) => l.includes('◇ Utility VM'))
      .join('')
      .split('Utility VM');
    expect(Number(vmFold![1]) + boxes.length - 1).toBe(hyperV.length);
    expect(rowOf(hostBox(screen), '▶')).toContain(`◆ ${running[0]!.name} `);
    // Select the last Hyper-V container: its utility VM box shows, marked.
    const last = hyperV.at(-1)!;
    h.store.setState({ selectedContainerId: last.containerId });
    await h.until(`▶ ◇ Utility VM · ${last.name}`);
    screen = await h.screen();
    expect(screen.some((l) => l.includes(`╔═ ▶ ◇ Utility VM · ${last.name}`))).toBe(true);
    expect(screen.length).toBe(rows);
  });
});

describe('the kernel map follows the model and keeps its cues without colour', () => {
  test('stopping and converting containers redraws the boxes', async () => {
    const sim = twoContainers();
    const h = await mapOf(sim, 80, 24);
    const [win, hyp] = runningContainers(sim.getState());
    sim.actions.stopContainer(win!.containerId);
    await h.until('◆ 0 Windows Server');
    expect(hostBox(await h.screen())).toHaveLength(4); // sessions 0–2 and HYP's vmwp
    // HYP (Nano Server) becomes a Windows Server container: a host session, no utility VM.
    sim.actions.stopContainer(hyp!.containerId);
    sim.actions.setRuntimeType(hyp!.containerId, 'Default');
    sim.actions.startContainer(hyp!.containerId);
    await h.until('◆ HYP');
    const screen = await h.screen();
    expect(screen.join('\n')).not.toContain('Utility VM');
    const held = rowOf(hostBox(screen), '◆ HYP');
    const session = sim.getState().containers.find((c) => c.name === 'HYP')!.hostSessionId!;
    expect(held).toContain(`csrss PID ${csrssIn(sim.getState(), session)}`);
  });

  test('60×20 still draws both kinds of box', async () => {
    const h = await mapOf(twoContainers(), 60, 20);
    const text = (await h.screen()).join('\n');
    expect(text).toContain('◆ WIN');
    expect(text).toContain('csrss PID 956, SI 1');
  });

  test('Korean', async () => {
    open = renderDashboard({ columns: 100, rows: 30, sim: twoContainers(), lang: 'ko' });
    await open.keys('m');
    await open.until('커널 맵');
    const text = (await open.screen()).join('\n');
    expect(text).toContain('호스트 커널');
    expect(text).toContain('◇ 유틸리티 VM · HYP');
    expect(text).toContain('csrss PID 956, SI 1');
  });

  test('m again gives the panes back', async () => {
    const h = await mapOf(twoContainers(), 80, 24);
    await h.keys('m');
    await h.until('1 Containers');
    expect(h.frame()).not.toContain('Kernel map');
  });
});
