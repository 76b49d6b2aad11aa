import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { createSim } from '../../src/sim/index.js';
import { ConsolePane } from '../../src/ui/views/components/console-pane.js';
import { computeLayout } from '../../src/ui/state/layout.js';
import { cellWidth } from '../../src/ui/text/text-width.js';
import { renderPart, settle } from './harness.js';
import { labInsideDemo } from '../support/lab.js';

afterEach(cleanup);

async function consoleAt(columns: number, rows: number, start: 'lab' | 'host' = 'lab') {
  const rect = computeLayout(columns, rows, { demo: false, containerCount: 2 }).panes.console;
  const view = renderPart(() => <ConsolePane rect={rect} />, {
    columns,
    rows,
    sim: start === 'lab' ? labInsideDemo() : createSim({ start }),
  });
  await settle();
  const a = () => view.store.getState().actions;
  return { ...view, rect, a };
}

describe('<ConsolePane />', () => {
  it.each([
    [80, 24],
    [120, 40],
  ])(
    'at %i×%i: the welcome note, then the prompt of the entered session',
    async (columns, rows) => {
      const { lines, rect } = await consoleAt(columns, rows);
      const frame = lines();
      expect(frame).toHaveLength(rect.height);
      for (const line of frame) expect(cellWidth(line)).toBe(rect.width);
      expect(frame[0]).toMatch(/^┌─ 4 Console simulated PowerShell ─+┐$/);
      expect(frame[1]).toMatch(/^│# isolab: a simulated Windows container host/);
      expect(frame.find((l) => l.includes('PS C:\\>'))).toMatch(/^│\[DEMO\]: PS C:\\> +│$/);
      expect(frame).toMatchSnapshot();
    },
  );

  it('shows the newest output, wrapped at the pane, with the prompt right after it', async () => {
    const { lines, a } = await consoleAt(80, 24);
    // Not a host-only cmdlet: that would add the session hint after the record.
    a().runLine('Get-Nothing');
    await settle();
    const frame = lines();
    // The error record's long first line wraps at the console's edge, as conhost does.
    expect(
      frame.some((l) => l.startsWith('│    + FullyQualifiedErrorId : CommandNotFoundException')),
    ).toBe(true);
    expect(frame.at(-2)).toMatch(/^│\[DEMO\]: PS C:\\> +│$/);
  });

  it('scrolls back with PgUp, saying how far, and hides the prompt meanwhile', async () => {
    const { lines, a } = await consoleAt(80, 24, 'host');
    a().pressKey(':');
    a().runLine('Get-Process');
    a().pressKey('pageup');
    await settle();
    expect(lines().at(-1)).toMatch(/↑ \d+ ━┛$/);
    expect(lines().some((l) => l.includes('PS C:\\> '))).toBe(false);
    a().pressKey('pagedown');
    a().pressKey('pagedown');
    await settle();
    expect(lines().at(-2)).toMatch(/PS C:\\>/);
  });

  it('shows what is typed, after the prompt, while a demo types (no text field)', async () => {
    const { lines, a } = await consoleAt(120, 40);
    a().typeText('Get-Process csrss');
    await settle();
    expect(lines().some((l) => l.includes('[DEMO]: PS C:\\> Get-Process csrss'))).toBe(true);
  });

  it('keeps the end of a long input line in view', async () => {
    const { lines, a } = await consoleAt(80, 24);
    a().typeText(`Get-Process ${'-Name csrss '.repeat(10)}END`);
    await settle();
    const prompt = lines().find((l) => l.includes('[DEMO]: PS C:\\>'))!;
    expect(prompt).toContain('…');
    expect(prompt).toMatch(/END +│$/);
  });
});
