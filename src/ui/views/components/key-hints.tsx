// The key-hint line for what has the keys now (the panes, the console, a form, the
// demo), from the keymap; in demo playback it starts with the player's status, after a
// take-over with "you are in control", and in learn mode it leads with the lesson's keys.
import { Text } from 'ink';
import { memo } from 'react';
import { hintItems, hintPrefix, hintText } from '../../keys/help-content.js';
import { useDashboard, useUi } from '../hooks/use-ui.js';
import { extraHintContext, hintContext } from '../../state/selectors.js';
import { cellWidth, padCells } from '../../text/text-width.js';
import { Line } from './line.js';

function KeyHintsView({ width }: { readonly width: number }) {
  const { theme, t } = useDashboard();
  const context = useUi(hintContext);
  const extra = useUi(extraHintContext);
  const status = useUi((s) => (s.demo === 'playing' ? s.demoStatus : null));
  const inControl = useUi((s) => s.demo === 'taken-over');
  const prefix = hintPrefix(status, inControl, t);
  const items = [...(extra === null ? [] : hintItems(extra, t)), ...hintItems(context, t)];
  const hints = hintText(items, Math.max(0, width - cellWidth(prefix) - 1));
  return (
    <Line>
      <Text bold color={theme.spotlight}>
        {prefix}
      </Text>
      <Text color={theme.muted}>
        {padCells(` ${hints}`, Math.max(0, width - cellWidth(prefix)))}
      </Text>
    </Line>
  );
}

export const KeyHints = memo(KeyHintsView);
