// The starting states `run` and the dashboard can begin from (docs/spec.md §2).
import type { StartingState } from '../sim/index.js';

export interface StartingStateInfo {
  readonly name: StartingState;
  readonly description: string;
}

export const STARTING_STATES: readonly StartingStateInfo[] = [
  {
    name: 'host',
    description:
      "the seed's bare container host: csrss 532, 608, 3484 in sessions 0-2, no containers (default for run)",
  },
  {
    name: 'lab',
    description:
      'the host plus DEMO (NanoServer, Default, running; console at the host prompt) and WINCONT (WindowsServerCore, off)',
  },
  {
    name: 'stress',
    description:
      'a big host: 2,000 host processes and 100 running containers, a third of them Hyper-V',
  },
];

export function startingStateNamed(name: string): StartingStateInfo | undefined {
  return STARTING_STATES.find((s) => s.name === name.toLowerCase());
}
