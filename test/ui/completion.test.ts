import { describe, expect, it } from 'vitest';
import {
  applyCompletion,
  complete,
  shellCommands,
  type CompletionContext,
} from '../../src/ui/state/completion.js';

const ctx: CompletionContext = {
  commands: shellCommands(),
  moduleContainers: ['DEMO', 'WINCONT', 'my box'],
  allContainers: ['DEMO', 'WINCONT', 'my box', 'web'],
  dockerContainers: ['web'],
  containerIds: ['b92409d3-fb64-4d4c-9b5c-6c1f1f2f3f4f'],
  images: ['NanoServer', 'WindowsServerCore'],
  processNames: ['csrss', 'CExecSvc', 'svchost'],
  inSession: false,
};
const candidates = (line: string, c: Partial<CompletionContext> = {}) =>
  complete(line, { ...ctx, ...c })?.candidates ?? null;

describe('Tab completion', () => {
  it('completes cmdlet names by prefix, case-insensitively', () => {
    expect(candidates('Get-Pr')).toEqual(['Get-Process']);
    expect(candidates('start-c')).toEqual(['Start-Container']);
    expect(candidates('Get-Co')).toEqual([
      'Get-Command',
      'Get-ComputeProcess',
      'Get-Container',
      // TP4's whole Containers module completes, simulated or not (fidelity-notes Q1).
      'Get-ContainerHost',
      'Get-ContainerImage',
      'Get-ContainerNetworkAdapter',
      'Get-ContainerSharedFolder',
    ]);
    expect(candidates('dock')).toEqual(['docker']);
    expect(candidates('Zap')).toBeNull();
  });

  it('leaves out the Containers module and docker inside a session', () => {
    expect(candidates('Start-C', { inSession: true })).toBeNull();
    expect(candidates('Get-Pr', { inSession: true })).toEqual(['Get-Process']);
    expect(candidates('ex', { inSession: true })).toEqual(['exit', 'Exit-PSSession']);
    expect(candidates('dock', { inSession: true })).toBeNull();
  });

  it('completes parameters after a dash (en dash too), for the command being typed', () => {
    expect(candidates('Get-Process -N')).toEqual(['-Name']);
    expect(candidates('Set-Container DEMO -R')).toEqual(['-RuntimeType']);
    expect(candidates('Enter-PSSession -ContainerId $con.ContainerId –Run')).toEqual([
      '-RunAsAdministrator',
    ]);
    expect(candidates('gps -Inc')).toEqual(['-IncludeUserName']);
    expect(candidates('Get-Container | Select-Object -Fi')).toEqual(['-First']);
  });

  it('completes container names after -Name / -ContainerName and in the first position', () => {
    expect(candidates('Start-Container -Name ')).toEqual(['DEMO', 'WINCONT', "'my box'"]);
    expect(candidates('Stop-Container -Name w')).toEqual(['WINCONT']);
    expect(candidates('Enter-PSSession -ContainerName we')).toEqual(['web']);
    expect(candidates('Remove-Container D')).toEqual(['DEMO']);
    expect(candidates('Enter-PSSession d')).toEqual(['DEMO']);
    expect(candidates('Start-Container -Name my')).toEqual(["'my box'"]);
    expect(candidates("Start-Container -Name 'my")).toEqual(["'my box'"]);
  });

  it('completes the values a parameter takes: images, RuntimeType, process names', () => {
    expect(candidates('New-Container -Name X -ContainerImageName n')).toEqual(['NanoServer']);
    expect(candidates('Set-Container DEMO -RuntimeType h')).toEqual(['HyperV']);
    expect(candidates('Get-Process -Name cs')).toEqual(['csrss']);
    expect(candidates('Get-Process c')).toEqual(['csrss', 'CExecSvc']);
    expect(candidates('docker st')).toEqual(['start', 'stop']);
    expect(candidates('docker stop ')).toEqual(['web']);
    expect(candidates('New-Container -Name ')).toBeNull();
  });

  it('replaces the word being completed', () => {
    const found = complete('Get-Process -N', ctx)!;
    expect(applyCompletion('Get-Process -N', found.start, found.candidates[0]!)).toBe(
      'Get-Process -Name',
    );
    const piped = complete('Get-Container | whe', ctx)!;
    expect(applyCompletion('Get-Container | whe', piped.start, piped.candidates[0]!)).toBe(
      'Get-Container | Where-Object',
    );
  });
});
