// Issue 12, the first minute: the lab opens at the host prompt (the seed's first command
// works), the Session pane still shows what the selected container sees, and a host-only
// cmdlet typed inside a session says where the console is and how to leave.
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { commandWords, hostOnlyCommand } from '../../../src/ui/actions/session-hint.js';
import { runLine } from '../../../src/ui/actions/console-actions.js';
import { actionContext, renderDashboard } from '../harness.js';
import { labInsideDemo } from '../../support/lab.js';

afterEach(cleanup);

describe('the lab at start', () => {
  it('at 80×24: the host prompt, the Session pane inside the selected DEMO', async () => {
    const h = renderDashboard({ columns: 80, rows: 24, start: 'lab' });
    await h.until('PS C:\\>');
    const frame = h.frame();
    expect(h.sim.getState().entered).toBeNull();
    expect(frame).not.toContain('[DEMO]: PS');
    expect(frame).toMatch(/PS C:\\> /);
    await h.keys('3');
    await h.until('Inside DEMO');
    expect(h.frame()).toMatch(/csrss/);
    h.unmount();
  });

  it('the first command typed works: Get-Container lists DEMO and WINCONT', () => {
    const { ctx } = actionContext({ start: 'lab' });
    const result = runLine(ctx, 'Get-Container');
    expect(result.hadError).toBe(false);
    expect(result.lines.join('\n')).toMatch(/DEMO\s+Running/);
    expect(result.lines.join('\n')).toMatch(/WINCONT\s+Off/);
  });
});

describe('a host-only cmdlet inside a session', () => {
  it('adds one line naming the session and the way out', () => {
    const { ctx } = actionContext({ sim: labInsideDemo() });
    const result = runLine(ctx, '$c = Get-Container');
    expect(result.hadError).toBe(true);
    const notes = ctx
      .state()
      .console.lines.filter((l) => l.kind === 'note')
      .map((l) => l.text);
    expect(notes.at(-1)).toBe(
      "# you are inside DEMO's session, where Get-Container does not exist: " +
        'type exit (or press x) to go back to the host',
    );
  });

  it('says nothing for an error that has another cause, or on the host', () => {
    const inside = actionContext({ sim: labInsideDemo() });
    runLine(inside.ctx, 'Get-Process -Name nosuch');
    const onHost = actionContext({ start: 'lab' });
    runLine(onHost.ctx, 'Get-Container -Name nosuch');
    for (const { ctx } of [inside, onHost])
      expect(ctx.state().console.lines.some((l) => l.text.includes('you are inside'))).toBe(false);
  });

  it('finds the command words of pipelines, statements, assignments and blocks', () => {
    expect(commandWords('$c = Get-Container | Start-Container; gps')).toEqual([
      'Get-Container',
      'Start-Container',
      'gps',
    ]);
    expect(hostOnlyCommand('Get-Process | where { $_.Name -eq "x" }')).toBeUndefined();
    expect(hostOnlyCommand('Get-Process; Get-ContainerImage')).toBe('Get-ContainerImage');
  });
});
