// Which containers a Start/Stop/Set/Remove-Container call means: Container objects (bound
// or piped in) or names. PowerShell-made containers only: docker's are invisible to the
// Containers module in TP4 ("management interfaces only see containers they created").
import { findContainerById, findContainersByName } from '../../sim/index.js';
import type { Container, HostState } from '../../sim/index.js';
import type { Extent } from '../ast.js';
import { toText } from '../runtime/conversions.js';
import { wildcardMatch, hasWildcard } from '../runtime/wildcard.js';
import { isPSObject, type PSValue } from '../runtime/values.js';
import type { CmdletInvocation, ParamDef } from './definition.js';
import { containerNameNotFound } from './model-errors.js';
import type { CmdletDefinition } from './definition.js';

export const isContainerObject = (value: PSValue): boolean =>
  isPSObject(value) && value.ref?.kind === 'container';

/** -Container: Container objects, bound at position 0 or piped in (its own parameter set). */
export const containerObjectParameter: ParamDef = {
  name: 'Container',
  type: 'object[]',
  typeName: 'Microsoft.Containers.PowerShell.Objects.Container[]',
  position: 0,
  mandatory: true,
  fromPipeline: true,
  sets: ['Container'],
  accepts: isContainerObject,
  help: 'A container object, e.g. $con from New-Container.',
};

/** Name / Container: both position 0 in their own parameter sets, as in the TP4 module. */
export const targetParameters: readonly ParamDef[] = [
  {
    name: 'Name',
    type: 'string[]',
    typeName: 'System.String[]',
    position: 0,
    mandatory: true,
    sets: ['Name'],
    accepts: (v) => !isContainerObject(v),
    help: 'Name of the container.',
  },
  containerObjectParameter,
];

export const visibleToModule = (c: Container): boolean => c.owner === 'VMMS';

/**
 * The module's containers in Get-Container's order: by Id, the lab's choice (the sources do not
 * give the module's order; docs/fidelity-notes.md E1).
 */
export function sortedModuleContainers(state: HostState): Container[] {
  return state.containers
    .filter(visibleToModule)
    .slice()
    .sort((a, b) => (a.containerId < b.containerId ? -1 : a.containerId > b.containerId ? 1 : 0));
}

/** Resolves the targets; unknown names are reported as non-terminating errors. */
export function resolveTargets(
  cmdlet: CmdletDefinition,
  invocation: CmdletInvocation,
): Container[] {
  const state = invocation.context.sim.getState();
  const targets: Container[] = [];
  const add = (c: Container | undefined) => {
    if (c && !targets.includes(c)) targets.push(c);
  };
  const fromValue = (value: PSValue, extent: Extent) => {
    if (value === null) return;
    if (isPSObject(value) && value.ref?.kind === 'container') {
      const containerId = value.ref.containerId;
      const found = findContainerById(state, containerId);
      if (found && visibleToModule(found)) add(found);
      else
        invocation.writeError(
          containerNameNotFound(
            cmdlet,
            toText(value.properties.find((p) => p.name === 'Name')?.value ?? containerId),
            extent,
            invocation.command.name,
          ),
        );
      return;
    }
    const name = toText(value);
    if (hasWildcard(name)) {
      sortedModuleContainers(state)
        .filter((c) => wildcardMatch(name, c.name))
        .forEach(add);
      return;
    }
    // A repeated name means every container of that name (docs/fidelity-notes.md D0–D3).
    const found = findContainersByName(state, name).filter(visibleToModule);
    if (found.length > 0) found.forEach(add);
    else
      invocation.writeError(containerNameNotFound(cmdlet, name, extent, invocation.command.name));
  };

  for (const key of ['Container', 'Name']) {
    const arg = invocation.bound.get(key);
    if (!arg) continue;
    const values = Array.isArray(arg.value) ? (arg.value as readonly PSValue[]) : [arg.value];
    for (const v of values) fromValue(v, arg.extent);
  }
  if (!invocation.bound.has('Container') && !invocation.bound.has('Name')) {
    for (const v of invocation.input) fromValue(v, invocation.command.extent);
  }
  return targets;
}
