// The Host Compute module (hcs_powershell.md): a "task manager for containers" that sees the
// running containers of both PowerShell (Owner VMMS) and docker (Owner docker).
import type { Container } from '../../sim/index.js';
import { toText } from '../runtime/conversions.js';
import { wildcardMatch } from '../runtime/wildcard.js';
import { computeProcessObject } from '../runtime/objects.js';
import type { PSValue } from '../runtime/values.js';
import type { CmdletDefinition } from './definition.js';
import { moduleRecord } from './model-errors.js';

const MODULE = 'HostComputeService';

/** The id Get-ComputeProcess shows: upper-case GUID, or docker's 64-hex id. */
export const computeId = (c: Container): string =>
  c.owner === 'docker' && c.dockerId ? c.dockerId : c.containerId.toUpperCase();

function runningByComputeId(containers: readonly Container[]): Container[] {
  // Rows are ordered by Id (the seed: 239DEF76 < B8D7B55A < CCDF6A6E).
  return containers
    .filter((c) => c.state === 'Running')
    .sort((a, b) => (computeId(a) < computeId(b) ? -1 : computeId(a) > computeId(b) ? 1 : 0));
}

export const getComputeProcess: CmdletDefinition = {
  name: 'Get-ComputeProcess',
  className: 'Microsoft.HostCompute.PowerShell.Cmdlets.GetComputeProcess',
  module: MODULE,
  hostOnly: true,
  synopsis:
    'Lists running containers made by PowerShell (Owner VMMS) and by docker (Owner docker).',
  parameters: [
    {
      name: 'Id',
      type: 'string[]',
      typeName: 'System.String[]',
      position: 0,
      help: 'Compute process ids, wildcards allowed.',
    },
  ],
  invoke(invocation) {
    const running = runningByComputeId(invocation.context.sim.getState().containers);
    const ids = invocation.bound.get('Id');
    const picked = ids
      ? running.filter((c) =>
          (ids.value as readonly PSValue[]).some((id) => wildcardMatch(toText(id), computeId(c))),
        )
      : running;
    return picked.map(computeProcessObject);
  },
};

export const stopComputeProcess: CmdletDefinition = {
  name: 'Stop-ComputeProcess',
  className: 'Microsoft.HostCompute.PowerShell.Cmdlets.StopComputeProcess',
  module: MODULE,
  hostOnly: true,
  synopsis: 'Stops a running container by its compute process id, whoever made it.',
  parameters: [
    {
      name: 'Id',
      type: 'string[]',
      typeName: 'System.String[]',
      position: 0,
      mandatory: true,
      fromPipeline: true,
    },
    { name: 'Force', type: 'switch', typeName: 'System.Management.Automation.SwitchParameter' },
  ],
  invoke(invocation) {
    const state = invocation.context.sim.getState();
    const idArg = invocation.bound.get('Id');
    const wanted = idArg
      ? (idArg.value as readonly PSValue[]).map(toText)
      : invocation.input.map((v) =>
          toText(
            v && typeof v === 'object' && !Array.isArray(v) && '$kind' in v && v.$kind === 'object'
              ? (v.properties.find((p) => p.name === 'Id')?.value ?? null)
              : v,
          ),
        );
    for (const id of wanted) {
      const target = state.containers.find(
        (c) => c.state === 'Running' && computeId(c).toLowerCase() === id.toLowerCase(),
      );
      if (!target) {
        invocation.writeError(
          moduleRecord(
            stopComputeProcess,
            `A compute process with id '${id}' was not found.`,
            {
              category: 'ObjectNotFound',
              exceptionType: 'ItemNotFoundException',
              errorId: 'ObjectNotFound',
            },
            idArg?.extent ?? invocation.command.extent,
          ),
        );
        continue;
      }
      const outcome = invocation.context.sim.actions.stopContainer(target.containerId);
      if (!outcome.ok) {
        invocation.writeError(
          moduleRecord(
            stopComputeProcess,
            outcome.error.message,
            {
              category: 'InvalidOperation',
              exceptionType: 'InvalidOperationException',
              errorId: 'InvalidState',
            },
            invocation.command.extent,
          ),
        );
      }
    }
    return [];
  },
};

export const computeCmdlets = [getComputeProcess, stopComputeProcess];
