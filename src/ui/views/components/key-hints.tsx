// The bottom line. For a few seconds after a key action: its outcome, the message line
// (state/message.ts: ✓ what ran, ✗ why it failed). Otherwise the key hints for what has
// the keys now (the panes, the console, a form, the demo), from the keymap; in demo
// playback they start with the player's status, after a take-over with "you are in
// control", and in learn mode they lead with the lesson's keys. The keys that drive the
// mode (`.` and Space in a demo, ? and q) stay at any width.
import { memo } from 'react';
import { hintItems, hintPrefix, hintText } from '../../keys/hint-line.js';
import { useDashboard, useUi } from '../hooks/use-ui.js';
import { extraHintContext, hintContext } from '../../state/selectors.js';
import type { Message } from '../../state/message.js';
import { DONE_MARK, FAILED_MARK } from '../../text/marks.js';
import { cellWidth, padCells, printable } from '../../text/text-width.js';
import { Line, piece, StyledRow } from './line.js';

function MessageLine({ message, width }: { readonly message: Message; readonly width: number }) {
  const { theme } = useDashboard();
  const mark = message.failed ? FAILED_MARK : DONE_MARK;
  return (
    <Line bold color={message.failed ? theme.error : theme.running}>
      {padCells(` ${mark} ${printable(message.text)}`, width)}
    </Line>
  );
}

function KeyHintsView({ width }: { readonly width: number }) {
  const { theme, t } = useDashboard();
  const context = useUi(hintContext);
  const extra = useUi(extraHintContext);
  const status = useUi((s) => (s.demo === 'playing' ? s.demoStatus : null));
  const inControl = useUi((s) => s.demo === 'taken-over');
  const message = useUi((s) => s.message);
  if (message !== null) return <MessageLine message={message} width={width} />;
  const items = [...(extra === null ? [] : hintItems(extra, t)), ...hintItems(context, t)];
  const prefix = hintPrefix(status, inControl, t, items, width);
  const hints = hintText(items, Math.max(0, width - cellWidth(prefix) - 1));
  return (
    <StyledRow
      pieces={[
        piece({ bold: true, color: theme.spotlight }, prefix),
        piece(
          { color: theme.muted },
          padCells(` ${hints}`, Math.max(0, width - cellWidth(prefix))),
        ),
      ]}
    />
  );
}

export const KeyHints = memo(KeyHintsView);
