// Time to the first frame, in a fresh process: from the call to runDashboard (the modules
// loaded) to the first frame written, and from the process's start to that frame.
import { performance } from 'node:perf_hooks';
import { setImmediate } from 'node:timers';
const { runDashboard } = await import('../dist/ui/run-dashboard.js');
const { createSim, FakeClock } = await import('../dist/sim/index.js');
const { FakeTerminal, fakeStdin } = await import('./fake-terminal.mjs');

const term = new FakeTerminal(120, 40);
let store;
const start = performance.now();
const done = runDashboard({
  sim: createSim({ seed: 1, start: 'lab' }),
  clock: new FakeClock(),
  stdout: term,
  stdin: fakeStdin(),
  stderr: process.stderr,
  lang: 'en',
  color: true,
  handleProcessEvents: false,
  onStore: (s) => (store = s),
});
// The first write is the alternate screen; the frame follows.
const frame = () =>
  term.writes.find(([, , text]) => text.includes('\x1b[?2026h') || text.includes('Containers'));
while (!frame()) await new Promise((resolve) => setImmediate(resolve));
const at = frame()[0];
store.getState().actions.quit(0);
await done;
process.stdout.write(`${JSON.stringify({ firstFrameMs: at - start, fromProcessStartMs: at })}\n`);
process.exit(0);
