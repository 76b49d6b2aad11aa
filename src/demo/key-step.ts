// A scenario's key step, resolved to the model action it stands for (if any).
import type { HostState } from '../sim/index.js';
import {
  commandsForKey,
  containerForKey,
  missingContainerNote,
  modelActionOfKey,
  type KeyCommands,
} from './key-actions.js';
import type { KeyName } from './keys.js';

/** The commands a key step runs, or null for a key that only moves around the dashboard. */
export function keyStepCommands(
  key: KeyName,
  containerName: string | undefined,
  state: HostState,
): KeyCommands | null {
  // The keys that change the model (MODEL_KEYS); the others only move around the dashboard.
  const action = modelActionOfKey(key);
  if (!action) return null;
  const container = containerForKey(state, containerName);
  // Never the selected one instead: the step named another (the dashboard does the same).
  if (containerName !== undefined && container === undefined)
    return { commands: [], note: missingContainerNote(containerName) };
  return commandsForKey(action, container, state);
}
