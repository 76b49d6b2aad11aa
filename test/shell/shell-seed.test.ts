// Issue #2: every command of the seed page (hyperv-containers.ko.md), typed exactly as
// there, run through the Shell from the `host` state, printing its table in the seed's
// shape. The facts the page demonstrates are asserted field by field.
import { describe, expect, it } from 'vitest';
import { findContainerByName, hostProcesses } from '../../src/sim/index.js';
import {
  column,
  expectLeftAligned,
  expectRightAligned,
  HOST_PROMPT,
  newConsole,
  onlyRecord,
  onlyTable,
  processTable,
  type ProcessRow,
} from './shell-harness.js';

// The page's commands, character for character (the en dash of –RunAsAdministrator too).
const SEED = {
  newHypv:
    '$con = New-Container -Name HYPVCON -ContainerImageName NanoServer -SwitchName "Virtual Switch" -RuntimeType HyperV',
  newDemo: 'New-Container -Name DEMO -ContainerImageName nanoserver -SwitchName NAT',
  selectRuntime: 'Get-Container | Select ContainerName, RuntimeType',
  setRuntime: 'Set-Container $con -RuntimeType HyperV',
  selectRuntimeLower: 'Get-Container | select ContainerName, RuntimeType',
  dockerRun: 'docker run -it --isolation=hyperv 646d6317b02f cmd',
  selectHyperv:
    "Get-Container | Select Name, RuntimeType, ContainerID | Where {$_.RuntimeType -eq 'Hyperv'}",
  computeProcess: 'Get-ComputeProcess',
  csrss: "get-process | where {$_.ProcessName -eq 'csrss'}",
  newWincont:
    'New-Container -Name WINCONT -ContainerImageName WindowsServerCore -SwitchName "Virtual Switch"',
  start: 'Start-Container $con',
  enter: 'Enter-PSSession -ContainerId $con.ContainerId \u2013RunAsAdministrator',
} as const;

const idsAndSessions = (rows: readonly ProcessRow[]) => rows.map((r) => [r.id, r.si]);

describe('the seed typed exactly', () => {
  it('the en dash in the seed is U+2013 (the test types what the page types)', () => {
    expect(SEED.enter).toContain('\u2013RunAsAdministrator');
    expect(SEED.enter).not.toContain(' -RunAsAdministrator');
  });

  it('host state: csrss 532, 608, 3484 in sessions 0, 1, 2', () => {
    const c = newConsole();
    expect(c.prompt()).toBe(HOST_PROMPT);
    const rows = processTable(c.ok(SEED.csrss).lines);
    expect(idsAndSessions(rows)).toEqual([
      [532, 0],
      [608, 1],
      [3484, 2],
    ]);
    for (const r of rows) {
      expect(r.name).toBe('csrss');
      // VM(M) is ~2,1xx,xxx MB: it always overflows to "...NN".
      expect(r.vm).toMatch(/^\.\.\.\d\d$/);
      expect(r.cpu).toMatch(/^\d+\.\d\d$/);
      expect(r.handles).toMatch(/^\d+$/);
    }
  });

  describe('Windows Server container (process isolation)', () => {
    // The seed omits `$con =` before New-Container -Name WINCONT; upstream fixed the page.
    const c = newConsole();
    const before = processTable(c.ok(SEED.csrss).lines);
    const created = c.run(SEED.newWincont.replace('New-Container', '$con = New-Container'));
    const started = c.run(SEED.start);
    const entered = c.run(SEED.enter);
    const promptInside = c.prompt();
    const inside = processTable(c.ok(SEED.csrss).lines);
    const exited = c.run('exit');
    const after = processTable(c.ok(SEED.csrss).lines);

    it('$con = New-Container, Start-Container and Enter-PSSession print nothing', () => {
      for (const r of [created, started, entered, exited])
        expect(r).toMatchObject({ lines: [], hadError: false });
    });

    it('the prompt becomes [WINCONT]: PS C:\\> and exit brings back PS C:\\>', () => {
      expect(promptInside).toBe(`[WINCONT]: ${HOST_PROMPT}`);
      expect(c.prompt()).toBe(HOST_PROMPT);
    });

    it('inside: one csrss, in session 3, with CPU shown (elevated session)', () => {
      expect(inside).toHaveLength(1);
      expect(inside[0]).toMatchObject({ si: 3, name: 'csrss' });
      expect(inside[0]!.cpu).toMatch(/^\d+\.\d\d$/);
    });

    it('on the host: 4 csrss, the 4th the container one with the same PID', () => {
      expect(before).toHaveLength(3);
      expect(after).toHaveLength(4);
      const pid = inside[0]!.id;
      // Get-Process sorts by name, then Id.
      expect(after.map((r) => r.id)).toEqual([...after.map((r) => r.id)].sort((a, b) => a - b));
      expect(idsAndSessions(after)).toEqual(
        expect.arrayContaining([
          [532, 0],
          [608, 1],
          [3484, 2],
          [pid, 3],
        ]),
      );
      // The same process: the model says so too.
      const container = findContainerByName(c.sim.getState(), 'WINCONT')!;
      const hostCsrss = hostProcesses(c.sim.getState()).find((p) => p.pid === pid)!;
      expect(hostCsrss).toMatchObject({
        name: 'csrss',
        sessionId: 3,
        containerId: container.containerId,
      });
    });
  });

  describe('Hyper-V container (utility VM)', () => {
    const c = newConsole();
    const hostBefore = processTable(c.ok(SEED.csrss).lines);
    const created = c.run(SEED.newHypv);
    c.ok(SEED.start);
    const hostWhileRunning = processTable(c.ok(SEED.csrss).lines);
    c.ok(SEED.enter);
    const promptInside = c.prompt();
    const inside = processTable(c.ok(SEED.csrss).lines);
    c.ok('exit');
    const hostAfter = processTable(c.ok(SEED.csrss).lines);
    const vmwp = c.ok('Get-Process vmwp -IncludeUserName').lines;
    const id = c.ok('$con.ContainerId').lines;

    it('$con = New-Container … -RuntimeType HyperV prints nothing', () => {
      expect(created).toMatchObject({ lines: [], hadError: false });
      expect(c.ok('$con.RuntimeType').lines).toEqual(['HyperV']);
    });

    it('inside: one csrss, PID 956 in session 1, Handles blank (Nano Server)', () => {
      expect(promptInside).toBe(`[HYPVCON]: ${HOST_PROMPT}`);
      expect(inside).toHaveLength(1);
      expect(inside[0]).toMatchObject({ id: 956, si: 1, name: 'csrss', handles: '' });
    });

    it("the host's csrss rows are unchanged by the Hyper-V container", () => {
      expect(idsAndSessions(hostWhileRunning)).toEqual(idsAndSessions(hostBefore));
      expect(idsAndSessions(hostAfter)).toEqual(idsAndSessions(hostBefore));
      expect(hostAfter.map((r) => r.id)).not.toContain(956);
    });

    it('$con.ContainerId prints the GUID alone, in lower case', () => {
      expect(id).toHaveLength(1);
      expect(id[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    });

    it('Get-Process vmwp -IncludeUserName: one row, UserName = upper-case ContainerId, cut at 17', () => {
      const table = onlyTable(vmwp);
      expect(table.header.split(/\s+/)).toEqual([
        'Handles',
        'WS(K)',
        'VM(M)',
        'CPU(s)',
        'Id',
        'UserName',
        'ProcessName',
      ]);
      expect(table.rows).toHaveLength(1);
      const user = column(table, 'UserName');
      const name = column(table, 'ProcessName');
      // UserName is 17 wide, left-aligned: the 36-character id shows as 14 characters + "...".
      expect(name.start - user.start - 1).toBe(17);
      const full = id[0]!.toUpperCase();
      expectLeftAligned(table.rows[0]!, user, `${full.slice(0, 14)}...`);
      expectLeftAligned(table.rows[0]!, name, 'vmwp');
      // The full value, through the objects.
      expect(c.ok('(Get-Process vmwp -IncludeUserName).UserName').lines).toEqual([full]);
    });
  });

  describe('runtime conversion (컨테이너 변환)', () => {
    it('as written: New-Container prints the container, Set-Container $con is an error record', () => {
      const c = newConsole();
      const made = onlyTable(c.ok(SEED.newDemo).lines);
      expect(made.header.split(/\s+/)).toEqual(['Name', 'State', 'Uptime', 'ParentImageName']);
      expect(made.rows[0]!.split(/\s+/)).toEqual(['DEMO', 'Off', '00:00:00', 'NanoServer']);

      const table = onlyTable(c.ok(SEED.selectRuntime).lines);
      expect(table.header).toBe('ContainerName RuntimeType');
      expect(table.separator).toBe('------------- -----------');
      expectLeftAligned(table.rows[0]!, column(table, 'ContainerName'), 'DEMO');
      expectRightAligned(table.rows[0]!, column(table, 'RuntimeType'), 'Default');

      // $con was never assigned: PowerShell binds $null and refuses it.
      const failed = c.fails(SEED.setRuntime);
      const record = onlyRecord(failed.lines);
      expect(record.message).toEqual([
        "Set-Container : Cannot bind argument to parameter 'Name' because it is null.",
      ]);
      expect(record.char).toBe(15);
      expect(record.markLength).toBe('$con'.length);
      expect(record.fullyQualifiedErrorId).toBe(
        'ParameterArgumentValidationErrorNullNotAllowed,Microsoft.Containers.PowerShell.Cmdlets.SetContainer',
      );

      const again = onlyTable(c.ok(SEED.selectRuntimeLower).lines);
      expectRightAligned(again.rows[0]!, column(again, 'RuntimeType'), 'Default');
    });

    it('with $con assigned (upstream fix): Default, then HyperV, right-aligned', () => {
      const c = newConsole();
      c.ok(`$con = ${SEED.newDemo}`);
      expect(c.ok(SEED.setRuntime).lines).toEqual([]);
      const table = onlyTable(c.ok(SEED.selectRuntimeLower).lines);
      expect(table.header).toBe('ContainerName RuntimeType');
      expect(table.rows).toHaveLength(1);
      expectLeftAligned(table.rows[0]!, column(table, 'ContainerName'), 'DEMO');
      expectRightAligned(table.rows[0]!, column(table, 'RuntimeType'), 'HyperV');
    });

    it('as written: Start-Container $con and Enter-PSSession … $con.ContainerId are error records', () => {
      const c = newConsole();
      c.ok(SEED.newWincont);
      const start = onlyRecord(c.fails(SEED.start).lines);
      expect(start.message).toEqual([
        "Start-Container : Cannot bind argument to parameter 'Name' because it is null.",
      ]);
      expect(start.char).toBe(17);
      const enter = onlyRecord(c.fails(SEED.enter).lines);
      expect(enter.message[0]).toBe(
        "Enter-PSSession : Cannot validate argument on parameter 'ContainerId'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.",
      );
      expect(enter.char).toBe(30);
      expect(SEED.enter.slice(enter.markStart, enter.markStart + enter.markLength)).toBe(
        '$con.ContainerId',
      );
      expect(enter.fullyQualifiedErrorId).toBe(
        'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.EnterPSSessionCommand',
      );
      expect(c.prompt()).toBe(HOST_PROMPT);
    });
  });

  describe('internals (내부 구조): three Hyper-V containers', () => {
    const c = newConsole();
    for (const name of ['TST', 'TST2', 'TST3']) {
      c.ok(
        `New-Container -Name ${name} -ContainerImageName NanoServer -SwitchName "Virtual Switch" -RuntimeType HyperV`,
      );
    }
    c.ok('Get-Container | Start-Container');
    const ids = new Map(
      ['TST', 'TST2', 'TST3'].map((n) => [
        n,
        findContainerByName(c.sim.getState(), n)!.containerId,
      ]),
    );
    const byId = [...ids.entries()].sort((a, b) => (a[1] < b[1] ? -1 : 1));

    it('Select Name, RuntimeType, ContainerID | Where …: header ContainerId, rows by id', () => {
      const table = onlyTable(c.ok(SEED.selectHyperv).lines);
      expect(table.header).toBe('Name RuntimeType ContainerId');
      expect(table.separator).toBe('---- ----------- -----------');
      expect(table.rows.map((r) => r.split(/\s+/)[0])).toEqual(byId.map(([n]) => n));
      table.rows.forEach((row, i) => {
        expectLeftAligned(row, column(table, 'Name'), byId[i]![0]);
        expectRightAligned(row, column(table, 'RuntimeType'), 'HyperV');
        expectLeftAligned(row, column(table, 'ContainerId'), byId[i]![1]);
      });
    });

    it('Get-ComputeProcess: Id (upper case) Name Owner Type, one row per running container', () => {
      const table = onlyTable(c.ok(SEED.computeProcess).lines);
      expect(table.header.split(/\s+/)).toEqual(['Id', 'Name', 'Owner', 'Type']);
      expect(table.rows).toHaveLength(3);
      table.rows.forEach((row, i) => {
        expectLeftAligned(row, column(table, 'Id'), byId[i]![1].toUpperCase());
        expectLeftAligned(row, column(table, 'Name'), byId[i]![0]);
        expectLeftAligned(row, column(table, 'Owner'), 'VMMS');
        expectRightAligned(row, column(table, 'Type'), 'Container');
      });
    });

    it('one vmwp per running Hyper-V container, each running as its container', () => {
      const users = c.ok('Get-Process vmwp -IncludeUserName | % UserName').lines;
      expect([...users].sort()).toEqual([...ids.values()].map((id) => id.toUpperCase()).sort());
      const visible = onlyTable(c.ok('Get-Process vmwp -IncludeUserName').lines);
      expect(visible.rows).toHaveLength(3);
      c.ok('Stop-Container TST2');
      expect(c.ok('Get-Process vmwp -IncludeUserName | % UserName').lines).not.toContain(
        ids.get('TST2')!.toUpperCase(),
      );
      expect(onlyTable(c.ok('Get-ComputeProcess').lines).rows).toHaveLength(2);
    });
  });
});
