// Remove-Container: only a stopped container can go ("in order to remove a container, it
// needs to be in a stopped state", TP4 manage_containers.md).
import { fail } from '../errors.js';
import { appendEvent } from '../events.js';
import type { Container, HostState, SimResult } from '../types.js';
import { requireContainer } from './state-edits.js';

export function removeContainer(state: HostState, containerId: string): SimResult<Container> {
  const found = requireContainer(state, containerId);
  if (!found.ok) return found.result;
  const container = found.container;
  if (container.state !== 'Off') {
    return fail(
      'RemoveRequiresOff',
      `Container '${container.name}' is running; stop it before removing it.`,
      container.name,
    );
  }
  const next = appendEvent(
    {
      ...state,
      containers: state.containers.filter((c) => c.containerId !== container.containerId),
    },
    { action: 'removeContainer', summary: `Removed container '${container.name}'.` },
  );
  return { ok: true, value: container, state: next };
}
