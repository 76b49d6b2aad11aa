// One key press → one binding of the keymap → one action. The keyboard and the demo
// player's pressKey come through here alike; only the contexts differ (a script presses
// keys as a user outside playback would, so the demo keymap never catches them).
import { bindingFor, type KeyAction, type KeyContext } from '../keys/key-table.js';
import {
  completeInput,
  deleteLastChar,
  recallHistory,
  scrollConsole,
  submitConsole,
  typeText,
} from './console-actions.js';
import { createContainer, runContainerKey, suggestName } from './container-actions.js';
import { selectedContainer } from '../state/process-list.js';
import type { StoreContext } from './store-context.js';
import type { KeySource, UiState } from '../state/ui-state.js';
import {
  back,
  beginFilter,
  cyclePane,
  cycleSort,
  editFilter,
  endFilter,
  focusPane,
  moveSelection,
  scrollHelp,
  toggleCsrssOnly,
  toggleHelp,
} from './view-actions.js';

export function activeContexts(s: UiState, source: KeySource): readonly KeyContext[] {
  if (s.overlay?.kind === 'help') return ['always', 'help'];
  if (s.demo === 'playing' && source === 'user') return ['always', 'demo'];
  if (s.overlay?.kind === 'new-container') return ['always', 'form'];
  if (s.overlay?.kind === 'confirm-remove') return ['always', 'confirm'];
  if (s.filterEdit !== null) return ['always', 'filter'];
  if (s.focus === 'console') return ['always', 'console'];
  return ['always', 'main'];
}

export function handleKey(ctx: StoreContext, key: string, source: KeySource): void {
  const s = ctx.state();
  const binding = bindingFor(activeContexts(s, source), key);
  if (binding !== undefined) {
    perform(ctx, binding.action, key);
    return;
  }
  // From the keyboard, text fields type for themselves (ink-text-input); a script's keys
  // have no text field to land in, so they are typed here.
  if (source === 'script') typeKey(ctx, key);
}

function typeKey(ctx: StoreContext, key: string): void {
  const s = ctx.state();
  const text = key === 'space' ? ' ' : [...key].length === 1 ? key : null;
  if (s.overlay?.kind === 'new-container' && s.overlay.field === 0) {
    const name =
      key === 'backspace'
        ? [...s.overlay.name].slice(0, -1).join('')
        : text === null
          ? null
          : s.overlay.name + text;
    if (name !== null)
      ctx.update({ overlay: { ...s.overlay, name, nameVersion: s.overlay.nameVersion + 1 } });
  } else if (s.filterEdit !== null) {
    const filter = s.panes[s.filterEdit.pane].filter;
    const next =
      key === 'backspace'
        ? [...filter].slice(0, -1).join('')
        : text === null
          ? null
          : filter + text;
    if (next !== null) {
      editFilter(ctx, next);
      ctx.update({ filterEdit: { ...s.filterEdit, version: s.filterEdit.version + 1 } });
    }
  } else if (s.focus === 'console' && s.overlay === null) {
    if (key === 'backspace') deleteLastChar(ctx);
    else if (text !== null) typeText(ctx, text);
  }
}

function quit(ctx: StoreContext, code: number): void {
  if (ctx.state().exitCode === null) ctx.update({ exitCode: code });
}

function perform(ctx: StoreContext, action: KeyAction, key: string): void {
  const s = ctx.state();
  switch (action) {
    case 'forceQuit':
      return quit(ctx, 130);
    case 'quit':
      return quit(ctx, 0);
    case 'helpToggle':
      return toggleHelp(ctx);
    case 'back':
      return back(ctx);
    case 'nextPane':
      return cyclePane(ctx, 1);
    case 'previousPane':
      return cyclePane(ctx, -1);
    case 'focusContainers':
      return focusPane(ctx, 'containers');
    case 'focusHost':
      return focusPane(ctx, 'host');
    case 'focusSession':
      return focusPane(ctx, 'session');
    case 'focusConsole':
      return focusPane(ctx, 'console');
    case 'moveUp':
      return moveSelection(ctx, 'up');
    case 'moveDown':
      return moveSelection(ctx, 'down');
    case 'pageUp':
      return moveSelection(ctx, 'pageUp');
    case 'pageDown':
      return moveSelection(ctx, 'pageDown');
    case 'moveFirst':
      return moveSelection(ctx, 'first');
    case 'moveLast':
      return moveSelection(ctx, 'last');
    case 'toggleRuntime':
      return runContainerKey(ctx, 'toggle-runtime', key);
    case 'startStop':
      return runContainerKey(ctx, 'start-stop', key);
    case 'enterSession':
      return runContainerKey(ctx, 'enter', key);
    case 'exitSession':
      return runContainerKey(ctx, 'exit', key);
    case 'newContainer':
      return ctx.update({
        overlay: {
          kind: 'new-container',
          field: 0,
          name: suggestName(ctx),
          nameVersion: 0,
          image: 'NanoServer',
          runtime: 'Default',
        },
        filterEdit: null,
      });
    case 'removeContainer': {
      const container = selectedContainer(s.host, s.selectedContainerId);
      if (container === undefined) return runContainerKey(ctx, 'remove', key);
      return ctx.update({
        overlay: { kind: 'confirm-remove', containerId: container.containerId, yes: false },
        filterEdit: null,
      });
    }
    case 'filter':
      return beginFilter(ctx);
    case 'csrssOnly':
      return toggleCsrssOnly(ctx);
    case 'cycleSort':
      return cycleSort(ctx);
    case 'consoleRun':
      return submitConsole(ctx);
    case 'historyPrevious':
      return recallHistory(ctx, -1);
    case 'historyNext':
      return recallHistory(ctx, 1);
    case 'complete':
      return completeInput(ctx, 1);
    case 'completeBack':
      return completeInput(ctx, -1);
    case 'scrollUp':
      return scrollConsole(ctx, -1);
    case 'scrollDown':
      return scrollConsole(ctx, 1);
    case 'consoleLeave':
      return focusPane(ctx, s.returnFocus === 'console' ? 'containers' : s.returnFocus);
    case 'filterApply':
      return endFilter(ctx, true);
    case 'filterCancel':
      return endFilter(ctx, false);
    case 'formNext':
    case 'formPrevious':
      if (s.overlay?.kind !== 'new-container') return;
      return ctx.update({
        overlay: {
          ...s.overlay,
          field: ((s.overlay.field + (action === 'formNext' ? 1 : 2)) % 3) as 0 | 1 | 2,
        },
      });
    case 'formChange':
      if (s.overlay?.kind !== 'new-container' || s.overlay.field === 0) return;
      return ctx.update({
        overlay:
          s.overlay.field === 1
            ? {
                ...s.overlay,
                image: s.overlay.image === 'NanoServer' ? 'WindowsServerCore' : 'NanoServer',
              }
            : { ...s.overlay, runtime: s.overlay.runtime === 'Default' ? 'HyperV' : 'Default' },
      });
    case 'formSubmit': {
      if (s.overlay?.kind !== 'new-container' || s.overlay.name.trim() === '') return;
      const form = s.overlay;
      ctx.update({ overlay: null });
      return createContainer(ctx, form);
    }
    case 'formCancel':
      return ctx.update({ overlay: null });
    case 'confirmYes':
    case 'confirmNo':
    case 'confirmAccept': {
      if (s.overlay?.kind !== 'confirm-remove') return;
      const yes = action === 'confirmYes' || (action === 'confirmAccept' && s.overlay.yes);
      const containerId = s.overlay.containerId;
      ctx.update({ overlay: null });
      if (yes) {
        ctx.update({ selectedContainerId: containerId });
        runContainerKey(ctx, 'remove', 'd');
      }
      return;
    }
    case 'confirmSwitch':
      if (s.overlay?.kind !== 'confirm-remove') return;
      return ctx.update({ overlay: { ...s.overlay, yes: !s.overlay.yes } });
    case 'helpClose':
      return ctx.update({ overlay: null });
    case 'helpUp':
      return scrollHelp(ctx, 'up');
    case 'helpDown':
      return scrollHelp(ctx, 'down');
    case 'helpPageUp':
      return scrollHelp(ctx, 'pageUp');
    case 'helpPageDown':
      return scrollHelp(ctx, 'pageDown');
    case 'demoPlay':
      return ctx.demo?.togglePlay();
    case 'demoStep':
      return ctx.demo?.step();
    case 'demoNextChapter':
      return ctx.demo?.nextChapter();
    case 'demoPreviousChapter':
      return ctx.demo?.previousChapter();
    case 'demoFaster':
      return ctx.demo?.faster();
    case 'demoSlower':
      return ctx.demo?.slower();
    case 'demoRestart':
      return ctx.demo?.restart();
    case 'demoTakeOver':
      ctx.demo?.takeOver();
      return handOver(ctx);
    case 'demoQuit':
      return quit(ctx, 0);
  }
}

/** The user has the keys: the interactive keymap, the console focused, no narration. */
export function handOver(ctx: StoreContext): void {
  if (ctx.state().demo === 'off') return;
  ctx.update({ demo: 'taken-over', narration: null, spotlight: null, overlay: null });
  focusPane(ctx, 'console');
}
