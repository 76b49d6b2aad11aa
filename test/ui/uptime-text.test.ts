// A container's uptime in the Containers pane (8 cells, whatever its age) and in the details
// view (TimeSpan's own text, as Get-Container prints it).
import { describe, expect, it } from 'vitest';
import { createSim, findContainerByName, tick } from '../../src/sim/index.js';
import { formatTimeSpan } from '../../src/shell/index.js';
import { paneUptime } from '../../src/ui/views/container-rows.js';
import { detailsRows } from '../../src/ui/views/details-rows.js';
import { translator } from '../../src/ui/text/i18n.js';

const HOUR = 3_600_000;

describe('uptime texts', () => {
  it.each([
    [0, '00:00:00'],
    [HOUR - 1000, '00:59:59'],
    [23 * HOUR + 59 * 60_000 + 59_000, '23:59:59'],
    [24 * HOUR, '1d 00h'],
    [100 * HOUR + 30 * 60_000, '4d 04h'],
    [9999 * 24 * HOUR + 23 * HOUR, '9999d 23h'],
  ])('the pane shows %i ms as %s', (ms, text) => {
    expect(paneUptime(ms)).toBe(text);
  });

  it('the pane never needs more than its 8 cells in the first year', () => {
    for (let days = 0; days < 366; days += 1)
      expect(paneUptime(days * 24 * HOUR + 23 * HOUR).length).toBeLessThanOrEqual(8);
  });

  it('the details view shows what Get-Container would, days included', () => {
    const sim = createSim({ seed: 1, start: 'lab' });
    const aged = tick(sim.getState(), 100 * 3600);
    const demo = findContainerByName(aged, 'DEMO')!;
    const t = translator('en');
    const uptime = detailsRows(aged, demo, t).find((r) => r.label === t('details.uptime'));
    expect(uptime?.value).toMatch(/^4\.04:00:0\d$/);
    expect(uptime?.value).toBe(formatTimeSpan(aged.now - demo.startedAt!));
  });
});
