// Key v: the selected container's properties in a table (ink-table, the project's table
// package: docs/spec.md), as k9s describe and lazydocker's config tab show one. ink-table
// measures cells by String.length; the cells here are measured and padded by display width
// (a Hangul label is two cells a letter), and the values cut to the room there is, so the
// table fits the panes' place from 60×20 up. One rule under the heading, none between rows.
import { Box, Text } from 'ink';
import { Table } from 'ink-table';
import type { PropsWithChildren } from 'react';
import { findContainerById } from '../../../sim/index.js';
import type { Rect } from '../../state/layout.js';
import { cellWidth, padCells, truncateCells } from '../../text/text-width.js';
import { detailsRows } from '../details-rows.js';
import { useDashboard, useUi } from '../hooks/use-ui.js';
import { useClockReader } from '../hooks/use-shown-host.js';
import { Line } from './line.js';

type Row = { readonly property: string; readonly value: string };

/** Borders and padding of a two-column table: │ a │ b │. */
const CHROME = 7;

/** ink-table's widths from String.length, made display widths: pad each text by its extra. */
const measured = (text: string) => text + ' '.repeat(Math.max(0, cellWidth(text) - text.length));

class DetailsTable extends Table<Row> {
  constructor(props: ConstructorParameters<typeof Table<Row>>[0]) {
    super(props);
    const rule = this.separator;
    // Only the rule under the heading (the first row's): the rows keep one line each.
    this.separator = (p) => (p.key.endsWith('-0') ? rule(p) : <></>);
  }
}

/**
 * A cell padded to its column's display width. ink-table passes the column's index at run
 * time (its types leave it out for the heading) and names headings by their keys: the
 * heading's cells show `headings` instead.
 */
function cellOf(widths: readonly number[], headings?: readonly string[]) {
  return function Cell({ column = 0, children }: PropsWithChildren<{ column?: number }>) {
    const text = ` ${headings?.[column] ?? String(children).trim()}`;
    return <Text bold={headings !== undefined}>{padCells(text, widths[column] ?? 0)}</Text>;
  };
}

export function DetailsView({ rect }: { readonly rect: Rect }) {
  const { theme, t } = useDashboard();
  useClockReader();
  const host = useUi((s) => s.host);
  const id = useUi((s) => (s.overlay?.kind === 'details' ? s.overlay.containerId : null));
  const container = id === null ? undefined : findContainerById(host, id);
  if (container === undefined)
    return <Line dimColor={theme.dim}>{padCells(` ${t('details.none')}`, rect.width)}</Line>;
  const heading = { property: t('details.property'), value: t('details.value') };
  const all = detailsRows(host, container, t);
  // Title, top, heading, rule, rows, bottom: drop the title, then the last rows, if short.
  const withTitle = rect.height >= all.length + 5;
  const rows = all.slice(0, Math.max(1, rect.height - (withTitle ? 5 : 4)));
  // ink-table sizes a column by its key too ('property', 'value').
  const labelWidth = Math.max(
    'property'.length,
    cellWidth(heading.property),
    ...rows.map((r) => cellWidth(r.label)),
  );
  const valueRoom = Math.max(4, rect.width - labelWidth - CHROME);
  const data: Row[] = rows.map((r) => ({
    property: measured(r.label),
    value: measured(truncateCells(r.value, valueRoom)),
  }));
  const valueWidth = Math.max(
    'value'.length,
    cellWidth(heading.value),
    ...data.map((r) => cellWidth(r.value)),
  );
  const widths = [labelWidth + 2, valueWidth + 2];
  return (
    <Box flexDirection="column" width={rect.width} height={rect.height}>
      {withTitle ? (
        <Line bold color={theme.focus}>
          {truncateCells(` ${t('details.title', { name: rows[0]?.value ?? '' })}`, rect.width)}
        </Line>
      ) : null}
      <DetailsTable
        data={data}
        columns={['property', 'value']}
        header={cellOf(widths, [heading.property, heading.value])}
        cell={cellOf(widths)}
      />
    </Box>
  );
}
