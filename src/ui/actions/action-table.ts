// What each action of the key table (keys/key-table.ts) does: one entry per ActionId. The
// type requires every ActionId to have exactly one handler, so a row's action cannot be
// missing here. A handler gets the key that was pressed (the model keys' `#` note says it).
import type { ActionId } from '../keys/key-table.js';
import type { LineEditId } from '../state/line-edit.js';
import type { KeySource } from '../state/ui-state.js';
import { activeField } from '../state/selectors.js';
import { completeInput, recallHistory, scrollConsole, submitConsole } from './console-actions.js';
import { runContainerKey } from './container-actions.js';
import { drive, restartDemo, takeOver } from './demo-actions.js';
import { editField } from './field-actions.js';
import { toggleKernelMap, writeSnapshot } from './frame-actions.js';
import * as form from './form-actions.js';
import * as lesson from './lesson-actions.js';
import type { StoreContext } from './store-context.js';
import * as view from './view-actions.js';
import { requestSuspend } from './suspend-request.js';

/** `source`: who pressed it (a user's `t` plays its steps a beat apart, a script's does not). */
export type ActionHandler = (ctx: StoreContext, key: string, source?: KeySource) => void;

/** A line-editor key on whichever field has the keys (a script's keys too). */
const edit =
  (id: LineEditId): ActionHandler =>
  (ctx) => {
    const field = activeField(ctx.state(), 'script');
    if (field !== null) editField(ctx, field, id);
  };

const leaveConsole: ActionHandler = (ctx) => {
  const back = ctx.state().returnFocus;
  view.focusPane(ctx, back === 'console' ? 'containers' : back);
};

export const ACTIONS: Readonly<Record<ActionId, ActionHandler>> = {
  forceQuit: (ctx) => view.quit(ctx, 130),
  suspend: () => requestSuspend(),
  quit: (ctx) => view.quit(ctx, 0),
  helpToggle: view.toggleHelp,
  back: view.back,
  nextPane: (ctx) => view.cyclePane(ctx, 1),
  previousPane: (ctx) => view.cyclePane(ctx, -1),
  focusContainers: (ctx) => view.focusPane(ctx, 'containers'),
  focusHost: (ctx) => view.focusPane(ctx, 'host'),
  focusSession: (ctx) => view.focusPane(ctx, 'session'),
  focusConsole: (ctx) => view.focusPane(ctx, 'console'),
  moveUp: (ctx) => view.moveSelection(ctx, 'up'),
  moveDown: (ctx) => view.moveSelection(ctx, 'down'),
  pageUp: (ctx) => view.moveSelection(ctx, 'pageUp'),
  pageDown: (ctx) => view.moveSelection(ctx, 'pageDown'),
  moveFirst: (ctx) => view.moveSelection(ctx, 'first'),
  moveLast: (ctx) => view.moveSelection(ctx, 'last'),
  toggleRuntime: (ctx, key, source) =>
    runContainerKey(ctx, 'toggle-runtime', key, source === 'user'),
  startStop: (ctx, key) => runContainerKey(ctx, 'start-stop', key),
  enterSession: (ctx, key) => runContainerKey(ctx, 'enter', key),
  exitSession: (ctx, key) => runContainerKey(ctx, 'exit', key),
  newContainer: form.openNewContainerForm,
  removeContainer: form.askRemove,
  filter: view.beginFilter,
  csrssOnly: view.toggleCsrssOnly,
  cycleSort: view.cycleSort,
  reverseSort: view.reverseSort,
  kernelMap: toggleKernelMap,
  snapshot: writeSnapshot,
  zoomToggle: view.toggleZoom,
  detailsToggle: view.toggleDetails,
  consoleRun: submitConsole,
  historyPrevious: (ctx) => recallHistory(ctx, -1),
  historyNext: (ctx) => recallHistory(ctx, 1),
  complete: (ctx) => completeInput(ctx, 1),
  completeBack: (ctx) => completeInput(ctx, -1),
  scrollUp: (ctx) => scrollConsole(ctx, -1),
  scrollDown: (ctx) => scrollConsole(ctx, 1),
  consoleLeave: leaveConsole,
  filterApply: (ctx) => view.endFilter(ctx, true),
  filterCancel: (ctx) => view.endFilter(ctx, false),
  formNext: (ctx) => form.moveFormField(ctx, 1),
  formPrevious: (ctx) => form.moveFormField(ctx, -1),
  formChange: form.changeFormChoice,
  formSubmit: form.submitForm,
  formCancel: form.closeOverlay,
  confirmYes: (ctx) => form.answerRemove(ctx, 'yes'),
  confirmNo: (ctx) => form.answerRemove(ctx, 'no'),
  confirmAccept: (ctx) => form.answerRemove(ctx, 'highlighted'),
  confirmSwitch: form.switchRemoveAnswer,
  helpClose: form.closeOverlay,
  helpUp: (ctx) => view.scrollHelp(ctx, 'up'),
  helpDown: (ctx) => view.scrollHelp(ctx, 'down'),
  helpPageUp: (ctx) => view.scrollHelp(ctx, 'pageUp'),
  helpPageDown: (ctx) => view.scrollHelp(ctx, 'pageDown'),
  helpFirst: (ctx) => view.scrollHelp(ctx, 'first'),
  helpLast: (ctx) => view.scrollHelp(ctx, 'last'),
  demoPlay: drive((d) => d.togglePlay()),
  demoStep: drive((d) => d.step()),
  demoNextChapter: drive((d) => d.nextChapter()),
  demoPreviousChapter: drive((d) => d.previousChapter()),
  demoFaster: drive((d) => d.faster()),
  demoSlower: drive((d) => d.slower()),
  demoRestart: restartDemo,
  demoTakeOver: takeOver,
  demoQuit: (ctx) => view.quit(ctx, 0),
  lessonHint: lesson.revealLessonHint,
  lessonShowMe: lesson.showMe,
  editLeft: edit('left'),
  editRight: edit('right'),
  editHome: edit('home'),
  editEnd: edit('end'),
  editWordLeft: edit('wordLeft'),
  editWordRight: edit('wordRight'),
  editBackspace: edit('backspace'),
  editDelete: edit('delete'),
  editKillToStart: edit('killToStart'),
  editKillToEnd: edit('killToEnd'),
  editKillWordBefore: edit('killWordBefore'),
};
