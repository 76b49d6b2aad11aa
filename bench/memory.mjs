// Memory of a long-running dashboard, in its own process (node --expose-gc):
// RSS after 100 and after 10,000 simulation ticks, the dashboard mounted on a fake
// terminal, with a command every 10 ticks (containers stopped and started: events, marks,
// console scrollback and history all keep growing unless they are bounded).
import { setImmediate } from 'node:timers';
import { createSim, FakeClock, TICK_MS } from '../dist/sim/index.js';
import { runDashboard } from '../dist/ui/run-dashboard.js';
import { FakeTerminal, fakeStdin, sleep } from './fake-terminal.mjs';

const TICKS = Number(process.env.BENCH_MEMORY_TICKS ?? 10_000);
/** Ticks per frame: every tick renders, but a few are drawn together to keep the run short. */
const TICKS_PER_FRAME = 2;

/** After a full collection, let the heap settle and collect again: RSS without garbage. */
async function settledRss() {
  for (let i = 0; i < 4; i++) {
    globalThis.gc();
    await sleep(25);
  }
  return process.memoryUsage().rss;
}

const sim = createSim({ seed: 1, start: 'lab' });
const term = new FakeTerminal(120, 40);
const clock = new FakeClock();
let store;
const first = term.nextWrite();
const done = runDashboard({
  sim,
  clock,
  stdout: term,
  stdin: fakeStdin(),
  stderr: process.stderr,
  lang: 'en',
  color: true,
  handleProcessEvents: false,
  onStore: (s) => (store = s),
});
await first;
store.getState().actions.runLine('exit'); // leave DEMO's session: the commands are the host's
const commands = [
  'Stop-Container -Name DEMO',
  'Start-Container -Name DEMO',
  'Start-Container -Name WINCONT',
  'Get-Process csrss',
  'Stop-Container -Name WINCONT',
  'Get-Container',
];
const result = {};
let n = 0;
for (let tick = 1; tick <= TICKS; tick++) {
  clock.advance(TICK_MS);
  if (tick % 10 === 0) store.getState().actions.runLine(commands[n++ % commands.length]);
  if (tick % TICKS_PER_FRAME === 0) {
    term.clear();
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (tick === 100) result.rss100 = await settledRss();
}
result.rss10000 = await settledRss();
result.ticks = TICKS;
result.events = sim.getState().events.length;
result.consoleLines = store.getState().console.lines.length;
result.history = store.getState().console.history.length;
store.getState().actions.quit(0);
await done;
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
