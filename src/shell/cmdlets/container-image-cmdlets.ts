// The Containers module's image cmdlets: Get-ContainerImage.

import { toText } from '../runtime/conversions.js';
import { wildcardMatch } from '../runtime/wildcard.js';
import { imageObject } from '../runtime/objects.js';

import type { CmdletDefinition } from './definition.js';

import { cmdletClass, MODULE, remoteParams, str } from './containers-module.js';

export const getContainerImage: CmdletDefinition = {
  name: 'Get-ContainerImage',
  className: cmdletClass('Get-ContainerImage'),
  module: MODULE,
  hostOnly: true,
  synopsis: 'Lists the container OS images on the host.',
  parameters: [
    str('Name', { position: 0, help: 'Image name, wildcards allowed.' }),
    str('Publisher', { position: 1 }),
    str('Version', { position: 2 }),
    ...remoteParams,
  ],
  invoke(invocation) {
    const state = invocation.context.sim.getState();
    const name = invocation.bound.get('Name');
    const publisher = invocation.bound.get('Publisher');
    const version = invocation.bound.get('Version');
    return state.images
      .filter((i) => !name || wildcardMatch(toText(name.value), i.name))
      .filter((i) => !publisher || wildcardMatch(toText(publisher.value), i.publisher))
      .filter((i) => !version || wildcardMatch(toText(version.value), i.version))
      .map(imageObject);
  },
};
