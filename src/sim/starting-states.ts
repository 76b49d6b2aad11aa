// The scenarios a simulation can start from (docs/spec.md §2). `lab` is built by the same actions
// a user would type, so its events, PIDs and sessions are the real thing.
import type { StartingState } from './api.js';
import { newContainer } from './actions/new-container.js';
import { startContainer } from './actions/start-container.js';
import { bootHost } from './boot.js';
import { createScaledState, STRESS } from './scale.js';
import type { HostState, SimResult } from './types.js';

export const STARTING_STATES: readonly StartingState[] = ['host', 'lab', 'stress'];

export function createStartingState(start: StartingState, seed: number): HostState {
  if (start === 'stress') return createScaledState({ seed, ...STRESS });
  const host = bootHost(seed);
  return start === 'lab' ? buildLab(host) : host;
}

/**
 * The seed's bare host plus DEMO (NanoServer, running) and WINCONT (Off). The console starts
 * at the host's prompt, as the seed page does (docs/spec.md §2): its first command works.
 */
function buildLab(host: HostState): HostState {
  const demo = expectOk(
    newContainer(host, { name: 'DEMO', image: 'NanoServer', switchName: 'NAT' }),
  );
  const wincont = expectOk(
    newContainer(demo.state, {
      name: 'WINCONT',
      image: 'WindowsServerCore',
      switchName: 'Virtual Switch',
    }),
  );
  return expectOk(startContainer(wincont.state, demo.value.containerId)).state;
}

function expectOk<T>(result: SimResult<T>): Extract<SimResult<T>, { ok: true }> {
  // Only reachable if the lab's own script breaks a model rule: a bug, not user input.
  if (!result.ok) throw new Error(`starting state 'lab': ${result.error.message}`);
  return result;
}
