// Typing into whichever field has the keys (src/ui/actions/field-actions.ts): one line
// model for the console, the filter and the form's name.
import { describe, expect, it } from 'vitest';
import { editField, typeIntoField } from '../../../src/ui/actions/field-actions.js';
import { openNewContainerForm } from '../../../src/ui/actions/form-actions.js';
import { beginFilter, focusPane } from '../../../src/ui/actions/view-actions.js';
import { fieldLine } from '../../../src/ui/state/selectors.js';
import { actionContext } from '../harness.js';

describe('typing into a field', () => {
  it.each(['console', 'filter', 'form'] as const)(
    'the %s edits through the line model',
    (field) => {
      const { ctx } = actionContext();
      if (field === 'console') focusPane(ctx, 'console');
      if (field === 'filter') beginFilter(ctx);
      if (field === 'form') {
        openNewContainerForm(ctx);
        editField(ctx, field, 'killToStart');
      }
      typeIntoField(ctx, field, 'abd');
      editField(ctx, field, 'left');
      typeIntoField(ctx, field, 'c');
      expect(fieldLine(ctx.state(), field)).toEqual({ text: 'abcd', cursor: 3 });
      editField(ctx, field, 'killWordBefore');
      expect(fieldLine(ctx.state(), field)).toEqual({ text: 'd', cursor: 0 });
    },
  );

  it('control characters never reach a field', () => {
    const { ctx } = actionContext();
    beginFilter(ctx);
    typeIntoField(ctx, 'filter', 'a\x1b[31mb\x07c');
    expect(fieldLine(ctx.state(), 'filter').text).toBe('abc');
  });

  it('a newline ends a filter edit, keeping the filter; the form takes the first line', () => {
    const { ctx } = actionContext();
    beginFilter(ctx);
    typeIntoField(ctx, 'filter', 'csr\rss');
    expect(ctx.state().filterEdit).toBeNull();
    expect(ctx.state().panes.host.filter).toBe('csr');
    openNewContainerForm(ctx);
    editField(ctx, 'form', 'killToStart');
    typeIntoField(ctx, 'form', 'web\nx');
    expect(fieldLine(ctx.state(), 'form').text).toBe('web');
  });
});
