// Set-Container -RuntimeType (docs/spec.md §3 rule 6). The seed: "the only OS that supports runtime
// conversion is Nano Server"; we read it as the image (docs/reference-windows-containers.md §6
// F.16) and, since nothing documents converting a live container, require it to be Off.
import { fail } from '../errors.js';
import { appendEvent } from '../events.js';
import type { Container, HostState, RuntimeType, SimResult } from '../types.js';
import { replaceContainer, requireContainer } from './state-edits.js';

export function setRuntimeType(
  state: HostState,
  containerId: string,
  runtimeType: RuntimeType,
): SimResult<Container> {
  const found = requireContainer(state, containerId);
  if (!found.ok) return found.result;
  const container = found.container;
  if (container.osImage !== 'NanoServer') {
    return fail(
      'ConversionRequiresNano',
      `The runtime type of container '${container.name}' cannot be changed: only Nano Server containers support runtime conversion, and its image is ${container.image}.`,
      container.name,
    );
  }
  if (container.state !== 'Off') {
    return fail(
      'ConversionRequiresOff',
      `Container '${container.name}' is running; stop it before changing its runtime type.`,
      container.name,
    );
  }
  const updated: Container = { ...container, runtimeType };
  const summary =
    container.runtimeType === runtimeType
      ? `Container '${container.name}' already has RuntimeType ${runtimeType}.`
      : `Container '${container.name}': RuntimeType ${container.runtimeType} → ${runtimeType}; the next start follows it.`;
  const next = appendEvent(replaceContainer(state, updated), { action: 'setRuntimeType', summary });
  return { ok: true, value: updated, state: next };
}
