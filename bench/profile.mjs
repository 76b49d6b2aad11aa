// Where an action's time goes, for a developer (not part of `npm run bench`):
//   node [--cpu-prof] bench/profile.mjs S|M|L|XL [reps] [action…]
// Drives the dashboard as actions.mjs does and prints, per action, the median and max of
// this thread's CPU time (process.threadCpuUsage) from the input to its frame — a figure
// other processes on the machine barely move, unlike wall time.
//   PROFILE_OUT=f.cpuprofile  also writes a V8 CPU profile of the actions alone (from after
//   the first frame to the end), for Chrome DevTools or any .cpuprofile reader.
// Run it as the CLI runs: NODE_ENV=production (React's production build).
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { TICK_MS } from '../dist/sim/index.js';
import { openDashboard, simOfScale } from './dashboard.mjs';
import { quantile, round, sleep, threadCpuMs } from './fake-terminal.mjs';

const [name = 'L', repsArg = '5', ...only] = process.argv.slice(2);
const REPS = Number(repsArg);
const cpuMs = threadCpuMs;
const c0 = cpuMs();
const sim = simOfScale(name);
const simCpu = cpuMs() - c0;
const f0 = cpuMs();
// As actions.mjs: t's work in one frame, not the beats between its steps.
const { term, stdin, clock, done, store } = openDashboard({ sim });
while (!term.writes.some(([, , t]) => t.includes('\x1b[?2026l'))) await sleep(1);
const firstCpu = cpuMs() - f0;
const inspector = process.env.PROFILE_OUT ? new Session() : null;
if (inspector) {
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.setSamplingInterval', { interval: 200 });
  await inspector.post('Profiler.start');
}
const ESU = '\x1b[?2026l';
async function one(act) {
  await sleep(40);
  const start = performance.now();
  const c = cpuMs();
  act();
  for (;;) {
    if (term.writes.some(([t, , x]) => t >= start && x.includes(ESU))) break;
    if (performance.now() - start > 10000) return null;
    await term.nextWrite(10000);
  }
  const cpu = cpuMs() - c;
  await sleep(40);
  return cpu;
}
const key = (d) => () => stdin.write(d);
const resize = (c) => () => {
  term.columns = c;
  term.emit('resize');
};
const ACTIONS = [
  ['tick', () => clock.advance(TICK_MS)],
  ['1', key('1')],
  ['j C', key('j')],
  ['k C', key('k')],
  ['t', key('t')],
  ['t back', key('t')],
  ['s', key('s')],
  ['s back', key('s')],
  ['Enter', key('\r')],
  ['x', key('x')],
  ['o', key('o')],
  ['c', key('c')],
  ['c off', key('c')],
  ['n', key('n')],
  ['Esc form', key('\x1b')],
  ['d', key('d')],
  ['Esc no', key('\x1b')],
  ['?', key('?')],
  ['j help', key('j')],
  ['Esc help', key('\x1b')],
  ['2', key('2')],
  ['j H', key('j')],
  ['k H', key('k')],
  ['Tab', key('\t')],
  ['S-Tab', key('\x1b[Z')],
  ['/', key('/')],
  ['char', key('c')],
  ['Esc filter', key('\x1b')],
  ['3', key('3')],
  ['j S', key('j')],
  ['resize 100', resize(100)],
  ['resize 120', resize(120)],
];
const chosen = only.length ? ACTIONS.filter(([n]) => only.includes(n)) : ACTIONS;
const times = new Map(chosen.map(([n]) => [n, []]));
await one(key('3'));
for (let r = 0; r < REPS; r++)
  for (const [n, act] of chosen) {
    const t = await one(act);
    if (t !== null) times.get(n).push(t);
  }
async function command(text) {
  await one(key(':'));
  stdin.write(text);
  await sleep(100);
  const t = await one(key('\r'));
  await one(key('\x1b'));
  return t;
}
const cmds = {};
for (const text of ['Get-Process', 'Get-Process | Format-List', 'Get-Process | Format-Table']) {
  if (only.length && !only.includes(text)) continue; // e.g. 'Get-Process | Format-List'
  const xs = [];
  for (let r = 0; r < Math.min(REPS, 3); r++) xs.push(await command(text));
  cmds[text] = xs.map((x) => round(x, 1));
}
if (inspector) {
  const { profile } = await inspector.post('Profiler.stop');
  writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
}
console.log(`${name}: sim create ${round(simCpu)} ms CPU, first frame ${round(firstCpu)} ms CPU`);
for (const [n, xs] of times)
  if (!only.length || only.includes(n))
    console.log(
      `${n.padEnd(12)} p50 ${round(quantile(xs, 0.5), 1)}  max ${round(Math.max(...xs), 1)}`,
    );
console.log(cmds);
store().getState().actions.quit(0);
await done;
process.exit(0);
