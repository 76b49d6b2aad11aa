// The one key table (src/ui/keys/key-table.ts): every row reachable by its key in its
// context, shown in help, and the demo's model keys meaning what the dashboard's keys do.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keyStepCommands, MODEL_KEYS, type KeyName } from '../../../src/demo/index.js';
import { builtinLessons, type Lesson } from '../../../src/demo/lessons/index.js';
import { ACTIONS } from '../../../src/ui/actions/action-table.js';
import { handleKey } from '../../../src/ui/actions/key-dispatch.js';
import type { StoreContext } from '../../../src/ui/actions/store-context.js';
import { helpSections } from '../../../src/ui/keys/help-content.js';
import { KEYMAP, type ActionId, type KeyContext } from '../../../src/ui/keys/key-table.js';
import { selectedContainer } from '../../../src/ui/state/process-list.js';
import type { KeySource } from '../../../src/ui/state/ui-state.js';
import { translator } from '../../../src/ui/text/i18n.js';
import { actionContext, uiStore } from '../harness.js';

const idleDemo = {
  togglePlay() {},
  step() {},
  nextChapter() {},
  previousChapter() {},
  faster() {},
  slower() {},
  restart() {},
  takeOver() {},
  start() {},
  stop() {},
};

/** A context where `context`'s rows apply, and the source whose keys reach them. */
function contextIn(context: KeyContext): { ctx: StoreContext; source: KeySource } {
  const demo = context === 'demo' || context === 'takenOver';
  const lesson = context === 'lesson' || context === 'lessonField';
  const lessonHost = { lesson: builtinLessons()[0] as Lesson };
  const { ctx } = actionContext({
    ...(demo ? { demo: idleDemo } : {}),
    ...(lesson ? { lesson: lessonHost } : {}),
  });
  const source: KeySource = demo || lesson ? 'user' : 'script';
  const put = (patch: Parameters<StoreContext['update']>[0]) => ctx.update(patch);
  if (context === 'takenOver') put({ demo: 'taken-over' });
  if (context === 'console' || context === 'edit' || context === 'lessonField')
    put({ focus: 'console' });
  if (context === 'filter')
    put({ focus: 'host', filterEdit: { pane: 'host', previous: '', cursor: 0 } });
  if (context === 'form')
    put({
      overlay: {
        kind: 'new-container',
        field: 1,
        name: 'X',
        cursor: 1,
        image: 'NanoServer',
        runtime: 'Default',
      },
    });
  if (context === 'confirm') {
    const id = ctx.state().host.containers[0]?.containerId ?? '';
    put({ overlay: { kind: 'confirm-remove', containerId: id, yes: false } });
  }
  if (context === 'help') put({ overlay: { kind: 'help', scroll: 0 } });
  return { ctx, source };
}

afterEach(() => vi.restoreAllMocks());

describe('the key table', () => {
  it.each(KEYMAP.map((row) => [row.context, row.keys.join(' '), row.action, row] as const))(
    '%s %s → %s: reachable by one of its keys',
    (context, _keys, action, row) => {
      const reached = row.keys.some((key) => {
        const { ctx, source } = contextIn(context);
        const ran: ActionId[] = [];
        for (const id of Object.keys(ACTIONS) as ActionId[])
          vi.spyOn(ACTIONS, id).mockImplementation(() => void ran.push(id));
        handleKey(ctx, key, source);
        vi.restoreAllMocks();
        return ran.length === 1 && ran[0] === action;
      });
      expect(reached).toBe(true);
    },
  );

  it.each(['en', 'ko'] as const)('every row is in the help (%s), under its context', (lang) => {
    const t = translator(lang);
    const sections = helpSections(t, true);
    for (const row of KEYMAP) {
      const section = sections.find((s) => s.context === row.context);
      expect(
        section?.entries.map((e) => e.text),
        `${row.context} ${row.action}`,
      ).toContain(t(row.help));
    }
  });

  it("a demo's model key runs the commands a key step resolves to", () => {
    const { sim, store, a, added } = uiStore();
    const order: KeyName[] = [MODEL_KEYS.exit, MODEL_KEYS.enter, 't', 's', 'd'];
    expect(new Set(order)).toEqual(new Set(Object.values(MODEL_KEYS)));
    for (const key of order) {
      const s = store.getState();
      const name = selectedContainer(s.host, s.selectedContainerId)?.name;
      const expected = keyStepCommands(key, name, sim.getState())?.commands ?? [];
      expect(expected.length, key).toBeGreaterThan(0);
      const lines = added(() => {
        a().handleKey(key, 'user');
        if (key === MODEL_KEYS.remove) a().handleKey('y', 'user');
      });
      const ran = lines
        .filter((l) => l.kind === 'command')
        .map((l) => l.text.replace(/^.*?PS [^>]*> /, ''));
      expect(ran, key).toEqual(expected);
    }
  });
});
