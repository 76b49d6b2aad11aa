// Single-pane tier: the last command run, since the console is usually out of sight.
import { memo } from 'react';
import { useDashboard, useUi } from '../hooks/use-ui.js';
import { padCells } from '../../text/text-width.js';
import { Line } from './line.js';

function LastCommandLineView({ width }: { readonly width: number }) {
  const { theme } = useDashboard();
  const last = useUi((s) => s.console.lastCommand ?? s.console.prompt);
  return (
    <Line color={theme.muted} dimColor={!theme.color}>
      {padCells(` ${last}`, width)}
    </Line>
  );
}

export const LastCommandLine = memo(LastCommandLineView);
