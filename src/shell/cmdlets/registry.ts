// Every cmdlet and alias the simulated PowerShell knows. Add a cmdlet by defining it in a
// *-cmdlets.ts file and listing it here; completion, Get-Command and Get-Help follow.
import { computeCmdlets } from './compute-cmdlets.js';
import { containerCmdlets } from './container-cmdlets.js';
import type { CmdletDefinition, CommandCatalogue } from './definition.js';
import { hostCmdlets } from './host-cmdlets.js';
import { networkCmdlets } from './network-cmdlets.js';
import { featureCmdlets } from './feature-cmdlets.js';
import { objectCmdlets } from './object-cmdlets.js';
import { getProcess } from './process-cmdlets.js';
import { sessionCmdlets } from './session-cmdlets.js';
import { unsimulatedModuleCmdlets } from './unsimulated-cmdlets.js';

/** Windows PowerShell 5.0's built-in aliases for the cmdlets we have. */
export const ALIASES: Readonly<Record<string, string>> = {
  select: 'Select-Object',
  where: 'Where-Object',
  '?': 'Where-Object',
  sort: 'Sort-Object',
  ft: 'Format-Table',
  fl: 'Format-List',
  gps: 'Get-Process',
  ps: 'Get-Process',
  etsn: 'Enter-PSSession',
  exsn: 'Exit-PSSession',
  icm: 'Invoke-Command',
  measure: 'Measure-Object',
  cls: 'Clear-Host',
  clear: 'Clear-Host',
  '%': 'ForEach-Object',
  foreach: 'ForEach-Object',
  echo: 'Write-Output',
  write: 'Write-Output',
  gcm: 'Get-Command',
  help: 'Get-Help',
  man: 'Get-Help',
  gm: 'Get-Member',
  // ServerManager's own alias (docs/fidelity-notes.md F2).
  'Add-WindowsFeature': 'Install-WindowsFeature',
};

let cached: readonly CmdletDefinition[] | null = null;
let byName: ReadonlyMap<string, CmdletDefinition> | null = null;

export function allCmdlets(): readonly CmdletDefinition[] {
  if (cached) return cached;
  const defined = [
    ...containerCmdlets,
    getProcess,
    ...sessionCmdlets,
    ...computeCmdlets,
    ...objectCmdlets,
    ...hostCmdlets,
    ...networkCmdlets,
    ...featureCmdlets,
  ];
  cached = [...defined, ...unsimulatedModuleCmdlets(defined)];
  return cached;
}

/** A cmdlet by name or alias, case-insensitively. */
export function resolveCommandName(typed: string): CmdletDefinition | undefined {
  if (!byName) {
    const map = new Map(allCmdlets().map((c) => [c.name.toLowerCase(), c] as const));
    for (const [alias, target] of Object.entries(ALIASES)) {
      const cmdlet = map.get(target.toLowerCase());
      const key = alias.toLowerCase();
      if (cmdlet && !map.has(key)) map.set(key, cmdlet);
    }
    byName = map;
  }
  return byName.get(typed.toLowerCase());
}

export function aliasesOf(cmdletName: string): string[] {
  return Object.entries(ALIASES)
    .filter(([, target]) => target === cmdletName)
    .map(([alias]) => alias);
}

/** What every cmdlet's invocation carries as `commands` (Get-Command and Get-Help read it). */
export const commandCatalogue: CommandCatalogue = {
  all: allCmdlets,
  resolve: resolveCommandName,
  aliasesOf,
};
