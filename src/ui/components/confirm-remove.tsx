// `d`: remove the selected container, after a yes (No is the default).
import { Text } from 'ink';
import { memo } from 'react';
import { commandsForKey } from '../../demo/index.js';
import { findContainerById } from '../../sim/index.js';
import { useDashboard, useUi } from '../hooks/use-ui.js';
import { innerWidth, type Rect } from '../layout.js';
import { padCells, printable } from '../text-width.js';
import type { ConfirmRemove } from '../ui-state.js';
import { PaneFrame } from './pane-frame.js';

function ConfirmRemoveView({
  rect,
  confirm,
}: {
  readonly rect: Rect;
  readonly confirm: ConfirmRemove;
}) {
  const { theme, t } = useDashboard();
  const host = useUi((s) => s.host);
  const container = findContainerById(host, confirm.containerId);
  const width = innerWidth(rect);
  if (container === undefined) return null;
  const name = printable(container.name);
  const commands = commandsForKey('remove', container, host).commands;
  const button = (text: string, active: boolean) => (
    <Text
      inverse={active}
      bold={active}
      color={active ? theme.focus : undefined}
    >{` ${active ? '▶' : ' '} ${text} `}</Text>
  );
  return (
    <PaneFrame
      width={rect.width}
      height={rect.height}
      title={t('confirm.remove.title', { name })}
      focused
      spotlight={false}
    >
      <Text wrap="truncate-end">
        {button(t('confirm.no'), !confirm.yes)}
        {'  '}
        {button(t('confirm.yes'), confirm.yes)}
        <Text dimColor>{'   y / n'}</Text>
      </Text>
      <Text wrap="truncate-end" color={theme.muted} bold>
        {padCells(` → ${commands.join('; ')}`, width)}
      </Text>
      {container.state === 'Running' ? (
        <Text wrap="truncate-end" color={theme.error}>
          {padCells(` ${t('confirm.remove.running', { name })}`, width)}
        </Text>
      ) : null}
    </PaneFrame>
  );
}

export const ConfirmRemovePane = memo(ConfirmRemoveView);
