// Every key the dashboard knows, defined once: one row per binding names its keys, the
// context it applies in, its help text (a catalogue key, so both languages) and the action
// it runs (an ActionId; src/ui/actions/action-table.ts maps each to what it does). The
// dispatcher, the help overlay and the key-hint line are all generated from it, and the
// model keys (t s Enter x d) come from the demo's MODEL_KEYS, so a scenario's key step
// means what the dashboard's key does. Adding a key: one row here, plus its action.
import { MODEL_KEYS } from '../../demo/live.js';
import type { MessageKey } from '../text/messages-en.js';

/**
 * Where a binding applies. `always` works even while typing; `main` is the panes when no
 * text field, form or overlay has the keys; the others are the text fields, the forms,
 * the help overlay and demo playback; `edit` is the line editor of whichever text field has
 * the keys (state/selectors.ts activeContexts).
 */
export type KeyContext =
  | 'always'
  | 'main'
  | 'console'
  | 'edit'
  | 'filter'
  | 'form'
  | 'confirm'
  | 'help'
  | 'details'
  | 'demo'
  | 'takenOver'
  | 'lesson'
  | 'lessonField';

export type ActionId =
  | 'forceQuit'
  | 'suspend'
  | 'helpToggle'
  | 'quit'
  | 'back'
  | 'nextPane'
  | 'previousPane'
  | 'focusContainers'
  | 'focusHost'
  | 'focusSession'
  | 'focusConsole'
  | 'moveUp'
  | 'moveDown'
  | 'pageUp'
  | 'pageDown'
  | 'moveFirst'
  | 'moveLast'
  | 'toggleRuntime'
  | 'startStop'
  | 'enterSession'
  | 'exitSession'
  | 'newContainer'
  | 'removeContainer'
  | 'filter'
  | 'csrssOnly'
  | 'cycleSort'
  | 'reverseSort'
  | 'kernelMap'
  | 'snapshot'
  | 'zoomToggle'
  | 'detailsToggle'
  | 'consoleRun'
  | 'historyPrevious'
  | 'historyNext'
  | 'complete'
  | 'completeBack'
  | 'scrollUp'
  | 'scrollDown'
  | 'consoleLeave'
  | 'filterApply'
  | 'filterCancel'
  | 'formNext'
  | 'formPrevious'
  | 'formChange'
  | 'formSubmit'
  | 'formCancel'
  | 'confirmYes'
  | 'confirmNo'
  | 'confirmSwitch'
  | 'confirmAccept'
  | 'helpClose'
  | 'helpUp'
  | 'helpDown'
  | 'helpPageUp'
  | 'helpPageDown'
  | 'helpFirst'
  | 'helpLast'
  | 'demoPlay'
  | 'demoStep'
  | 'demoNextChapter'
  | 'demoPreviousChapter'
  | 'demoFaster'
  | 'demoSlower'
  | 'demoRestart'
  | 'demoTakeOver'
  | 'demoQuit'
  | 'lessonHint'
  | 'lessonShowMe'
  | 'editLeft'
  | 'editRight'
  | 'editHome'
  | 'editEnd'
  | 'editWordLeft'
  | 'editWordRight'
  | 'editBackspace'
  | 'editDelete'
  | 'editKillToStart'
  | 'editKillToEnd'
  | 'editKillWordBefore';

export interface Binding {
  readonly context: KeyContext;
  /** Canonical key names (see keys.ts): `t`, `enter`, `shift+tab`, `ctrl+c`, `f1`, `space`. */
  readonly keys: readonly string[];
  readonly action: ActionId;
  /** The help overlay's description. Bindings sharing one are listed on one line. */
  readonly help: MessageKey;
  /** Shown in the key-hint line with this short label. */
  readonly hint?: MessageKey;
  /** The keys as the hint line shows them, when not simply the first key (`↑↓`). */
  readonly hintKeys?: string;
}

const b = (
  context: KeyContext,
  keys: readonly string[],
  action: ActionId,
  help: MessageKey,
  hint?: MessageKey,
  hintKeys?: string,
): Binding => ({
  context,
  keys,
  action,
  help,
  ...(hint ? { hint } : {}),
  ...(hintKeys ? { hintKeys } : {}),
});

/**
 * In each context, in the order the help and the hint line list them. The hint line keeps
 * a context's last two when it must drop some (help and quit; run and leave).
 */
export const KEYMAP: readonly Binding[] = [
  b('always', ['ctrl+c'], 'forceQuit', 'help.forceQuit'),
  b('always', ['ctrl+z'], 'suspend', 'help.suspend'),
  b('always', ['f1'], 'helpToggle', 'help.helpToggle'),

  b('main', ['tab'], 'nextPane', 'help.nextPane', 'hint.pane'),
  b('main', ['shift+tab'], 'previousPane', 'help.nextPane'),
  b('main', ['1'], 'focusContainers', 'help.jump'),
  b('main', ['2'], 'focusHost', 'help.jump'),
  b('main', ['3'], 'focusSession', 'help.jump'),
  b('main', ['4'], 'focusConsole', 'help.jump'),
  b('main', ['up', 'k'], 'moveUp', 'help.move', 'hint.move', '↑↓'),
  b('main', ['down', 'j'], 'moveDown', 'help.move'),
  b('main', ['pageup'], 'pageUp', 'help.page'),
  b('main', ['pagedown'], 'pageDown', 'help.page'),
  b('main', ['home'], 'moveFirst', 'help.ends'),
  b('main', ['end'], 'moveLast', 'help.ends'),
  b(
    'main',
    [MODEL_KEYS['toggle-runtime']],
    'toggleRuntime',
    'help.toggleRuntime',
    'hint.toggleRuntime',
  ),
  b('main', [MODEL_KEYS['start-stop']], 'startStop', 'help.startStop', 'hint.startStop'),
  b('main', [MODEL_KEYS.enter], 'enterSession', 'help.enterSession', 'hint.enterSession'),
  b('main', [MODEL_KEYS.exit], 'exitSession', 'help.exitSession', 'hint.exitSession'),
  b('main', ['n'], 'newContainer', 'help.newContainer', 'hint.newContainer'),
  b('main', [MODEL_KEYS.remove], 'removeContainer', 'help.removeContainer', 'hint.removeContainer'),
  b('main', [':'], 'focusConsole', 'help.focusConsole', 'hint.focusConsole'),
  b('main', ['/'], 'filter', 'help.filter', 'hint.filter'),
  b('main', ['c'], 'csrssOnly', 'help.csrssOnly', 'hint.csrssOnly'),
  b('main', ['o'], 'cycleSort', 'help.cycleSort', 'hint.cycleSort'),
  b('main', ['O'], 'reverseSort', 'help.reverseSort'),
  b('main', ['m'], 'kernelMap', 'help.kernelMap'),
  b('main', ['p'], 'snapshot', 'help.snapshot'),
  b('main', ['z'], 'zoomToggle', 'help.zoom', 'hint.zoom'),
  b('main', ['v'], 'detailsToggle', 'help.details', 'hint.details'),
  b('always', ['f2'], 'zoomToggle', 'help.zoomAnywhere'),
  b('main', ['?'], 'helpToggle', 'help.helpToggle', 'hint.help'),
  b('main', ['q'], 'quit', 'help.quit', 'hint.quit'),
  b('main', ['escape'], 'back', 'help.back'),

  b('console', ['tab'], 'complete', 'help.complete', 'hint.complete'),
  b('console', ['shift+tab'], 'completeBack', 'help.completeBack'),
  b('console', ['up'], 'historyPrevious', 'help.history', 'hint.history', '↑↓'),
  b('console', ['down'], 'historyNext', 'help.history'),
  b('console', ['pageup'], 'scrollUp', 'help.scroll', 'hint.scroll', 'PgUp/PgDn'),
  b('console', ['pagedown'], 'scrollDown', 'help.scroll'),
  b('console', ['enter'], 'consoleRun', 'help.consoleRun', 'hint.run'),
  b('console', ['escape'], 'consoleLeave', 'help.consoleLeave', 'hint.leave'),

  b('edit', ['left', 'ctrl+b'], 'editLeft', 'help.editMove'),
  b('edit', ['right', 'ctrl+f'], 'editRight', 'help.editMove'),
  b('edit', ['home', 'ctrl+a'], 'editHome', 'help.editEnds'),
  b('edit', ['end', 'ctrl+e'], 'editEnd', 'help.editEnds'),
  b('edit', ['ctrl+left'], 'editWordLeft', 'help.editWord'),
  b('edit', ['ctrl+right'], 'editWordRight', 'help.editWord'),
  b('edit', ['backspace'], 'editBackspace', 'help.editDelete'),
  b('edit', ['delete', 'ctrl+d'], 'editDelete', 'help.editDelete'),
  b('edit', ['ctrl+u'], 'editKillToStart', 'help.editKill'),
  b('edit', ['ctrl+k'], 'editKillToEnd', 'help.editKill'),
  b('edit', ['ctrl+w'], 'editKillWordBefore', 'help.editKillWord'),

  b('filter', ['enter'], 'filterApply', 'help.filterApply', 'hint.apply'),
  b('filter', ['escape'], 'filterCancel', 'help.filterCancel', 'hint.cancel'),
  b('filter', ['up'], 'moveUp', 'help.filterMove', 'hint.move', '↑↓'),
  b('filter', ['down'], 'moveDown', 'help.filterMove'),

  b('form', ['tab', 'down'], 'formNext', 'help.formNext', 'hint.next', 'Tab'),
  b('form', ['shift+tab', 'up'], 'formPrevious', 'help.formPrevious'),
  b('form', ['left', 'right', 'space'], 'formChange', 'help.formChange', 'hint.change', '←→'),
  b('form', ['enter'], 'formSubmit', 'help.formSubmit', 'hint.create'),
  b('form', ['escape'], 'formCancel', 'help.formCancel', 'hint.cancel'),

  b('confirm', ['y'], 'confirmYes', 'help.confirmYes', 'hint.yes'),
  b('confirm', ['n', 'escape'], 'confirmNo', 'help.confirmNo', 'hint.no'),
  b(
    'confirm',
    ['left', 'right', 'tab'],
    'confirmSwitch',
    'help.confirmSwitch',
    'hint.switch',
    '←→',
  ),
  b('confirm', ['enter'], 'confirmAccept', 'help.confirmAccept'),

  b('help', ['escape', '?', 'q'], 'helpClose', 'help.helpClose', 'hint.close', 'Esc'),

  b('details', ['escape', 'v'], 'detailsToggle', 'help.detailsClose', 'hint.close', 'Esc'),
  b('help', ['up', 'k'], 'helpUp', 'help.helpScroll', 'hint.scroll', '↑↓'),
  b('help', ['down', 'j'], 'helpDown', 'help.helpScroll'),
  b('help', ['pageup'], 'helpPageUp', 'help.helpScroll'),
  b('help', ['pagedown'], 'helpPageDown', 'help.helpScroll'),
  b('help', ['home'], 'helpFirst', 'help.helpEnds'),
  b('help', ['end'], 'helpLast', 'help.helpEnds'),

  b('demo', ['space'], 'demoPlay', 'help.demoPlay', 'hint.play'),
  b('demo', ['.'], 'demoStep', 'help.demoStep', 'hint.step'),
  b('demo', [']'], 'demoNextChapter', 'help.demoChapter', 'hint.chapter', '[ ]'),
  b('demo', ['['], 'demoPreviousChapter', 'help.demoChapter'),
  b('demo', ['+', '='], 'demoFaster', 'help.demoSpeed', 'hint.speed', '+ -'),
  b('demo', ['-'], 'demoSlower', 'help.demoSpeed'),
  b('demo', ['r'], 'demoRestart', 'help.demoRestart', 'hint.restart'),
  b('demo', ['i'], 'demoTakeOver', 'help.demoTakeOver', 'hint.takeOver'),
  b('demo', ['m'], 'kernelMap', 'help.kernelMap'),
  b('demo', ['p'], 'snapshot', 'help.snapshot'),
  b('demo', ['?'], 'helpToggle', 'help.helpToggle', 'hint.help'),
  b('demo', ['q'], 'demoQuit', 'help.demoQuit', 'hint.quit'),

  // After a take-over (`i`) the panes have the dashboard's own keys, and `r` still restarts.
  b('takenOver', ['r'], 'demoRestart', 'help.demoRestartAfter', 'hint.restart'),

  // Learn mode: the panes' keys plus these; in the console, where letters are typed, F3 F4.
  b('lesson', ['h', 'f3'], 'lessonHint', 'help.lessonHint', 'hint.lessonHint'),
  b('lesson', ['w', 'f4'], 'lessonShowMe', 'help.lessonShowMe', 'hint.lessonShowMe'),
  b('lessonField', ['f3'], 'lessonHint', 'help.lessonHint', 'hint.lessonHint', 'F3'),
  b('lessonField', ['f4'], 'lessonShowMe', 'help.lessonShowMe', 'hint.lessonShowMe', 'F4'),
];

const byContext = new Map<KeyContext, Map<string, Binding>>();
for (const binding of KEYMAP) {
  let table = byContext.get(binding.context);
  if (table === undefined) byContext.set(binding.context, (table = new Map()));
  for (const key of binding.keys) if (!table.has(key)) table.set(key, binding);
}

/** The binding a key has in the first of `contexts` that binds it. */
export function bindingFor(contexts: readonly KeyContext[], key: string): Binding | undefined {
  for (const context of contexts) {
    const binding = byContext.get(context)?.get(key);
    if (binding !== undefined) return binding;
  }
  return undefined;
}

export function bindingsOf(context: KeyContext): Binding[] {
  return KEYMAP.filter((binding) => binding.context === context);
}
