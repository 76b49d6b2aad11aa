// The Containers module's image cmdlets: Get-, New- and Remove-ContainerImage
// (docs/fidelity-notes.md I1–I7). PowerShell sees the OS images and the images it made.
import { imagesVisibleTo, type ContainerImage } from '../../sim/index.js';
import { toText } from '../runtime/conversions.js';
import { wildcardMatch } from '../runtime/wildcard.js';
import { imageObject } from '../runtime/objects.js';
import { findProperty, isPSObject, type PSValue } from '../runtime/values.js';
import type { CmdletDefinition, CmdletInvocation } from './definition.js';
import { resolveTargets, targetParameters } from './container-targets.js';
import { modelErrorRecord, moduleRecord } from './model-errors.js';
import { cmdletClass, MODULE, remoteParams, str } from './containers-module.js';

const textOf = (invocation: CmdletInvocation, name: string): string | undefined => {
  const arg = invocation.bound.get(name);
  return arg ? toText(arg.value) : undefined;
};

/**
 * `-Version 1.0`: a number literal as typed, not as the Double it parses to (which would
 * print `1`); the quick start's line works (docs/fidelity-notes.md I1).
 */
function versionAsTyped(invocation: CmdletInvocation): string {
  const arg = invocation.bound.get('Version');
  if (!arg) return '';
  const typed = invocation.context.sourceLine?.slice(arg.extent.start, arg.extent.end) ?? '';
  return /^\d+(\.\d+){1,3}$/.test(typed) ? typed : toText(arg.value);
}

function moduleImages(invocation: CmdletInvocation): ContainerImage[] {
  return imagesVisibleTo(invocation.context.sim.getState(), 'VMMS');
}

export const getContainerImage: CmdletDefinition = {
  name: 'Get-ContainerImage',
  className: cmdletClass('Get-ContainerImage'),
  module: MODULE,
  hostOnly: true,
  synopsis: 'Lists the container images on the host: the OS images and those made here.',
  parameters: [
    str('Name', { position: 0, help: 'Image name, wildcards allowed.' }),
    str('Publisher', { position: 1 }),
    str('Version', { position: 2 }),
    ...remoteParams,
  ],
  invoke(invocation) {
    const name = textOf(invocation, 'Name');
    const publisher = textOf(invocation, 'Publisher');
    const version = textOf(invocation, 'Version');
    return moduleImages(invocation)
      .filter((i) => name === undefined || wildcardMatch(name, i.name))
      .filter((i) => publisher === undefined || wildcardMatch(publisher, i.publisher))
      .filter((i) => version === undefined || wildcardMatch(version, i.version))
      .map(imageObject);
  },
};

const containerParams = targetParameters.map((p) =>
  p.name === 'Name' ? { ...p, name: 'ContainerName', aliases: [] } : p,
);

export const newContainerImage: CmdletDefinition = {
  name: 'New-ContainerImage',
  className: cmdletClass('New-ContainerImage'),
  module: MODULE,
  hostOnly: true,
  synopsis: 'Captures a stopped container as a new container image (PS quick start).',
  parameters: [
    ...containerParams,
    str('Name', { position: 1, mandatory: true, help: 'Name of the new image.' }),
    str('Publisher', { position: 2, mandatory: true }),
    str('Version', { position: 3, mandatory: true }),
    str('Description'),
    ...remoteParams,
  ],
  invoke(invocation) {
    const renamed: CmdletInvocation = {
      ...invocation,
      // resolveTargets reads the container's name from `Name`; here that is the image's.
      bound: new Map(
        [...invocation.bound]
          .filter(([k]) => k !== 'Name')
          .map(([k, v]) => [k === 'ContainerName' ? 'Name' : k, v]),
      ),
    };
    const out: PSValue[] = [];
    for (const container of resolveTargets(newContainerImage, renamed)) {
      const outcome = invocation.context.sim.actions.captureImage({
        containerId: container.containerId,
        name: textOf(invocation, 'Name') ?? '',
        publisher: textOf(invocation, 'Publisher') ?? '',
        version: versionAsTyped(invocation),
        owner: 'VMMS',
      });
      if (outcome.ok) out.push(imageObject(outcome.value));
      else invocation.writeError(record(newContainerImage, invocation, outcome.error));
    }
    return out;
  },
};

function record(
  cmdlet: CmdletDefinition,
  invocation: CmdletInvocation,
  error: Parameters<typeof modelErrorRecord>[1],
) {
  return modelErrorRecord(cmdlet, error, invocation.command.extent, invocation.command.name);
}

const isImageObject = (v: PSValue) => isPSObject(v) && v.ref?.kind === 'image';

export const removeContainerImage: CmdletDefinition = {
  name: 'Remove-ContainerImage',
  className: cmdletClass('Remove-ContainerImage'),
  module: MODULE,
  hostOnly: true,
  synopsis: 'Removes a container image no container depends on (MI).',
  parameters: [
    str('Name', {
      position: 0,
      mandatory: true,
      sets: ['Name'],
      accepts: (v) => !isImageObject(v),
    }),
    str('Publisher', { position: 1, sets: ['Name'] }),
    str('Version', { position: 2, sets: ['Name'] }),
    {
      name: 'ContainerImage',
      type: 'object[]',
      typeName: 'Microsoft.Containers.PowerShell.Objects.ContainerImage[]',
      position: 0,
      mandatory: true,
      fromPipeline: true,
      sets: ['Image'],
      accepts: isImageObject,
    },
    { name: 'Force', type: 'switch', typeName: 'System.Management.Automation.SwitchParameter' },
    ...remoteParams,
  ],
  invoke(invocation) {
    const names = imageNamesOf(invocation);
    const images = moduleImages(invocation);
    for (const name of names) {
      const found = images.filter((i) => wildcardMatch(name, i.name));
      if (found.length === 0) {
        const message = `Unable to find a container image with name '${name}'.`;
        const shape = {
          category: 'ObjectNotFound',
          exceptionType: 'VirtualizationException',
          errorId: 'ObjectNotFound',
        };
        invocation.writeError(
          moduleRecord(removeContainerImage, message, shape, invocation.command.extent),
        );
      }
      for (const image of found) {
        const outcome = invocation.context.sim.actions.removeContainerImage(image.dockerImageId);
        if (!outcome.ok)
          invocation.writeError(record(removeContainerImage, invocation, outcome.error));
      }
    }
    return [];
  },
};

function imageNamesOf(invocation: CmdletInvocation): string[] {
  const named = invocation.bound.get('Name');
  if (named) return [toText(named.value)];
  const bound = invocation.bound.get('ContainerImage');
  const values = bound
    ? Array.isArray(bound.value)
      ? (bound.value as readonly PSValue[])
      : [bound.value]
    : invocation.input;
  return values.map((v) =>
    isPSObject(v) ? toText(findProperty(v, 'Name')?.value ?? null) : toText(v),
  );
}
