// Single-pane tier: the last command run, since the console is usually out of sight.
import { Text } from 'ink';
import { memo } from 'react';
import { useDashboard, useUi } from '../hooks/use-ui.js';
import { padCells } from '../text-width.js';

function LastCommandLineView({ width }: { readonly width: number }) {
  const { theme } = useDashboard();
  const last = useUi((s) => s.console.lastCommand ?? s.console.prompt);
  return (
    <Text wrap="truncate-end" color={theme.muted} dimColor={!theme.color}>
      {padCells(` ${last}`, width)}
    </Text>
  );
}

export const LastCommandLine = memo(LastCommandLineView);
