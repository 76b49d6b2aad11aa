// The dashboard under a fixed script of 1,000 updates (ticks, keys, overlays, commands,
// resizes), for incremental-output.test.ts. Two modes over the same script:
//   incremental  the dashboard is mounted first and draws every update as it happens;
//   fresh        the script runs on the store alone, then the dashboard draws it once.
// Progress goes to the file named by ISOLAB_DRIVER_SIGNAL, one line at a time:
//   `resize C R` (incremental: waiting for the terminal to become C×R), `done N`.
import { appendFileSync } from 'node:fs';
import { createSim, FakeClock, TICK_MS } from '../../dist/sim/index.js';
import { runDashboard } from '../../dist/ui/run-dashboard.js';
import { PHASES, script, UPDATES } from './incremental-plan.mjs';

const mode = process.argv[2] === 'fresh' ? 'fresh' : 'incremental';
const signal = (line) => appendFileSync(process.env.ISOLAB_DRIVER_SIGNAL, `${line}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const sim = createSim({ seed: 1, start: 'lab' });
const clock = new FakeClock();
let frames = 0;
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  frames++;
  return write(chunk, ...rest);
};

function apply(store, step) {
  const { actions } = store.getState();
  if (step.kind === 'tick') clock.advance(TICK_MS);
  else if (step.kind === 'line') actions.runLine(step.line);
  else actions.handleInput(step.key);
}

const steps = script();
const perPhase = Math.ceil(UPDATES / PHASES.length);

if (mode === 'fresh') {
  const [columns, rows] = PHASES[PHASES.length - 1];
  await runDashboard({
    sim,
    clock,
    lang: 'en',
    color: true,
    onStore(store) {
      // The clock as the mounted dashboard would tick it, for the script only.
      const timer = clock.setInterval(() => store.getState().actions.tick(), TICK_MS);
      steps.forEach((step, i) => {
        if (i % perPhase === 0) {
          const [c, r] = PHASES[i / perPhase];
          store.getState().actions.setSize(c, r);
        }
        apply(store, step);
      });
      store.getState().actions.setSize(columns, rows);
      timer.cancel();
      setTimeout(function waitForFrame() {
        if (frames > 1) signal(`done ${UPDATES}`);
        else setTimeout(waitForFrame, 20);
      }, 50);
    },
  });
} else {
  await runDashboard({
    sim,
    clock,
    lang: 'en',
    color: true,
    // Every update its own frame, without waiting 33 ms for Ink's default throttle.
    maxFps: 1000,
    async onStore(store) {
      await sleep(200);
      for (let i = 0; i < steps.length; i++) {
        if (i % perPhase === 0) {
          const [c, r] = PHASES[i / perPhase];
          const size = store.getState().size;
          if (size.columns !== c || size.rows !== r) {
            signal(`resize ${c} ${r}`);
            while (store.getState().size.columns !== c || store.getState().size.rows !== r)
              await sleep(10);
            await sleep(30);
          }
        }
        apply(store, steps[i]);
        await sleep(3);
      }
      await sleep(100);
      signal(`done ${UPDATES}`);
    },
  });
}
