import { describe, expect, it } from 'vitest';
import { findContainerByName } from '../../src/sim/index.js';
import { absorbEvents } from '../../src/ui/state/highlights.js';
import { paneList, type ListQuery } from '../../src/ui/state/process-list.js';
import {
  APPEARED_MARK,
  fittedTag,
  hostTag,
  processHeader,
  processRow,
  sessionTag,
  VANISHED_MARK,
} from '../../src/ui/views/rows.js';
import {
  hostTagRoom,
  idColumnWidth,
  planProcessColumns,
  shownSortKeys,
} from '../../src/ui/state/process-columns.js';
import { cellWidth } from '../../src/ui/text/text-width.js';
import { hyperV, ko, lab, noMarks, run, t } from './fixtures.js';

const query: ListQuery = { filter: '', csrssOnly: false, sort: 'isolation' };

describe('host process rows', () => {
  it("lab: the host lists 4 csrss, one of them DEMO's, tagged as the shared kernel", () => {
    const sim = lab();
    const host = sim.getState();
    const rows = paneList('host', { host, highlights: noMarks(sim), query, containerId: null });
    const csrss = rows.filter((r) => r.name === 'csrss');
    expect(csrss.map((r) => r.pid)).toEqual([532, 608, 3484, 6528]);
    // csrss first: the rows the seed compares need no scrolling.
    expect(rows.slice(0, 4)).toEqual(csrss);
    const tags = csrss.map((r) => hostTag(host, r, t)?.full ?? null);
    expect(tags).toEqual([null, null, null, '◆ DEMO (shared kernel)']);
    expect(csrss[3]?.sessionId).toBe(3);
  });

  it('Hyper-V: host csrss unchanged (3), and one vmwp tagged with its container', () => {
    const sim = hyperV();
    const host = sim.getState();
    const rows = paneList('host', { host, highlights: noMarks(sim), query, containerId: null });
    expect(rows.filter((r) => r.name === 'csrss').map((r) => r.pid)).toEqual([532, 608, 3484]);
    const vmwp = rows.filter((r) => r.name === 'vmwp');
    expect(vmwp).toHaveLength(1);
    expect(rows[3]?.name).toBe('vmwp');
    expect(hostTag(host, vmwp[0]!, t)).toEqual({
      kind: 'utility-vm',
      full: '◇ utility VM of HYPVCON',
      short: '◇ VM HYPVCON',
    });
    expect(hostTag(host, vmwp[0]!, ko)?.full).toBe('◇ HYPVCON의 유틸리티 VM');
    expect(rows.every((r) => r.name === 'vmwp' || hostTag(host, r, t) === null)).toBe(true);
  });

  it("session rows of a Default container are all on the host too; a utility VM's csrss is its own", () => {
    const sim = lab();
    const host = sim.getState();
    const demo = findContainerByName(host, 'DEMO')!;
    const seen = paneList('session', {
      host,
      highlights: noMarks(sim),
      query,
      containerId: demo.containerId,
    });
    expect(seen[0]).toMatchObject({ name: 'csrss', pid: 6528, sessionId: 3 });
    expect(seen.every((r) => sessionTag(r, t)?.full === '◆ also on host')).toBe(true);

    const vm = hyperV();
    const hyp = findContainerByName(vm.getState(), 'HYPVCON')!;
    const inside = paneList('session', {
      host: vm.getState(),
      highlights: noMarks(vm),
      query,
      containerId: hyp.containerId,
    });
    expect(inside[0]).toMatchObject({ name: 'csrss', pid: 956, sessionId: 1 });
    expect(sessionTag(inside[0]!, t)?.full).toBe('◇ own kernel, not on host');
    expect(inside.filter((r) => sessionTag(r, t) !== null)).toHaveLength(1);
  });

  it('marks rows that appeared (+) and keeps the vanished as ghost rows (−)', () => {
    const sim = lab();
    const before = noMarks(sim);
    run(
      sim,
      'exit',
      'Stop-Container -Name DEMO',
      'Set-Container -Name DEMO -RuntimeType HyperV',
      'Start-Container -Name DEMO',
    );
    const host = sim.getState();
    const marks = absorbEvents(before, host, 0);
    const rows = paneList('host', { host, highlights: marks, query, containerId: null });
    const vmwp = rows.find((r) => r.name === 'vmwp')!;
    expect(vmwp.change).toBe('appeared');
    const ghost = rows.find((r) => r.name === 'csrss' && r.pid === 6528)!;
    expect(ghost).toMatchObject({ change: 'vanished', process: null, ghostContainerName: 'DEMO' });
    const columns = planProcessColumns(58, hostTagRoom(t));
    expect(processRow(vmwp, columns, false, hostTag(host, vmwp, t)).lead).toBe(` ${APPEARED_MARK}`);
    expect(processRow(ghost, columns, true, hostTag(host, ghost, t)).lead).toBe(
      `▶${VANISHED_MARK}`,
    );
    // The ghost keeps its tag: what vanished was DEMO's.
    expect(hostTag(host, ghost, t)?.full).toBe('◆ DEMO (shared kernel)');
  });

  it('filters by name, PID or owning container, and csrss-only', () => {
    const sim = lab();
    const host = sim.getState();
    const list = (q: Partial<ListQuery>) =>
      paneList('host', {
        host,
        highlights: noMarks(sim),
        query: { ...query, ...q },
        containerId: null,
      });
    expect(list({ filter: 'CSR' }).map((r) => r.pid)).toEqual([532, 608, 3484, 6528]);
    expect(list({ filter: '6528' }).map((r) => r.name)).toEqual(['csrss']);
    expect(list({ filter: 'demo' }).every((r) => r.containerId !== null)).toBe(true);
    expect(list({ filter: 'demo' }).length).toBeGreaterThan(10);
    // csrss-only keeps vmwp too (none here: DEMO shares the host's kernel).
    expect(list({ csrssOnly: true })).toHaveLength(4);
    expect(list({ filter: 'no such thing' })).toEqual([]);
    expect(list({ sort: 'id' }).map((r) => r.pid)).toEqual(
      [...list({}).map((r) => r.pid)].sort((a, b) => a - b),
    );
  });
});

describe('row layout', () => {
  it.each([30, 38, 48, 58, 80, 120])('a row at %i cells is exactly that wide', (width) => {
    const sim = lab();
    const host = sim.getState();
    const columns = planProcessColumns(width, hostTagRoom(t));
    for (const entry of paneList('host', {
      host,
      highlights: noMarks(sim),
      query,
      containerId: null,
    })) {
      const parts = processRow(entry, columns, false, hostTag(host, entry, t));
      expect(cellWidth(parts.lead + parts.name + parts.middle + parts.tag)).toBe(width);
    }
    expect(cellWidth(processHeader(columns, t))).toBe(width);
  });

  it('plans from the width and the language only: short tags first, then names, WS, CPU', () => {
    const room = { full: 25, short: 12 };
    expect(planProcessColumns(38, room)).toMatchObject({ name: 8, cpu: false, ws: false, tag: 15 });
    expect(planProcessColumns(48, room)).toMatchObject({ name: 12, cpu: false, ws: false });
    expect(planProcessColumns(58, room)).toMatchObject({ name: 14, cpu: false, ws: false });
    expect(planProcessColumns(70, room)).toMatchObject({ name: 12, cpu: true, ws: true });
    expect(planProcessColumns(120, room)).toMatchObject({ name: 14, cpu: true, ws: true });
    // A bigger tag room gives the extra columns up first, never the short tag.
    for (const width of [38, 48, 58, 70, 120])
      expect(planProcessColumns(width, room).tag).toBeGreaterThanOrEqual(room.short);
  });

  it('makes the Id column as wide as the largest PID, never less than 5', () => {
    expect(idColumnWidth(6528)).toBe(5);
    expect(idColumnWidth(100332)).toBe(6);
    const columns = planProcessColumns(38, hostTagRoom(t), 3, idColumnWidth(100332));
    const entry = {
      key: 'k',
      name: 'csrss',
      pid: 100332,
      sessionId: 3,
      kernelId: 'host',
      containerId: null,
      process: null,
      change: null,
      ghostContainerName: null,
    } as const;
    expect(processRow(entry, columns, false, null).middle).toContain(' 100332 ');
    expect(processRow(entry, columns, false, null).middle).not.toContain('…');
  });

  it('shows a tag whole, else its defined short form, and cuts only that', () => {
    const tag = { kind: 'shared' as const, full: '◆ DEMO (shared kernel)', short: '◆ DEMO' };
    expect(fittedTag(tag, 22).trim()).toBe('◆ DEMO (shared kernel)');
    expect(fittedTag(tag, 14).trim()).toBe('◆ DEMO');
    expect(fittedTag(tag, 4)).toBe('◆ D…');
  });

  it('o offers the shown columns only; the header marks the sort ▲ or ▼', () => {
    const narrow = planProcessColumns(38, hostTagRoom(t));
    expect(shownSortKeys(narrow)).toEqual(['isolation', 'name', 'id', 'session']);
    const wide = planProcessColumns(120, hostTagRoom(t));
    expect(shownSortKeys(wide)).toEqual(['isolation', 'name', 'id', 'session', 'cpu', 'memory']);
    expect(processHeader(wide, t, { key: 'id', reverse: false })).toMatch(/Id▲ +SI /);
    expect(processHeader(wide, t, { key: 'memory', reverse: true })).toMatch(/WS\(K\)▼/);
    expect(processHeader(wide, t, { key: 'isolation', reverse: false })).not.toMatch(/[▲▼]/);
  });

  it('lines up Korean tags in cells', () => {
    const sim = lab();
    const host = sim.getState();
    const columns = planProcessColumns(58, hostTagRoom(ko));
    const entry = paneList('host', {
      host,
      highlights: noMarks(sim),
      query,
      containerId: null,
    })[3]!;
    const parts = processRow(entry, columns, false, hostTag(host, entry, ko));
    expect(parts.tag.trim()).toBe('◆ DEMO (커널 공유)');
    expect(cellWidth(parts.lead + parts.name + parts.middle + parts.tag)).toBe(58);
  });
});
