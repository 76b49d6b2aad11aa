// The baseline: what a careful user of the stack would write for the same screen — a bare
// Ink 8 app (as published, standard options) showing a 120×40 window of the same host's
// processes, one <Text> per row, re-rendered on each sim tick. Same terminal, same sim.
// Its keys move an inverse selection bar (↓/↑: two rows change): the least a key can
// change, timed as the dashboard's keys are, from the input to the frame on the terminal —
// what any app on Ink as published pays for a key on a screen of this size.
// Same kinds of characters too: a line-drawn title and the ◆ tag of a container's process.
// The first string Ink measures that is not ASCII costs ~40 ms once (string-width compiles
// its emoji regex and starts Intl.Segmenter); an ASCII-only baseline never pays it, and no
// screen of this lab can avoid it (README, "Performance").
//   node bench/bare-ink.mjs S|M|L|XL TICKS [KEYS]  →  one JSON object on stdout.
import { performance } from 'node:perf_hooks';
import { render, Text, Box, useInput } from 'ink';
import { createElement as h, useState, useSyncExternalStore } from 'react';
import { createSim } from '../dist/sim/index.js';
import { SCALE_SIZES } from './scales.mjs';
import { FakeTerminal, fakeStdin, quantile, round, sleep, threadCpuMs } from './fake-terminal.mjs';

const ROWS = 38;
const tag = (p) => (p.containerId === null ? '' : `◆ ${p.containerId.slice(0, 8)}`);

function Bare({ sim }) {
  const state = useSyncExternalStore(sim.store.subscribe, sim.getState);
  const [selected, setSelected] = useState(0);
  useInput((_, key) => {
    if (key.downArrow) setSelected((at) => Math.min(ROWS - 1, at + 1));
    if (key.upArrow) setSelected((at) => Math.max(0, at - 1));
  });
  const procs = state.kernels.host.processes;
  const rows = [];
  for (let i = 0; i < Math.min(ROWS, procs.length); i++) {
    const p = procs[i];
    const cpu = p.cpu === null ? '' : p.cpu.toFixed(2);
    rows.push(
      h(
        Text,
        { key: p.pid, inverse: i === selected },
        `${p.name.padEnd(24).slice(0, 24)} ${String(p.pid).padStart(7)} ${String(p.sessionId).padStart(3)} ${String(p.wsK).padStart(10)} ${cpu.padStart(10)} ${tag(p)}`.padEnd(
          119,
        ),
      ),
    );
  }
  return h(
    Box,
    { flexDirection: 'column' },
    h(Text, { bold: true }, `── Host processes ${procs.length} ──`),
    ...rows,
  );
}

/**
 * `count` inputs made by `act(i)`, 45 ms apart (past Ink's throttle): each from the act to
 * the next write on the terminal, wall and this thread's CPU, and the bytes it wrote.
 */
async function timeEach(term, count, act) {
  const times = [];
  const cpu = [];
  const bytes = [];
  for (let i = 0; i < count; i++) {
    await sleep(45);
    const since = performance.now();
    const written = term.nextWrite(5000);
    const cpu0 = threadCpuMs();
    act(i);
    const at = await written;
    if (at !== null) times.push(at - since);
    if (at !== null) cpu.push(threadCpuMs() - cpu0);
    await sleep(45);
    bytes.push(term.bytesSince(since));
  }
  return { times, cpu, bytes };
}

async function bareInk(sim, ticks, keys) {
  const term = new FakeTerminal(120, 40);
  const stdin = fakeStdin();
  const opened = performance.now();
  const firstCpu0 = threadCpuMs();
  const first = term.nextWrite(120_000);
  const instance = render(h(Bare, { sim }), {
    stdout: term,
    stdin,
    stderr: process.stderr,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  const firstFrameMs = (await first) - opened;
  const firstFrameCpuMs = threadCpuMs() - firstCpu0;
  const tickRuns = await timeEach(term, ticks, () => sim.actions.tick(1));
  const keyRuns = await timeEach(term, keys, (i) => stdin.write(i % 2 === 0 ? '\x1b[B' : '\x1b[A'));
  instance.unmount();
  return {
    keyP50Ms: round(quantile(keyRuns.times, 0.5)),
    keyP95Ms: round(quantile(keyRuns.times, 0.95)),
    keyCpuP50Ms: round(quantile(keyRuns.cpu, 0.5)),
    keys: keyRuns.times.length,
    firstFrameMs: round(firstFrameMs),
    firstFrameCpuMs: round(firstFrameCpuMs),
    tickP50Ms: round(quantile(tickRuns.times, 0.5)),
    tickP95Ms: round(quantile(tickRuns.times, 0.95)),
    tickCpuP50Ms: round(quantile(tickRuns.cpu, 0.5)),
    bytesPerTick: Math.round(
      tickRuns.bytes.reduce((a, b) => a + b, 0) / Math.max(1, tickRuns.bytes.length),
    ),
  };
}

const scale = SCALE_SIZES[process.argv[2]];
const sim = scale === null ? createSim({ seed: 1, start: 'lab' }) : createSim({ seed: 1, scale });
const result = await bareInk(sim, Number(process.argv[3] ?? 60), Number(process.argv[4] ?? 40));
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
