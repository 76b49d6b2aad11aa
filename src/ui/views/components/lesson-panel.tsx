// Learn mode's lesson panel, in the narration's place: what lesson-rows.ts says, one row
// each, styled by kind (every cue also in words or marks, so it survives NO_COLOR).
import { Box } from 'ink';
import { memo } from 'react';
import { useDashboard, useUi } from '../hooks/use-ui.js';
import { lessonRows, type LessonRowKind } from '../lesson-rows.js';
import type { Theme } from '../theme.js';
import { padCells } from '../../text/text-width.js';
import { Line } from './line.js';

function styleOf(kind: LessonRowKind, theme: Theme) {
  switch (kind) {
    case 'title':
      return { bold: true, inverse: true };
    case 'done':
      return { bold: true, color: theme.running };
    case 'hint':
      return { color: theme.csrss };
    case 'muted':
      return { color: theme.muted, dimColor: !theme.color };
    case 'text':
      return { color: theme.narration };
  }
}

function LessonPanelView({ width, height }: { readonly width: number; readonly height: number }) {
  const { theme, t } = useDashboard();
  const panel = useUi((s) => s.lesson);
  const lang = useUi((s) => s.lang);
  // The summary's time is fixed once the lesson is done; before that no time is shown.
  const now = panel?.engine.finishedAt ?? 0;
  const rows = panel === null ? [] : lessonRows(panel, { t, lang, width, height, now });
  return (
    <Box flexDirection="column" height={height} flexShrink={0}>
      {Array.from({ length: height }, (_, i) => {
        const row = rows[i];
        return (
          <Line key={i} {...(row ? styleOf(row.kind, theme) : {})}>
            {padCells(row?.text ?? '', width)}
          </Line>
        );
      })}
    </Box>
  );
}

export const LessonPanel = memo(LessonPanelView);
