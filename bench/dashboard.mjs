// The dashboard as every bench script runs it: runDashboard (Ink 8 as published) on a fake
// terminal, driven by a fake clock and keyboard, without the process's signals.
import { createSim, FakeClock } from '../dist/sim/index.js';
import { runDashboard } from '../dist/ui/run-dashboard.js';
import { FakeTerminal, fakeStdin } from './fake-terminal.mjs';
import { SCALE_SIZES } from './scales.mjs';

/** The sim of a bench scale: S is the lab, the others a host of that size. */
export function simOfScale(name) {
  return SCALE_SIZES[name] === null
    ? createSim({ seed: 1, start: 'lab' })
    : createSim({ seed: 1, scale: SCALE_SIZES[name] });
}

/**
 * Opens the dashboard over `sim` at 120×40. `stepwiseToggle` is off unless asked for: then
 * t runs its four commands in one frame, as scripts run it. A user's t plays them 0.45 s
 * apart (issue 12); actions.mjs asks for that and moves the fake clock on by each beat, so
 * that every step is timed to its own frame and no later key carries the rest of them.
 */
export function openDashboard({ sim, clock = new FakeClock(), demo, stepwiseToggle = false }) {
  const term = new FakeTerminal(120, 40);
  const stdin = fakeStdin();
  let store;
  const done = runDashboard({
    sim,
    clock,
    ...(demo ? { demo } : {}),
    stdout: term,
    stdin,
    stderr: process.stderr,
    lang: 'en',
    color: true,
    handleProcessEvents: false,
    stepwiseToggle,
    onStore: (s) => (store = s),
  });
  return { term, stdin, clock, done, store: () => store };
}
