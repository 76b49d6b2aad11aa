// The real-terminal part of `npm run bench`: bin/isolab.js in a pseudo-terminal (node-pty)
// at 120×40 on a big host — its first frame, a few keys, and its idle CPU beside htop's,
// both read from /proc/<pid>/stat over the same wall time: htop runs beside isolab in a
// terminal of its own, so both windows see the same machine (this one's speed changes for
// seconds at a time; a window after the other's could read a slower or faster machine).
//   node bench/pty.mjs PROCESSES CONTAINERS  →  one JSON object on stdout.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import pty from 'node-pty';
import { TOGGLE_STEP_MS } from '../dist/ui/actions/toggle-animation.js';
import { quantile, round, sleep } from './fake-terminal.mjs';

const BIN = fileURLToPath(new URL('../bin/isolab.js', import.meta.url));
const [processes, containers] = process.argv.slice(2).map(Number);
// Two minutes: CPU time comes in 10 ms clock ticks, and some 30–40 s after its last key
// isolab's V8 makes one full collection to give start-up memory back (its memory reducer,
// ~60 ms of CPU over all its threads, measured with --trace-gc); a one-minute window read
// that once-only collection as most of a minute's idle cost. It is counted, over two.
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 120_000);
const SETTLE_MS = 7000;
const env = { ...process.env, TERM: 'xterm-256color', NODE_ENV: 'production' };
delete env.CI;

/** CPU seconds (user + system) of a process so far. */
const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

/** CPU % and bytes per second of each `[child, getBytes]`, over one window of IDLE_MS. */
async function idle(...watched) {
  const start = watched.map(([child, getBytes]) => [cpuSeconds(child.pid), getBytes()]);
  await sleep(IDLE_MS);
  return watched.map(([child, getBytes], i) => {
    const [cpu0, bytes0] = start[i];
    return {
      cpuPercent: round(((cpuSeconds(child.pid) - cpu0) / (IDLE_MS / 1000)) * 100, 2),
      bytesPerSecond: Math.round((getBytes() - bytes0) / (IDLE_MS / 1000)),
    };
  });
}

const spawn = (file, args) =>
  pty.spawn(file, args, { name: 'xterm-256color', cols: 120, rows: 40, env });

let bytes = 0;
let lastAt = 0;
const opened = performance.now();
const child = spawn(process.execPath, [
  BIN,
  '--processes',
  String(processes),
  '--containers',
  String(containers),
]);
let firstFrameAt = null;
child.onData((d) => {
  bytes += Buffer.byteLength(d);
  lastAt = performance.now();
  if (firstFrameAt === null && d.includes('\x1b[?2026h')) firstFrameAt = lastAt;
});
while (firstFrameAt === null && performance.now() - opened < 120_000) await sleep(5);
await sleep(2000);
const keyTimes = {};
for (const [name, data] of [
  ['2 then j Host', 'j'],
  ['t toggle runtime', 't'],
  ['Tab', '\t'],
]) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    // t plays its steps a beat apart (TOGGLE_STEP_MS): a press during them first finishes
    // the last press's steps, so each t waits for the last one's steps to be over.
    await sleep(name.startsWith('t') ? 300 + 3 * TOGGLE_STEP_MS : 300);
    const before = performance.now();
    lastAt = 0;
    child.write(name.startsWith('2') && i === 0 ? '2' : data);
    while (lastAt === 0 && performance.now() - before < 5000) await sleep(1);
    if (lastAt !== 0) runs.push(lastAt - before);
  }
  keyTimes[name] = { p50: round(quantile(runs, 0.5)), p95: round(quantile(runs, 0.95)) };
}
// Idle begins when the last key's effects are over, as htop's begins after its start-up:
// t's steps (3 × 450 ms), then its marks and its message line fade (4 s each). Measured
// from 300 ms after the key, the window held that work. htop starts meanwhile.
let htopBytes = 0;
const htop = spawn('htop', []);
htop.onData((d) => (htopBytes += Buffer.byteLength(d)));
await sleep(SETTLE_MS);
const [isolabIdle, htopIdle] = await idle([child, () => bytes], [htop, () => htopBytes]);
// Tab ×5 left the focus in the console, where q is a letter: Esc leaves it first.
child.write('\x1b');
htop.write('q');
await sleep(100);
child.write('q');
await sleep(500);
child.kill();
htop.kill();

process.stdout.write(
  `${JSON.stringify({
    processes,
    containers,
    firstFrameMs: firstFrameAt === null ? null : round(firstFrameAt - opened),
    keys: keyTimes,
    idle: isolabIdle,
    htopIdle,
  })}\n`,
);
process.exit(0);
