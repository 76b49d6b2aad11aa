// TP4's whole Containers module (docs/reference-quickstarts.md, `Get-Command -Module
// Containers`; docs/fidelity-notes.md Q1): the cmdlets the lab does not model still exist,
// so Get-Command lists them and calling one writes a single "not simulated" record instead
// of "not recognized". A cmdlet listed here that gains a real definition drops out.
import { cmdletSite, errorRecord } from '../runtime/errors/catalogue.js';
import { cmdletClass, MODULE } from './containers-module.js';
import type { CmdletDefinition } from './definition.js';

/** TP3's 21 cmdlets (REF) plus TP4's additions (PS-QS, TP4 feature quick start). */
export const TP4_CONTAINERS_MODULE: readonly string[] = [
  'Add-ContainerNetworkAdapter',
  'Add-ContainerSharedFolder',
  'Connect-ContainerNetworkAdapter',
  'Disconnect-ContainerNetworkAdapter',
  'Export-ContainerImage',
  'Get-Container',
  'Get-ContainerHost',
  'Get-ContainerImage',
  'Get-ContainerNetworkAdapter',
  'Get-ContainerSharedFolder',
  'Import-ContainerImage',
  'Install-ContainerOSImage',
  'Move-ContainerImageRepository',
  'New-Container',
  'New-ContainerImage',
  'Remove-Container',
  'Remove-ContainerImage',
  'Remove-ContainerNetworkAdapter',
  'Remove-ContainerSharedFolder',
  'Set-Container',
  'Set-ContainerMemory',
  'Set-ContainerNetworkAdapter',
  'Set-ContainerProcessor',
  'Set-ContainerStorage',
  'Start-Container',
  'Stop-Container',
  'Test-ContainerImage',
  'Uninstall-ContainerOSImage',
];

/** A module cmdlet the lab does not model: it takes any arguments and writes one record. */
export function unsimulatedCmdlet(name: string): CmdletDefinition {
  const definition: CmdletDefinition = {
    name,
    className: cmdletClass(name),
    module: MODULE,
    hostOnly: true,
    unsimulated: true,
    synopsis: 'Part of TP4\u2019s Containers module; not simulated by isolab.',
    parameters: [],
    invoke(invocation) {
      const site = cmdletSite(definition, invocation.command.extent, invocation.command.name);
      invocation.writeError(errorRecord('notSimulated', site, name, MODULE));
      return [];
    },
  };
  return definition;
}

/** Stubs for the module's cmdlets that `defined` does not already hold. */
export function unsimulatedModuleCmdlets(defined: readonly CmdletDefinition[]): CmdletDefinition[] {
  const have = new Set(defined.map((c) => c.name.toLowerCase()));
  return TP4_CONTAINERS_MODULE.filter((n) => !have.has(n.toLowerCase())).map(unsimulatedCmdlet);
}
