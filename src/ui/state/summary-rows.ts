// How many rows the summary takes (issue 12): two when the widest conclusion it can show
// at this size — what a container sees, for the longest container name — does not fit
// beside the host's count; then the conclusion has a row of its own instead of being cut
// (`host se…` at 60×20). Decided from the containers' names and the width, not from which
// container is selected, so the panes do not jump as the selection moves.
import { kernelRoster, type Container, type HostState } from '../../sim/index.js';
import type { Translate } from '../text/i18n.js';
import { shownName } from '../text/shown-name.js';
import { cellWidth } from '../text/text-width.js';

const longestNames = new WeakMap<readonly Container[], number>();

function longestName(containers: readonly Container[]): number {
  let longest = longestNames.get(containers);
  if (longest === undefined) {
    longest = 0;
    for (const c of containers) longest = Math.max(longest, cellWidth(shownName(c.name)));
    longestNames.set(containers, longest);
  }
  return longest;
}

/** The last widest summary per translator, and what it was made from. */
const widest = new WeakMap<Translate, { readonly key: string; readonly width: number }>();

/** The widest one-row summary: the host's bare count and the widest conclusion. */
export function widestSummary(host: HostState, t: Translate): number {
  const name = 'X'.repeat(Math.max(1, longestName(host.containers)));
  // The roster: pids and the count only, so a tick's processes are not built for them.
  const kernel = host.kernels.host;
  const processes = kernelRoster(kernel);
  const pid = String(Math.max(99999, processes[processes.length - 1]?.pid ?? 0));
  const count = String(Math.max(99, processes.length));
  // A store selector asks on every change of the UI: the same three inputs, the same width.
  const key = `${name.length} ${pid} ${count}`;
  const known = widest.get(t);
  if (known?.key === key) return known.width;
  const conclusions = [
    t('summary.shared', { name, count: 1, pid }),
    t('summary.own', { name, count: 1, pid }),
    t('summary.off', { name }),
    t('summary.noneRunning'),
  ];
  const inside = Math.max(...conclusions.map(cellWidth));
  const width = cellWidth(` ${t('summary.host', { count })}`) + cellWidth(' · ') + inside;
  widest.set(t, { key, width });
  return width;
}

export function summaryRows(host: HostState, width: number, t: Translate): 1 | 2 {
  return widestSummary(host, t) <= width ? 1 : 2;
}
