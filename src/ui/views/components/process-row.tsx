// One process row: a single row of pre-padded columns, coloured by spans (a StyledRow).
import { memo } from 'react';
import type { Theme } from '../theme.js';
import type { ProcessRowParts } from '../rows.js';
import { piece, StyledRow } from './line.js';

export interface ProcessRowProps {
  readonly parts: ProcessRowParts;
  readonly selected: boolean;
  readonly change: 'appeared' | 'vanished' | null;
  readonly csrss: boolean;
  readonly theme: Theme;
}

function ProcessRowView({ parts, selected, change, csrss, theme }: ProcessRowProps) {
  // The selected row is one plain inverse bar: coloured spans would turn into coloured
  // blocks under inverse. A vanished row is all in the vanished colour.
  const changeColor = selected
    ? undefined
    : change === 'appeared'
      ? theme.appeared
      : change === 'vanished'
        ? theme.vanished
        : undefined;
  const tagColor =
    selected || change === 'vanished'
      ? undefined
      : parts.tagKind === 'shared'
        ? theme.shared
        : parts.tagKind === 'utility-vm'
          ? theme.utilityVm
          : undefined;
  const nameColor = selected || change === 'vanished' ? undefined : csrss ? theme.csrss : undefined;
  return (
    <StyledRow
      style={{
        inverse: selected,
        bold: change === 'appeared',
        // Dim only without colour: a dim red row is lost on a projector; struck through it
        // is still read (and the − mark says it, in every theme).
        dimColor: change === 'vanished' && !theme.color,
        strikethrough: change === 'vanished',
        color: changeColor,
      }}
      pieces={[
        parts.lead,
        piece(
          { color: nameColor ?? changeColor, bold: csrss || change === 'appeared' },
          parts.name,
        ),
        parts.middle,
        piece({ color: tagColor ?? changeColor }, parts.tag),
      ]}
    />
  );
}

const same = (a: ProcessRowProps, b: ProcessRowProps) =>
  a.selected === b.selected &&
  a.change === b.change &&
  a.csrss === b.csrss &&
  a.theme === b.theme &&
  a.parts.lead === b.parts.lead &&
  a.parts.name === b.parts.name &&
  a.parts.middle === b.parts.middle &&
  a.parts.tag === b.parts.tag &&
  a.parts.tagKind === b.parts.tagKind;

export const ProcessRow = memo(ProcessRowView, same);
