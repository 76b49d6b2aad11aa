// The single-pane tier's strip (`1 Containers  2 Host …`): each label shortened alike
// until the strip fits. One rule for drawing it (views/components/pane-strip.tsx) and for
// finding the label a click lands on (actions/mouse-actions.ts).
import type { MessageKey } from './messages-en.js';
import { cellWidth, truncateCells } from './text-width.js';

/** The panes' strip labels, in PANE_ORDER (state/layout.ts): containers, host, session, console. */
export const STRIP_LABEL_KEYS: readonly MessageKey[] = [
  'strip.containers',
  'strip.host',
  'strip.session',
  'strip.console',
];

/** The strip's labels in a language: `1 Containers`, `2 Host`, … */
export const stripTexts = (t: (key: MessageKey) => string): string[] =>
  STRIP_LABEL_KEYS.map((key, i) => `${i + 1} ${t(key)}`);

/** Each label as drawn (` label `) and the cells [from, to) it takes. */
export function stripLabels(
  labels: readonly string[],
  width: number,
): Array<{ readonly text: string; readonly from: number; readonly to: number }> {
  let size = Math.max(0, ...labels.map(cellWidth));
  const fits = (n: number) =>
    labels.reduce((sum, l) => sum + Math.min(cellWidth(l), n) + 2, 0) <= width;
  while (size > 3 && !fits(size)) size--;
  let x = 0;
  return labels.map((label) => {
    const text = ` ${truncateCells(label, size)} `;
    const from = x;
    x += cellWidth(text);
    return { text, from, to: x };
  });
}
