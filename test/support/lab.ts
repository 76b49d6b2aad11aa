// The lab as it started before issue 12 put the console at the host prompt: DEMO's session
// entered. Tests of what a session shows (prompts, panes, keys that leave first) start
// here; it is the same state, made by the same sim action the old starting state ran.
import { createSim, findContainerByName, type Sim } from '../../src/sim/index.js';

export function labInsideDemo(seed?: number): Sim {
  const sim = createSim({ start: 'lab', ...(seed === undefined ? {} : { seed }) });
  const demo = findContainerByName(sim.getState(), 'DEMO');
  if (!demo || !sim.actions.enterSession(demo.containerId).ok)
    throw new Error('the lab has no DEMO to enter');
  return sim;
}
