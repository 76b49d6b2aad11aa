// `d`: remove the selected container, after a yes (No is the default).
import { Text } from 'ink';
import { memo } from 'react';
import { commandsForKey } from '../../../demo/live.js';
import { findContainerById } from '../../../sim/index.js';
import { useDashboard } from '../hooks/use-ui.js';
import { useShownHost } from '../hooks/use-shown-host.js';
import { innerWidth, type Rect } from '../../state/layout.js';
import { padCells, printable, wrapMarked } from '../../text/text-width.js';
import type { ConfirmRemove } from '../../state/ui-state.js';
import { PaneFrame } from './pane-frame.js';

/** One button; the active one inverse, bold and marked. */
function ConfirmButton({ text, active }: { readonly text: string; readonly active: boolean }) {
  const { theme } = useDashboard();
  return (
    <Text
      inverse={active}
      bold={active}
      color={active ? theme.focus : undefined}
    >{` ${active ? '▶' : ' '} ${text} `}</Text>
  );
}

/** No (the default), Yes, and the keys that answer. */
function ConfirmButtons({ yes }: { readonly yes: boolean }) {
  const { t } = useDashboard();
  return (
    <Text wrap="truncate-end">
      <ConfirmButton text={t('confirm.no')} active={!yes} />
      {'  '}
      <ConfirmButton text={t('confirm.yes')} active={yes} />
      <Text dimColor>{'   y / n'}</Text>
    </Text>
  );
}

function ConfirmRemoveView({
  rect,
  confirm,
}: {
  readonly rect: Rect;
  readonly confirm: ConfirmRemove;
}) {
  const { theme, t } = useDashboard();
  const host = useShownHost();
  const container = findContainerById(host, confirm.containerId);
  const width = innerWidth(rect);
  if (container === undefined) return null;
  const name = printable(container.name);
  const commands = commandsForKey('remove', container, host).commands;
  const running = container.state === 'Running';
  // Below the buttons: what will run, then why it stops the container first; the command
  // has the rows it needs, the warning at least one.
  const rows = Math.max(1, rect.height - 3);
  const commandRows = wrapMarked(
    commands.join('; '),
    ' → ',
    width,
    Math.max(1, rows - (running ? 1 : 0)),
  );
  const warningRows = running
    ? wrapMarked(
        t('confirm.remove.running', { name }),
        ' ',
        width,
        Math.max(1, rows - commandRows.length),
      )
    : [];
  return (
    <PaneFrame
      width={rect.width}
      height={rect.height}
      title={t('confirm.remove.title', { name })}
      focused
      spotlight={false}
    >
      <ConfirmButtons yes={confirm.yes} />
      {commandRows.map((row, i) => (
        <Text key={`c${i}`} wrap="truncate-end" color={theme.muted} bold>
          {padCells(row, width)}
        </Text>
      ))}
      {warningRows.map((row, i) => (
        <Text key={`w${i}`} wrap="truncate-end" color={theme.error}>
          {padCells(row, width)}
        </Text>
      ))}
    </PaneFrame>
  );
}

export const ConfirmRemovePane = memo(ConfirmRemoveView);
