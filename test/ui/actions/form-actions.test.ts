// The dialogs (src/ui/actions/form-actions.ts): the new-container form and the remove
// confirmation.
import { describe, expect, it } from 'vitest';
import {
  answerRemove,
  askRemove,
  changeFormChoice,
  moveFormField,
  openNewContainerForm,
  submitForm,
  switchRemoveAnswer,
} from '../../../src/ui/actions/form-actions.js';
import { actionContext } from '../harness.js';

describe('the new-container form', () => {
  it('suggests a free name, the cursor after it, and creates what it shows', () => {
    const { ctx, sim } = actionContext();
    openNewContainerForm(ctx);
    const form = ctx.state().overlay;
    expect(form).toMatchObject({ kind: 'new-container', field: 0, name: 'CON1', cursor: 4 });
    moveFormField(ctx, 1);
    moveFormField(ctx, 1);
    changeFormChoice(ctx);
    expect(ctx.state().overlay).toMatchObject({ field: 2, runtime: 'HyperV' });
    moveFormField(ctx, -1);
    changeFormChoice(ctx);
    expect(ctx.state().overlay).toMatchObject({ field: 1, image: 'WindowsServerCore' });
    moveFormField(ctx, 1);
    changeFormChoice(ctx);
    submitForm(ctx);
    expect(ctx.state().overlay).toBeNull();
    expect(sim.getState().containers.find((c) => c.name === 'CON1')).toMatchObject({
      image: 'WindowsServerCore',
      runtimeType: 'Default',
    });
  });

  it('does not submit an empty name', () => {
    const { ctx } = actionContext();
    openNewContainerForm(ctx);
    const form = ctx.state().overlay;
    if (form?.kind !== 'new-container') throw new Error('no form');
    ctx.update({ overlay: { ...form, name: '  ', cursor: 2 } });
    submitForm(ctx);
    expect(ctx.state().overlay?.kind).toBe('new-container');
  });
});

describe('the remove confirmation', () => {
  it('No by default; Yes removes the container it asked about', () => {
    const { ctx, sim } = actionContext();
    const target = ctx.state().selectedContainerId;
    askRemove(ctx, 'd');
    expect(ctx.state().overlay).toMatchObject({ kind: 'confirm-remove', yes: false });
    answerRemove(ctx, 'highlighted');
    expect(sim.getState().containers.some((c) => c.containerId === target)).toBe(true);
    askRemove(ctx, 'd');
    switchRemoveAnswer(ctx);
    answerRemove(ctx, 'highlighted');
    expect(sim.getState().containers.some((c) => c.containerId === target)).toBe(false);
  });
});
