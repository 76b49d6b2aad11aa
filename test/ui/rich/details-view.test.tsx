// Key v: the selected container's details in an ink-table (issue 12), read from the model;
// Esc or v closes; English and Korean; whole at 60×20.
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { findContainerByName, hostProcessesOfContainer } from '../../../src/sim/index.js';
import { cellWidth } from '../../../src/ui/text/text-width.js';
import { renderDashboard } from '../harness.js';

afterEach(cleanup);

/** The table's lines: from its top border to its bottom border. */
function tableOf(screen: string[]): string[] {
  const top = screen.findIndex((l) => l.trimStart().startsWith('┌'));
  const bottom = screen.findIndex((l, i) => i > top && l.trimStart().startsWith('└'));
  expect(top, screen.join('\n')).toBeGreaterThanOrEqual(0);
  expect(bottom).toBeGreaterThan(top);
  return screen.slice(top, bottom + 1).map((l) => l.trimEnd());
}

const cell = (table: string[], label: string) =>
  table
    .find((l) => l.startsWith(`│ ${label} `))
    ?.split('│')[2]
    ?.trim();

describe('the details view (v)', () => {
  it.each([
    [60, 20],
    [80, 24],
    [120, 40],
  ])(
    'at %i×%i: every property of a Hyper-V container, from the model, in one table',
    async (columns, rows) => {
      const view = renderDashboard({ columns, rows });
      view.store.getState().actions.pressKey('t', 'DEMO'); // DEMO becomes Hyper-V, entered
      await view.keys('\x1b', 'v');
      const screen = await view.screen();
      const table = tableOf(screen);
      const host = view.sim.getState();
      const demo = findContainerByName(host, 'DEMO')!;
      const vmwp = hostProcessesOfContainer(host, demo.containerId).find((p) => p.name === 'vmwp')!;
      expect(cell(table, 'Name')).toBe('DEMO');
      expect(cell(table, 'ID')).toBe(demo.containerId);
      expect(cell(table, 'Runtime')).toBe('HyperV');
      expect(cell(table, 'Image')).toBe(demo.image);
      expect(cell(table, 'State')).toBe('Running');
      expect(cell(table, 'Kernel')).toBe('its own, in a utility VM');
      expect(cell(table, 'Session')).toBe('inside its utility VM · entered');
      const full = `PID ${vmwp.pid} · ${vmwp.userName}`;
      // Cut with … where the screen is narrower than the user name (a GUID).
      if (columns >= 80) expect(cell(table, 'vmwp')).toBe(full);
      else expect(full.startsWith(cell(table, 'vmwp')!.replace(/…$/, ''))).toBe(true);
      expect(cell(table, 'Uptime')).toMatch(/^\d\d:\d\d:\d\d$/);
      expect(cell(table, 'Network')).toMatch(/^(\d+\.){3}\d+|^—/);
      // One width for every line of the table, inside the screen.
      const widths = new Set(table.map(cellWidth));
      expect(widths.size).toBe(1);
      expect([...widths][0]).toBeLessThanOrEqual(columns);
      expect(screen.join('\n')).toContain('Esc close');
      await view.keys('v');
      expect(view.frame()).not.toContain('Property');
      expect(view.store.getState().overlay).toBeNull();
    },
  );

  it('a Windows Server container that is off: its session and kernel are —; Esc closes', async () => {
    const view = renderDashboard({ columns: 80, rows: 24 });
    await view.keys('j', 'v');
    const table = tableOf(await view.screen());
    expect(cell(table, 'Name')).toBe('WINCONT');
    expect(cell(table, 'State')).toBe('Off');
    expect(cell(table, 'Kernel')).toBe('—');
    expect(cell(table, 'vmwp')).toBe('—');
    await view.keys('\x1b');
    await view.until(/Host processes/);
    expect(view.store.getState().overlay).toBeNull();
  });

  it('in Korean: the labels translated, the columns still aligned by display width', async () => {
    const view = renderDashboard({ columns: 60, rows: 20, lang: 'ko' });
    await view.keys('v');
    const table = tableOf(await view.screen());
    expect(cell(table, '이름')).toBe('DEMO');
    expect(cell(table, '커널')).toBe('호스트 커널 (공유)');
    expect(cell(table, '가동 시간')).toMatch(/^\d\d:\d\d:\d\d$/);
    expect(table[1]).toContain('속성');
    expect(new Set(table.map(cellWidth)).size).toBe(1);
  });
});
