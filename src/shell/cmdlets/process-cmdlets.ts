// Get-Process: what the current kernel shows. On the host: every host process, including
// those of Windows Server containers (same PIDs) and one vmwp per Hyper-V container.
// Inside a container: what processesSeenFrom says (its own, plus the host's Idle and System
// for a Default container; the utility VM's for a Hyper-V one).
import { hostProcesses, processesSeenFrom, sortProcessesForDisplay } from '../../sim/index.js';
import type { SimProcess } from '../../sim/index.js';
import { toText } from '../runtime/conversions.js';
import { hasWildcard, wildcardMatch } from '../runtime/wildcard.js';
import { cmdletSite, errorRecord, GET_PROCESS_CLASS } from '../runtime/errors/catalogue.js';
import type { ErrorSite } from '../runtime/errors/error-record.js';
import { processObject } from '../runtime/objects.js';
import type { PSValue } from '../runtime/values.js';
import type { CmdletDefinition, CmdletInvocation } from './definition.js';

export function visibleProcesses(
  invocation: Pick<CmdletInvocation, 'context'>,
  containerId?: string | null,
): readonly SimProcess[] {
  const state = invocation.context.sim.getState();
  const where = containerId === undefined ? invocation.context.currentContainerId() : containerId;
  return where === null ? hostProcesses(state) : processesSeenFrom(state, where);
}

export const getProcess: CmdletDefinition = {
  name: 'Get-Process',
  className: 'Microsoft.PowerShell.Commands.GetProcessCommand',
  module: 'Microsoft.PowerShell.Management',
  synopsis: 'Lists the processes of the kernel you are on: the host, or the container you entered.',
  parameters: [
    {
      name: 'Name',
      type: 'string[]',
      typeName: 'System.String[]',
      position: 0,
      aliases: ['ProcessName'],
      sets: ['Name', 'NameWithUserName'],
      help: 'Process names, wildcards allowed.',
    },
    {
      name: 'Id',
      type: 'int[]',
      typeName: 'System.Int32[]',
      mandatory: true,
      sets: ['Id', 'IdWithUserName'],
      aliases: ['PID'],
      help: 'Process ids.',
    },
    {
      name: 'InputObject',
      type: 'object[]',
      typeName: 'System.Diagnostics.Process[]',
      mandatory: true,
      fromPipeline: true,
      sets: ['InputObject', 'InputObjectWithUserName'],
    },
    {
      name: 'IncludeUserName',
      type: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: ['NameWithUserName', 'IdWithUserName', 'InputObjectWithUserName'],
      help: "Adds the UserName column (a vmwp runs as its container's ID).",
    },
    {
      name: 'ComputerName',
      type: 'string[]',
      typeName: 'System.String[]',
      sets: ['Name', 'Id', 'InputObject'],
      aliases: ['Cn'],
    },
    {
      name: 'Module',
      type: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: ['Name', 'Id', 'InputObject'],
    },
    {
      name: 'FileVersionInfo',
      type: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: ['Name', 'Id', 'InputObject'],
      aliases: ['FV', 'FVI'],
    },
  ],
  invoke(invocation) {
    const { bound, context } = invocation;
    const all = sortProcessesForDisplay(visibleProcesses(invocation));
    let picked: SimProcess[] = [];
    const names = bound.get('Name');
    const ids = bound.get('Id');
    if (names) {
      for (const name of (names.value as readonly PSValue[]).map(toText)) {
        const matches = all.filter((p) => wildcardMatch(name, p.name));
        if (matches.length === 0 && !hasWildcard(name)) {
          invocation.writeError(
            errorRecord('processNotFoundByName', getProcessSite(invocation), name),
          );
        }
        for (const m of matches) if (!picked.includes(m)) picked.push(m);
      }
      picked = sortProcessesForDisplay(picked);
    } else if (ids) {
      for (const id of ids.value as readonly number[]) {
        const match = all.find((p) => p.pid === id);
        if (match) picked.push(match);
        else
          invocation.writeError(errorRecord('processNotFoundById', getProcessSite(invocation), id));
      }
    } else {
      picked = [...all];
    }
    const inSession = context.currentContainerId() !== null;
    const options = {
      includeUserName: Boolean(bound.get('IncludeUserName')?.value),
      hideSystemCpu: inSession && !context.isAdministrator(),
    };
    // Ending the typed line, no more than shownLines values can be shown (the shell cuts the
    // rest with the output limit's error record): objects past those would be made unseen.
    const made =
      invocation.shownLines === undefined ? picked : picked.slice(0, invocation.shownLines);
    return made.map((p) => processObject(p, options));
  },
};

/** Get-Process writes its not-found errors itself: the whole command is marked. */
function getProcessSite(invocation: CmdletInvocation): ErrorSite {
  return cmdletSite(
    { name: 'Get-Process', className: GET_PROCESS_CLASS },
    invocation.command.extent,
    invocation.command.name,
  );
}
