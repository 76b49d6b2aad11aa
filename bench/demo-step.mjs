// A demo step for `npm run bench`: `isolab demo isolation --step` on a fake 120×40
// terminal, `.` pressed and timed to the frame it caused (the demos run on the lab).
//   node bench/demo-step.mjs STEPS  →  one JSON object on stdout.
import { performance } from 'node:perf_hooks';
import { builtinScenario } from '../dist/demo/index.js';
import { createSim, FakeClock } from '../dist/sim/index.js';
import { createPlayerDriver } from '../dist/ui/actions/player-driver.js';
import { openDashboard } from './dashboard.mjs';
import { quantile, round, sleep } from './fake-terminal.mjs';

const STEPS = Number(process.argv[2] ?? 10);
const scenario = builtinScenario('isolation');
const sim = createSim({ seed: 1, start: scenario.start });
const clock = new FakeClock();
const demo = createPlayerDriver({ scenario, lang: 'en', clock, sim, seed: 1, stepMode: true });
// As `isolab demo` runs: t (if a step presses it) plays its beats.
const { term, stdin, done, store } = openDashboard({ sim, clock, demo, stepwiseToggle: true });
await sleep(1500);
const times = [];
for (let i = 0; i < STEPS; i++) {
  await sleep(300);
  const start = performance.now();
  const written = term.nextWrite(5000);
  stdin.write('.');
  const at = await written;
  if (at !== null) times.push(at - start);
}
store().getState().actions.quit(0);
await done;
const result = {
  steps: times.length,
  p50: round(quantile(times, 0.5)),
  p95: round(quantile(times, 0.95)),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
