// Issue 12: the help starts with a legend of every mark and symbol (drawn from the
// constants the views draw), then the keys of the current mode; Home/End/PgUp/PgDn/j/k
// scroll it.
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { helpSections, legendSection } from '../../../src/ui/keys/help-content.js';
import * as marks from '../../../src/ui/text/marks.js';
import { translator } from '../../../src/ui/text/i18n.js';
import { demoDriverDouble } from '../../support/demo-doubles.js';
import { renderDashboard } from '../harness.js';

afterEach(() => cleanup());

const t = translator('en');
const ko = translator('ko');

describe('the legend', () => {
  it('explains every mark the views draw, from the same constants', () => {
    const keys = legendSection(t).entries.map((e) => e.keys);
    for (const mark of [
      marks.SHARED_MARK,
      marks.UTILITY_VM_MARK,
      marks.SELECTED_MARK,
      marks.APPEARED_MARK,
      marks.VANISHED_MARK,
      marks.SPOTLIGHT_MARK,
    ])
      expect(keys).toContain(mark);
    expect(keys).toContain(marks.enteredName('NAME'));
    expect(keys).toContain(`${marks.SORT_UP} ${marks.SORT_DOWN}`);
    expect(keys).toContain(`${marks.DONE_MARK} ${marks.FAILED_MARK}`);
    expect(keys).toContain('SI');
    // The vanished row's example is drawn struck through.
    expect(legendSection(t).entries.filter((e) => e.strike === true)).toHaveLength(1);
    // Every entry says something, in both languages.
    for (const tr of [t, ko])
      for (const e of legendSection(tr).entries) expect(e.text.length).toBeGreaterThan(3);
    expect(legendSection(ko).title).toBe('표시와 기호');
  });

  it("comes first, then the current mode's keys: the demo's in demo mode", () => {
    expect(
      helpSections(t, true, ['demo'])
        .map((s) => s.context)
        .slice(0, 3),
    ).toEqual(['legend', 'demo', 'main']);
    expect(
      helpSections(t, false, ['console', 'edit'])
        .map((s) => s.context)
        .slice(0, 3),
    ).toEqual(['legend', 'console', 'edit']);
  });
});

describe('the help overlay', () => {
  it('in demo mode shows the demo keys right after the legend', async () => {
    const view = renderDashboard({ columns: 120, rows: 40, demo: demoDriverDouble() });
    await view.keys('?');
    const screen = (await view.screen()).join('\n');
    expect(screen).toContain('Marks and symbols');
    expect(screen).toMatch(/Demo\s/);
    expect(screen).toMatch(/Space +play \/ pause/);
  });

  it('scrolls with End and Home, PgDn and k', async () => {
    const view = renderDashboard({ columns: 80, rows: 24 });
    await view.keys('?');
    const footer = async () =>
      (await view.screen()).find((l) => /\d+–\d+\/\d+ · Esc closes/.test(l)) ?? '';
    expect(await footer()).toMatch(/ 1–\d+\/\d+/);
    await view.keys('\x1b[F');
    const [, , last, total] = /(\d+)–(\d+)\/(\d+)/.exec(await footer())!;
    expect(last).toBe(total);
    await view.keys('\x1b[H');
    expect(await footer()).toMatch(/ 1–\d+\//);
    await view.keys('\x1b[6~');
    expect(await footer()).not.toMatch(/ 1–/);
    await view.keys('k');
    expect(await footer()).not.toMatch(/ 1–\d+\//);
    expect((await view.screen()).join('\n')).not.toContain('Marks and symbols');
  });
});
