// `n`: a small form (name, image, runtime) that shows the command it will run.
import { Text } from 'ink';
import { memo } from 'react';
import { useDashboard, useUi } from '../hooks/use-ui.js';
import { innerWidth, type Rect } from '../../state/layout.js';
import { padCells, printable, wrapMarked } from '../../text/text-width.js';
import { newContainerLine } from '../../state/selectors.js';
import type { NewContainerForm } from '../../state/ui-state.js';
import { EditLineText } from './edit-line.js';
import { PaneFrame } from './pane-frame.js';

interface FieldProps {
  readonly form: NewContainerForm;
  readonly field: 0 | 1 | 2;
}

/** A field's name, marked and inverse while it has the focus. */
function FieldLabel({ form, field, text }: FieldProps & { readonly text: string }) {
  const { theme } = useDashboard();
  return (
    <Text
      bold={form.field === field}
      inverse={form.field === field}
      color={form.field === field ? theme.focus : undefined}
    >
      {`${form.field === field ? '▶' : ' '}${padCells(text, 9)}`}
    </Text>
  );
}

/** A choice's value, between ◀ ▶ while it has the focus. */
function Choice({ form, field, value }: FieldProps & { readonly value: string }) {
  return (
    <Text bold={form.field === field}>
      {form.field === field ? ` ◀ ${value} ▶` : `   ${value}`}
    </Text>
  );
}

function NewContainerFormView({
  rect,
  form,
}: {
  readonly rect: Rect;
  readonly form: NewContainerForm;
}) {
  const { theme, t } = useDashboard();
  const typing = useUi((s) => s.demo !== 'playing');
  const width = innerWidth(rect);
  const warn = form.runtime === 'HyperV' && form.image !== 'NanoServer';
  return (
    <PaneFrame
      width={rect.width}
      height={rect.height}
      title={t('form.new.title')}
      focused
      spotlight={false}
    >
      <Text wrap="truncate-end">
        <FieldLabel form={form} field={0} text={t('form.name')} />
        {/* Three cells, as before a choice's ◀, so the values line up. */}
        {'   '}
        {form.field === 0 && typing ? (
          <EditLineText line={{ text: form.name, cursor: form.cursor }} />
        ) : (
          <Text>{printable(form.name) || ' '}</Text>
        )}
        {form.name.trim() === '' ? <Text dimColor>{`  ${t('form.nameMissing')}`}</Text> : null}
      </Text>
      <Text wrap="truncate-end">
        <FieldLabel form={form} field={1} text={t('form.image')} />
        <Choice form={form} field={1} value={form.image} />
      </Text>
      <Text wrap="truncate-end">
        <FieldLabel form={form} field={2} text={t('form.runtime')} />
        <Choice form={form} field={2} value={form.runtime} />
        {warn ? <Text color={theme.error}>{`  ⚠ ${t('form.hypervNeedsNano')}`}</Text> : null}
      </Text>
      {/* The command it will run, over the rows the three fields leave. */}
      {wrapMarked(newContainerLine(form), ' → ', width, Math.max(1, rect.height - 5)).map(
        (row, i) => (
          <Text key={i} wrap="truncate-end" color={theme.muted} bold>
            {padCells(row, width)}
          </Text>
        ),
      )}
    </PaneFrame>
  );
}

export const NewContainerFormPane = memo(NewContainerFormView);
