// Moving around (src/ui/actions/view-actions.ts): focus, selection, filters, help, quit.
import { describe, expect, it } from 'vitest';
import {
  back,
  beginFilter,
  cyclePane,
  cycleSort,
  endFilter,
  focusPane,
  moveSelection,
  quit,
  reverseSort,
  setFilter,
  toggleCsrssOnly,
  toggleHelp,
} from '../../../src/ui/actions/view-actions.js';
import { PANE_ORDER } from '../../../src/ui/state/layout.js';
import { actionContext } from '../harness.js';

describe('view actions', () => {
  it('cycles the panes in order and remembers where the console was opened from', () => {
    const { ctx } = actionContext();
    const seen = PANE_ORDER.map(() => {
      cyclePane(ctx, 1);
      return ctx.state().focus;
    });
    expect(seen).toEqual([...PANE_ORDER.slice(1), PANE_ORDER[0]]);
    focusPane(ctx, 'host');
    focusPane(ctx, 'console');
    expect(ctx.state().returnFocus).toBe('host');
  });

  it('moves the selection within the list', () => {
    const { ctx } = actionContext();
    focusPane(ctx, 'host');
    moveSelection(ctx, 'down');
    moveSelection(ctx, 'down');
    expect(ctx.state().panes.host.cursor).toBe(2);
    moveSelection(ctx, 'first');
    moveSelection(ctx, 'up');
    expect(ctx.state().panes.host.cursor).toBe(0);
  });

  it('a filter edit: Esc restores what was there, Enter keeps the new one', () => {
    const { ctx } = actionContext();
    focusPane(ctx, 'host');
    setFilter(ctx, 'host', 'old');
    beginFilter(ctx);
    expect(ctx.state().filterEdit).toMatchObject({ pane: 'host', previous: 'old', cursor: 3 });
    setFilter(ctx, 'host', 'new');
    endFilter(ctx, false);
    expect(ctx.state().panes.host.filter).toBe('old');
    beginFilter(ctx);
    setFilter(ctx, 'host', 'new');
    endFilter(ctx, true);
    expect(ctx.state().panes.host.filter).toBe('new');
    back(ctx);
    expect(ctx.state().panes.host.filter).toBe('');
  });

  it('csrss-only and sort reset the cursors; help toggles', () => {
    const { ctx } = actionContext();
    focusPane(ctx, 'host');
    moveSelection(ctx, 'down');
    toggleCsrssOnly(ctx);
    expect(ctx.state()).toMatchObject({ csrssOnly: true, panes: { host: { cursor: 0 } } });
    const sort = ctx.state().sort;
    cycleSort(ctx);
    expect(ctx.state().sort).not.toBe(sort);
    toggleHelp(ctx);
    expect(ctx.state().overlay?.kind).toBe('help');
    toggleHelp(ctx);
    expect(ctx.state().overlay).toBeNull();
  });

  it('o cycles only the columns the focused pane shows; O reverses (issue 12)', () => {
    const order = (columns: number) => {
      const { ctx } = actionContext({ columns, rows: 24 });
      focusPane(ctx, 'host');
      return Array.from({ length: 7 }, () => {
        cycleSort(ctx);
        return ctx.state().sort;
      });
    };
    // 80×24: the Host pane has no room for CPU(s) or WS(K), so o never sorts by them.
    expect(order(80)).toEqual(['name', 'id', 'session', 'isolation', 'name', 'id', 'session']);
    expect(order(200)).toEqual(['name', 'id', 'session', 'cpu', 'memory', 'isolation', 'name']);
    const { ctx } = actionContext();
    reverseSort(ctx);
    expect(ctx.state().sortReverse).toBe(true);
    expect(ctx.state().message?.text).toBe('sorted by csrss, vmwp last ▼');
    reverseSort(ctx);
    expect(ctx.state().sortReverse).toBe(false);
  });

  it('quit: the first exit code asked for counts', () => {
    const { ctx } = actionContext();
    quit(ctx, 130);
    quit(ctx, 0);
    expect(ctx.state().exitCode).toBe(130);
  });
});
