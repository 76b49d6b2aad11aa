// One scale of the benchmark, in its own process (a clean heap and JIT for each):
//   node --expose-gc bench/scale.mjs S|M|L   →  one JSON object on stdout.
// The real dashboard (runDashboard) on a fake 120×40 terminal, driven by its clock and
// its keyboard; then the naive dashboard (naive-dashboard.mjs) under the same ticks.
import { performance } from 'node:perf_hooks';
import { render } from 'ink';
import { createElement } from 'react';
import { createSim, FakeClock, TICK_MS } from '../dist/sim/index.js';
import { FrameDiffer, parseFrameWrite } from '../dist/ui/output/frame-diff.js';
import { runDashboard } from '../dist/ui/run-dashboard.js';
import { FakeTerminal, fakeStdin, quantile, round, sleep } from './fake-terminal.mjs';
import { NaiveDashboard } from './naive-dashboard.mjs';

const SCALES = {
  S: null,
  M: { hostProcesses: 1000, containers: 50 },
  L: { hostProcesses: 10000, containers: 500 },
};
const name = process.argv[2];
if (!(name in SCALES)) throw new Error('usage: scale.mjs S|M|L');
const UPDATES = Number(process.env.BENCH_UPDATES ?? 200);
const KEYS = Number(process.env.BENCH_KEYS ?? 200);
/** More than Ink's 33 ms throttle window, so no update waits in its queue. */
const GAP_MS = 45;
const NAIVE = {
  S: { updates: 40, budgetMs: 20_000 },
  M: { updates: 30, budgetMs: 30_000 },
  L: { updates: 2, budgetMs: 45_000 },
}[name];

const newSim = () =>
  SCALES[name] === null
    ? createSim({ seed: 1, start: 'lab' })
    : createSim({ seed: 1, scale: SCALES[name] });

// Ink's frames as they reach the diff writer, to know the minimum each update needed.
const inkFrames = [];
const transform = FrameDiffer.prototype.transform;
FrameDiffer.prototype.transform = function (chunk) {
  const frame = parseFrameWrite(chunk);
  if (frame !== null)
    inkFrames.push({ at: performance.now(), bytes: Buffer.byteLength(chunk), lines: frame.lines });
  return transform.call(this, chunk);
};

/** Bytes of the lines that differ between two frames: what any writer must send at least. */
function changedLineBytes(before, after) {
  let bytes = 0;
  for (let i = 0; i < after.length; i++)
    if (after[i] !== before?.[i]) bytes += Buffer.byteLength(after[i]);
  return bytes;
}

async function ours() {
  const sim = newSim();
  const term = new FakeTerminal(120, 40);
  const stdin = fakeStdin();
  const clock = new FakeClock();
  let store;
  const firstFrame = term.nextWrite();
  const done = runDashboard({
    sim,
    clock,
    stdout: term,
    stdin,
    stderr: process.stderr,
    lang: 'en',
    color: true,
    handleProcessEvents: false,
    onStore: (s) => (store = s),
  });
  await firstFrame;
  let changedAt = null;
  store.subscribe(() => (changedAt ??= performance.now()));
  const host = sim.getState().kernels.host.processes.length;
  const containers = sim.getState().containers.length;

  // Updates: one clock tick each (the sim's tick, the marks, one commit), spaced out.
  for (let i = 0; i < 20; i++) {
    clock.advance(TICK_MS);
    await sleep(GAP_MS);
  }
  const update = [];
  const tickToFrame = [];
  const simTick = [];
  const bytes = [];
  const minimal = [];
  const inkBytes = [];
  let silent = 0;
  for (let i = 0; i < UPDATES; i++) {
    await sleep(GAP_MS);
    const framesBefore = inkFrames.length;
    const previous = inkFrames[framesBefore - 1]?.lines;
    changedAt = null;
    const written = term.nextWrite(1000);
    const start = performance.now();
    clock.advance(TICK_MS);
    const at = await written;
    // A tick that changes nothing on screen (no visible counter moved) writes nothing.
    if (at === null) {
      silent++;
      continue;
    }
    update.push(at - changedAt);
    tickToFrame.push(at - start);
    simTick.push(changedAt - start);
    await sleep(GAP_MS);
    bytes.push(term.bytesSince(start));
    const frames = inkFrames.slice(framesBefore);
    let min = 0;
    let before = previous;
    for (const f of frames) {
      min += changedLineBytes(before, f.lines);
      before = f.lines;
    }
    minimal.push(min);
    inkBytes.push(frames.reduce((sum, f) => sum + f.bytes, 0));
  }

  // Keys: the host pane's selection goes down 30 rows and back up (past the window's
  // edge, so some frames scroll the list).
  stdin.write('2');
  await sleep(100);
  const key = [];
  for (let i = 0; i < KEYS; i++) {
    await sleep(GAP_MS);
    const written = term.nextWrite();
    const start = performance.now();
    stdin.write(i % 60 < 30 ? '\x1b[B' : '\x1b[A');
    const at = await written;
    if (at === null) throw new Error('a key that moves the selection drew no frame');
    key.push(at - start);
  }
  store.getState().actions.quit(0);
  await done;
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    hostProcesses: host,
    containers,
    updates: UPDATES,
    silentUpdates: silent,
    updateP50Ms: round(quantile(update, 0.5)),
    updateP95Ms: round(quantile(update, 0.95)),
    keyP50Ms: round(quantile(key, 0.5)),
    keyP95Ms: round(quantile(key, 0.95)),
    bytesPerTick: Math.round(mean(bytes)),
    minimalBytesPerTick: Math.round(mean(minimal)),
    inkBytesPerTick: Math.round(mean(inkBytes)),
    tickToFrameP50Ms: round(quantile(tickToFrame, 0.5)),
    tickToFrameP95Ms: round(quantile(tickToFrame, 0.95)),
    simTickP50Ms: round(quantile(simTick, 0.5)),
  };
}

async function naive() {
  const sim = newSim();
  const term = new FakeTerminal(120, 40);
  const first = term.nextWrite(600_000);
  const instance = render(createElement(NaiveDashboard, { sim }), {
    stdout: term,
    stdin: fakeStdin(),
    stderr: process.stderr,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  await first;
  let changedAt = null;
  sim.store.subscribe(() => (changedAt ??= performance.now()));
  const times = [];
  const began = performance.now();
  while (times.length < NAIVE.updates && performance.now() - began < NAIVE.budgetMs) {
    await sleep(GAP_MS);
    changedAt = null;
    const written = term.nextWrite(600_000);
    sim.actions.tick(1);
    const at = await written;
    if (at !== null) times.push(at - changedAt);
  }
  instance.unmount();
  return { naiveUpdateP50Ms: round(quantile(times, 0.5)), naiveUpdates: times.length };
}

const result = { ...(await ours()), ...(process.env.BENCH_NAIVE === '0' ? {} : await naive()) };
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
