// A scenario's key step, resolved to the model action it stands for (if any).
import type { HostState } from '../sim/index.js';
import {
  commandsForKey,
  containerForKey,
  missingContainerNote,
  type ContainerKeyAction,
  type KeyCommands,
} from './key-actions.js';
import type { KeyName } from './keys.js';

/** The keys that change the model; the others only move around the dashboard. */
export const MODEL_KEYS: Partial<Record<KeyName, ContainerKeyAction>> = {
  t: 'toggle-runtime',
  s: 'start-stop',
  enter: 'enter',
  x: 'exit',
  d: 'remove',
};

/** The commands a key step runs, or null for a key that only moves around the dashboard. */
export function keyStepCommands(
  key: KeyName,
  containerName: string | undefined,
  state: HostState,
): KeyCommands | null {
  const action = MODEL_KEYS[key];
  if (!action) return null;
  const container = containerForKey(state, containerName);
  // Never the selected one instead: the step named another (the dashboard does the same).
  if (containerName !== undefined && container === undefined)
    return { commands: [], note: missingContainerNote(containerName) };
  return commandsForKey(action, container, state);
}
