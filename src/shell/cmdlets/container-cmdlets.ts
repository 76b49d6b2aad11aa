// The TP4 Containers module: New/Get/Set/Start/Stop/Remove-Container, Get-ContainerImage.
// Start/Stop/Set/Remove print nothing unless -Passthru
// (docs/reference-windows-containers.md §7.5).
import type { Outcome } from '../../sim/index.js';
import type { Container, RuntimeType } from '../../sim/index.js';
import { toText } from '../runtime/conversions.js';
import { hasWildcard, wildcardMatch } from '../runtime/wildcard.js';
import { containerObject } from '../runtime/objects.js';
import { findProperty, isPSEnum, isPSObject, type PSValue } from '../runtime/values.js';
import type { CmdletDefinition, CmdletInvocation } from './definition.js';
import {
  containerNameNotFound,
  containerNameProblem,
  invalidContainerName,
  modelErrorRecord,
} from './model-errors.js';
import { resolveTargets, sortedModuleContainers, targetParameters } from './container-targets.js';

import {
  cmdletClass,
  MODULE,
  remoteParams,
  runtimeTypeParam,
  str,
  sw,
} from './containers-module.js';
import {
  getContainerImage,
  newContainerImage,
  removeContainerImage,
} from './container-image-cmdlets.js';

function passthru(invocation: CmdletInvocation, containers: readonly Container[]): PSValue[] {
  if (!invocation.bound.get('Passthru')?.value) return [];
  const state = invocation.context.sim.getState();
  return containers.map((c) => containerObject(c, state));
}

/** Applies a model action to every target, reporting refusals as error records. */
function eachTarget(
  cmdlet: CmdletDefinition,
  invocation: CmdletInvocation,
  act: (container: Container) => Outcome<Container>,
): PSValue[] {
  const done: Container[] = [];
  for (const target of resolveTargets(cmdlet, invocation)) {
    const outcome = act(target);
    if (outcome.ok) done.push(outcome.value);
    else
      invocation.writeError(
        modelErrorRecord(cmdlet, outcome.error, invocation.command.extent, invocation.command.name),
      );
  }
  return passthru(invocation, done);
}

export const newContainer: CmdletDefinition = {
  name: 'New-Container',
  className: cmdletClass('New-Container'),
  module: MODULE,
  hostOnly: true,
  synopsis: 'Creates a new container (Off). Add -RuntimeType HyperV for a Hyper-V container.',
  parameters: [
    str('Name', { position: 0, notNullOrEmpty: true, help: 'Name of the new container.' }),
    str('ContainerImageName', {
      mandatory: true,
      sets: ['ImageName'],
      help: 'NanoServer or WindowsServerCore.',
    }),
    {
      name: 'ContainerImage',
      type: 'object',
      typeName: 'Microsoft.Containers.PowerShell.Objects.ContainerImage',
      mandatory: true,
      sets: ['Image'],
    },
    str('ContainerImagePublisher', { sets: ['ImageName'] }),
    // A System.Version in the module (REF's syntax: `[-ContainerImageVersion <version>]`).
    str('ContainerImageVersion', { sets: ['ImageName'], typeName: 'System.Version' }),
    str('SwitchName', { help: 'Virtual switch to connect to: "Virtual Switch" or NAT.' }),
    runtimeTypeParam,
    { name: 'MemoryStartupBytes', type: 'int', typeName: 'System.Int64' },
    { name: 'MaximumMemoryBytes', type: 'int', typeName: 'System.Int64' },
    str('Path'),
    sw('AsJob'),
    sw('WhatIf'),
    sw('Confirm'),
    ...remoteParams,
  ],
  invoke(invocation) {
    const { bound, context } = invocation;
    const state = context.sim.getState();
    // -ContainerImage takes an image object (Get-ContainerImage NanoServer); a name typed
    // there converts as the image of that name.
    const imageArg = bound.get('ContainerImage');
    const image = imageArg
      ? toText(
          isPSObject(imageArg.value)
            ? (findProperty(imageArg.value, 'Name')?.value ?? null)
            : imageArg.value,
        )
      : toText(bound.get('ContainerImageName')?.value ?? null);
    const runtime = bound.get('RuntimeType')?.value;
    const name = bound.has('Name')
      ? toText(bound.get('Name')?.value ?? null)
      : `Container${state.containers.length + 1}`;
    const problem = containerNameProblem(name);
    if (problem !== null) {
      invocation.writeError(
        invalidContainerName(
          newContainer,
          problem,
          invocation.command.extent,
          invocation.command.name,
        ),
      );
      return [];
    }
    const outcome = context.sim.actions.newContainer({
      name,
      image,
      switchName: bound.has('SwitchName') ? toText(bound.get('SwitchName')?.value ?? null) : null,
      runtimeType: runtime && isPSEnum(runtime) ? (runtime.value as RuntimeType) : 'Default',
      owner: 'VMMS',
      // TP3/TP4 let names repeat (docs/fidelity-notes.md D0–D3).
      allowDuplicateName: true,
    });
    if (!outcome.ok) {
      invocation.writeError(
        modelErrorRecord(
          newContainer,
          outcome.error,
          invocation.command.extent,
          invocation.command.name,
        ),
      );
      return [];
    }
    return [containerObject(outcome.value, context.sim.getState())];
  },
};

export const getContainer: CmdletDefinition = {
  name: 'Get-Container',
  className: cmdletClass('Get-Container'),
  module: MODULE,
  hostOnly: true,
  synopsis: 'Lists the containers made with PowerShell (docker-made ones are not shown in TP4).',
  parameters: [
    {
      name: 'Name',
      type: 'string[]',
      typeName: 'System.String[]',
      position: 0,
      sets: ['Name'],
      help: 'Names, wildcards allowed.',
    },
    { name: 'Id', type: 'string', typeName: 'System.Guid', sets: ['Id'] },
    ...remoteParams,
  ],
  invoke(invocation) {
    const state = invocation.context.sim.getState();
    let containers = sortedModuleContainers(state);
    const names = invocation.bound.get('Name');
    const id = invocation.bound.get('Id');
    if (names) {
      const patterns = (names.value as readonly PSValue[]).map(toText);
      const picked: Container[] = [];
      for (const pattern of patterns) {
        const matches = containers.filter((c) => wildcardMatch(pattern, c.name));
        if (matches.length === 0 && !hasWildcard(pattern)) {
          invocation.writeError(
            containerNameNotFound(getContainer, pattern, names.extent, invocation.command.name),
          );
        }
        for (const m of matches) if (!picked.includes(m)) picked.push(m);
      }
      containers = picked;
    } else if (id) {
      const wanted = toText(id.value).toLowerCase();
      containers = containers.filter((c) => c.containerId === wanted);
    }
    return containers.map((c) => containerObject(c, state));
  },
};

export const startContainer: CmdletDefinition = {
  name: 'Start-Container',
  className: cmdletClass('Start-Container'),
  module: MODULE,
  hostOnly: true,
  synopsis:
    'Starts a container: a Default one shares the host kernel, a HyperV one boots a utility VM.',
  parameters: [...targetParameters, sw('Passthru'), sw('AsJob'), sw('WhatIf'), sw('Confirm')],
  invoke(invocation) {
    return eachTarget(startContainer, invocation, (c) =>
      invocation.context.sim.actions.startContainer(c.containerId),
    );
  },
};

export const stopContainer: CmdletDefinition = {
  name: 'Stop-Container',
  className: cmdletClass('Stop-Container'),
  module: MODULE,
  hostOnly: true,
  synopsis: 'Stops a container; its processes (or its vmwp and utility VM) go away.',
  parameters: [
    ...targetParameters,
    sw('TurnOff'),
    sw('Passthru'),
    sw('AsJob'),
    sw('WhatIf'),
    sw('Confirm'),
  ],
  invoke(invocation) {
    return eachTarget(stopContainer, invocation, (c) =>
      invocation.context.sim.actions.stopContainer(c.containerId),
    );
  },
};

export const removeContainer: CmdletDefinition = {
  name: 'Remove-Container',
  className: cmdletClass('Remove-Container'),
  module: MODULE,
  hostOnly: true,
  synopsis: 'Removes a stopped container.',
  parameters: [
    ...targetParameters,
    sw('Force'),
    sw('Passthru'),
    sw('AsJob'),
    sw('WhatIf'),
    sw('Confirm'),
  ],
  invoke(invocation) {
    return eachTarget(removeContainer, invocation, (c) =>
      invocation.context.sim.actions.removeContainer(c.containerId),
    );
  },
};

export const setContainer: CmdletDefinition = {
  name: 'Set-Container',
  className: cmdletClass('Set-Container'),
  module: MODULE,
  hostOnly: true,
  synopsis: "Changes a stopped Nano Server container's runtime: -RuntimeType HyperV or Default.",
  parameters: [...targetParameters, runtimeTypeParam, sw('Passthru'), sw('WhatIf'), sw('Confirm')],
  invoke(invocation) {
    const runtime = invocation.bound.get('RuntimeType')?.value;
    if (!runtime || !isPSEnum(runtime))
      return passthru(invocation, resolveTargets(setContainer, invocation));
    return eachTarget(setContainer, invocation, (c) =>
      invocation.context.sim.actions.setRuntimeType(c.containerId, runtime.value as RuntimeType),
    );
  },
};

export const containerCmdlets = [
  newContainer,
  getContainer,
  setContainer,
  startContainer,
  stopContainer,
  removeContainer,
  getContainerImage,
  newContainerImage,
  removeContainerImage,
];
