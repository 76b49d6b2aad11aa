// Tab in the console (issue 12), table-driven over the lab's model and a real Shell: after
// `|`, inside `{ }`, `$variables`, properties after `$x.` and `$_.` (from the variable's
// value, or from what the pipeline feeds the block), and parameter values.
import { describe, expect, it } from 'vitest';
import { memberNames, Shell } from '../../../src/shell/index.js';
import { createSim } from '../../../src/sim/index.js';
import { uiStore } from '../harness.js';

/** The console after `$con = Get-Container -Name DEMO`, the line typed, and one Tab. */
function tabbed(typed: string, tabs = 1): string {
  const { a, store } = uiStore({ sim: createSim({ start: 'lab' }) });
  a().runLine('$con = Get-Container -Name DEMO');
  a().handleInput(`:${typed}`);
  for (let i = 0; i < tabs; i++) a().handleKey('tab', 'user');
  return store.getState().console.input;
}

describe('Tab completes', () => {
  it.each([
    ['a command after |', 'Get-Container | Stop-Cont', 'Get-Container | Stop-Container'],
    ['a command inside { }', 'Get-Container | % { Get-Proc', 'Get-Container | % { Get-Process'],
    ['a variable', 'Write-Output $co', 'Write-Output $con'],
    ['an automatic variable', '$tr', '$true'],
    ["a variable's property", '$con.Runt', '$con.RuntimeType'],
    [
      "$_'s property from the pipeline",
      'Get-Container | Where-Object { $_.Sta',
      'Get-Container | Where-Object { $_.State',
    ],
    [
      '$_ through a sort',
      'Get-ContainerImage | sort | % { $_.Na',
      'Get-ContainerImage | sort | % { $_.Name',
    ],
    [
      '$_ from a variable piped in',
      '$con | ForEach-Object { $_.Parent',
      '$con | ForEach-Object { $_.ParentImageName',
    ],
    [
      '-RuntimeType values',
      'Set-Container -Name DEMO -RuntimeType H',
      'Set-Container -Name DEMO -RuntimeType HyperV',
    ],
    [
      '-ContainerImageName values',
      'New-Container -Name X -ContainerImageName Nano',
      'New-Container -Name X -ContainerImageName NanoServer',
    ],
    ['-Name: container names', 'Start-Container -Name WIN', 'Start-Container -Name WINCONT'],
    [
      '-ContainerName: container names',
      'Enter-PSSession -ContainerName DE',
      'Enter-PSSession -ContainerName DEMO',
    ],
  ])('%s', (_what, typed, expected) => {
    expect(tabbed(typed)).toBe(expected);
  });

  it('offers every property of the value, in its order, and Tab again cycles them', () => {
    const { a, store, sim } = uiStore({ sim: createSim({ start: 'lab' }) });
    a().runLine('$con = Get-Container -Name DEMO');
    a().handleInput(':$con.');
    a().handleKey('tab', 'user');
    const cycle = store.getState().console.completion;
    // The object a PowerShell over the same model holds for the same line, by its own rule.
    const shell = new Shell({ sim });
    shell.execute('$con = Get-Container -Name DEMO');
    const held = memberNames(shell.getVariable('con'));
    expect(held.length).toBeGreaterThan(3);
    expect(cycle?.candidates).toEqual(held.map((name) => `$con.${name}`));
    expect(cycle?.candidates).toContain('$con.Name');
    a().handleKey('tab', 'user');
    expect(store.getState().console.input).toBe(cycle?.candidates[1]);
  });

  it('completes nothing for a variable never set or a property it does not have', () => {
    expect(tabbed('$nothing.Na')).toBe('$nothing.Na');
    expect(tabbed('$con.Zz')).toBe('$con.Zz');
    expect(tabbed('$zz')).toBe('$zz');
  });
});
