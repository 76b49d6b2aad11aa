// The two dialogs: the new-container form (`n`) and the remove confirmation (`d`).
import { selectedContainer } from '../state/process-list.js';
import { createContainer, runContainerKey, suggestName } from './container-actions.js';
import type { StoreContext } from './store-context.js';

export function openNewContainerForm(ctx: StoreContext): void {
  const name = suggestName(ctx);
  ctx.update({
    overlay: {
      kind: 'new-container',
      field: 0,
      name,
      cursor: name.length,
      image: 'NanoServer',
      runtime: 'Default',
    },
    filterEdit: null,
  });
}

export function moveFormField(ctx: StoreContext, delta: 1 | -1): void {
  const overlay = ctx.state().overlay;
  if (overlay?.kind !== 'new-container') return;
  const field = ((overlay.field + (delta === 1 ? 1 : 2)) % 3) as 0 | 1 | 2;
  ctx.update({ overlay: { ...overlay, field } });
}

/** ←→ or Space on the image or runtime field: the other choice. */
export function changeFormChoice(ctx: StoreContext): void {
  const form = ctx.state().overlay;
  if (form?.kind !== 'new-container' || form.field === 0) return;
  ctx.update({
    overlay:
      form.field === 1
        ? { ...form, image: form.image === 'NanoServer' ? 'WindowsServerCore' : 'NanoServer' }
        : { ...form, runtime: form.runtime === 'Default' ? 'HyperV' : 'Default' },
  });
}

export function submitForm(ctx: StoreContext): void {
  const form = ctx.state().overlay;
  if (form?.kind !== 'new-container' || form.name.trim() === '') return;
  ctx.update({ overlay: null });
  createContainer(ctx, form);
}

export function closeOverlay(ctx: StoreContext): void {
  ctx.update({ overlay: null });
}

/** `d`: ask first; with no container selected, say so as the key would. */
export function askRemove(ctx: StoreContext, key: string): void {
  const s = ctx.state();
  const container = selectedContainer(s.host, s.selectedContainerId);
  if (container === undefined) {
    runContainerKey(ctx, 'remove', key);
    return;
  }
  ctx.update({
    overlay: { kind: 'confirm-remove', containerId: container.containerId, yes: false },
    filterEdit: null,
  });
}

/** The confirmation's answer: `yes` removes, through the same commands as the key. */
export function answerRemove(ctx: StoreContext, answer: 'yes' | 'no' | 'highlighted'): void {
  const overlay = ctx.state().overlay;
  if (overlay?.kind !== 'confirm-remove') return;
  const yes = answer === 'yes' || (answer === 'highlighted' && overlay.yes);
  ctx.update({ overlay: null });
  if (!yes) return;
  ctx.update({ selectedContainerId: overlay.containerId });
  runContainerKey(ctx, 'remove', 'd');
}

export function switchRemoveAnswer(ctx: StoreContext): void {
  const overlay = ctx.state().overlay;
  if (overlay?.kind !== 'confirm-remove') return;
  ctx.update({ overlay: { ...overlay, yes: !overlay.yes } });
}
