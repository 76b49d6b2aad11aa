// The kernel map's rows: names from the model shown through the sanitiser, never sent raw,
// and every row exactly as wide as the map by the layout's width rule (wide names too).
import { expect, test } from 'vitest';
import type { KernelMapModel } from '../../../src/ui/state/kernel-map.js';
import { kernelMapLines, lineText } from '../../../src/ui/views/kernel-map-lines.js';
import { translator } from '../../../src/ui/text/i18n.js';
import { cellWidth } from '../../../src/ui/text/text-width.js';

const HOSTILE = 'evil\x1b[2J\x07name';
const WIDE = '컨테이너이름이아주긴것';
const model: KernelMapModel = {
  hostRows: [
    {
      kind: 'session',
      sessionId: 3,
      owner: 'container',
      containerName: HOSTILE,
      containerId: 'a',
      csrssPid: 1052,
      selected: true,
    },
    {
      kind: 'vmwp',
      pid: 2376,
      userName: 'B',
      containerName: WIDE,
      containerId: 'b',
      selected: false,
    },
  ],
  utilityVms: [
    {
      containerName: WIDE,
      containerId: 'b',
      csrssPid: 956,
      sessionId: 1,
      vmwpPid: 2376,
      selected: false,
    },
  ],
  moreUtilityVms: 0,
  counts: { sessions: 4, hostCsrss: 4, windowsServer: 1, hyperV: 1 },
};
const geometry = { vmBoxWidth: 27, vmRows: 4, foldBeside: false, utilityVms: 2, hostRows: 2 };

test.each(['en', 'ko'] as const)(
  'control characters shown, rows cut by display width (%s)',
  (lang) => {
    const lines = kernelMapLines(model, geometry, 60, translator(lang)).map(lineText);
    // eslint-disable-next-line no-control-regex -- nothing raw reaches the terminal
    for (const line of lines) expect(line).not.toMatch(/[\x00-\x1f\x7f]/);
    expect(lines.join('\n')).toContain('evil');
    // The host box's rows are exactly the map's width; the VM box exactly its own.
    for (const line of lines.slice(1, 5)) expect(cellWidth(line)).toBe(60);
    for (const line of lines.slice(5)) expect(cellWidth(line)).toBe(27);
  },
);
