// The kernel map's pure model: what each box holds, folding to counts, the selection kept.
import { describe, expect, test } from 'vitest';
import {
  hostProcesses,
  runningContainers,
  vmwpOf,
  type HostState,
} from '../../../src/sim/index.js';
import {
  keepSelected,
  kernelMapModel,
  mapGeometry,
  type SessionRow,
} from '../../../src/ui/state/kernel-map.js';
import { bareHost, bigHost, twoContainers } from './fixtures.js';

const ROOMY = { hostRows: 1000, utilityVms: 1000 };
const hostCsrss = (host: HostState) =>
  new Map(
    hostProcesses(host)
      .filter((p) => p.name === 'csrss')
      .map((p) => [p.sessionId, p.pid]),
  );
const sessions = (rows: readonly { kind: string }[]) =>
  rows.filter((r): r is SessionRow => r.kind === 'session');

describe('kernelMapModel', () => {
  test('a bare host: sessions 0, 1 and 2, each with the csrss the host lists', () => {
    const host = bareHost().getState();
    const model = kernelMapModel(host, null, ROOMY);
    const csrss = hostCsrss(host);
    expect(sessions(model.hostRows).map((r) => [r.sessionId, r.owner, r.csrssPid])).toEqual([
      [0, 'services', csrss.get(0)],
      [1, 'console', csrss.get(1)],
      [2, 'rdp', csrss.get(2)],
    ]);
    expect(model.utilityVms).toEqual([]);
    expect(model.counts).toEqual({ sessions: 3, hostCsrss: 3, windowsServer: 0, hyperV: 0 });
  });

  test('one of each kind: a fourth session on the host, a utility VM with csrss 956 in SI 1', () => {
    const host = twoContainers().getState();
    const [win, hyp] = runningContainers(host);
    const model = kernelMapModel(host, win!.containerId, ROOMY);
    const held = sessions(model.hostRows).find((r) => r.owner === 'container');
    expect(held).toMatchObject({
      sessionId: win!.hostSessionId,
      containerName: 'WIN',
      csrssPid: hostCsrss(host).get(win!.hostSessionId!),
      selected: true,
    });
    const vmwp = vmwpOf(host, hyp!.containerId)!;
    expect(model.hostRows.find((r) => r.kind === 'vmwp')).toMatchObject({
      pid: vmwp.pid,
      userName: hyp!.containerId.toUpperCase(),
      containerName: 'HYP',
    });
    expect(model.utilityVms).toEqual([
      {
        containerName: 'HYP',
        containerId: hyp!.containerId,
        csrssPid: 956,
        sessionId: 1,
        vmwpPid: vmwp.pid,
        selected: false,
      },
    ]);
    expect(model.counts).toEqual({ sessions: 4, hostCsrss: 4, windowsServer: 1, hyperV: 1 });
  });

  test('a big host folds to counts and keeps the selected container in view', () => {
    const host = bigHost().getState();
    const running = runningContainers(host);
    const lastDefault = running.filter((c) => c.runtimeType === 'Default').at(-1)!;
    const lastHyperV = running.filter((c) => c.runtimeType === 'HyperV').at(-1)!;
    const model = kernelMapModel(host, lastDefault.containerId, { hostRows: 8, utilityVms: 2 });
    expect(model.hostRows).toHaveLength(8);
    const shown = sessions(model.hostRows);
    expect(shown.find((r) => r.selected)?.containerName).toBe(lastDefault.name);
    const fold = model.hostRows.find((r) => r.kind === 'more-sessions');
    const windowsServer = model.counts.windowsServer;
    expect(fold).toMatchObject({
      count: windowsServer - (shown.length - 3),
    });
    expect(model.moreUtilityVms).toBe(model.counts.hyperV - 2);
    const vmSelected = kernelMapModel(host, lastHyperV.containerId, {
      hostRows: 8,
      utilityVms: 2,
    });
    expect(vmSelected.utilityVms.map((v) => v.selected)).toEqual([false, true]);
    expect(vmSelected.utilityVms[1]?.containerName).toBe(lastHyperV.name);
  });

  test('the folds add up to every container', () => {
    const host = bigHost().getState();
    const model = kernelMapModel(host, null, { hostRows: 10, utilityVms: 3 });
    let sessionsSeen = 0;
    let vmwpSeen = 0;
    for (const row of model.hostRows) {
      if (row.kind === 'session' && row.owner === 'container') sessionsSeen += 1;
      if (row.kind === 'vmwp') vmwpSeen += 1;
      if (row.kind === 'more-sessions') sessionsSeen += row.count;
      if (row.kind === 'more-vmwp') vmwpSeen += row.count;
    }
    expect(sessionsSeen).toBe(model.counts.windowsServer);
    expect(vmwpSeen).toBe(model.counts.hyperV);
    expect(model.counts.windowsServer + model.counts.hyperV).toBe(500);
  });
});

describe('keepSelected and mapGeometry', () => {
  const items = [1, 2, 3, 4, 5].map((n) => ({ n, selected: n === 5 }));
  test('the selected item takes the last place when it would be cut', () => {
    expect(keepSelected(items, 3).shown.map((i) => i.n)).toEqual([1, 2, 5]);
    expect(keepSelected(items, 3).hidden.map((i) => i.n)).toEqual([3, 4]);
    expect(keepSelected(items, 9).hidden).toEqual([]);
  });

  test('rows: a summary, the host box, the utility VM row (its fold beside it at 78)', () => {
    const big = bigHost().getState();
    expect(mapGeometry(big, 78, 13)).toEqual({
      vmBoxWidth: 27,
      vmRows: 4,
      foldBeside: true,
      utilityVms: 2,
      hostRows: 13 - 1 - 2 - 4,
    });
    expect(mapGeometry(bareHost().getState(), 78, 13)).toMatchObject({ vmRows: 0, hostRows: 10 });
  });
});
