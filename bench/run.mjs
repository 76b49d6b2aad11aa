// `npm run bench`: every action a user can take, timed key-to-frame at four scales, beside
// a bare Ink app of the same size in the same run, plus a real-terminal (node-pty) run at
// L with idle CPU beside htop's. Each part runs in its own process. Figures go to
// bench/results.json; the table and the target lines (PASS/FAIL) to the terminal.
//   npm run bench                      (all scales; BENCH_REPS=n repetitions, default 20)
//   BENCH_SCALES=S,M npm run bench     (some scales only)
//   BENCH_FROM_PACK=1 npm run bench    (against the package installed from `npm pack`)
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installFromPack } from './pack.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const here = (file) => fileURLToPath(new URL(file, import.meta.url));
if (process.env.BENCH_FROM_PACK === '1') {
  // The same bench, run from inside the package installed from its tarball (pack.mjs).
  const installed = installFromPack(root);
  process.stderr.write(`bench: installed from npm pack at ${installed}\n`);
  const run = spawnSync(process.execPath, ['--expose-gc', join(installed, 'bench', 'run.mjs')], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_FROM_PACK: '', BENCH_RESULTS: here('results-pack.json') },
  });
  process.exit(run.status ?? 1);
}
// As the CLI runs the dashboard: React's production build, a 256-colour terminal.
const env = { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '2' };
delete env.CI;
// 20: a p95 of 5 repetitions is the slowest of the five, so one first-time compile or one
// slow second of this machine decided it; of 20 it is between the 19th and the 20th.
const REPS = Number(process.env.BENCH_REPS ?? 20);
const SCALES = (process.env.BENCH_SCALES ?? 'S,M,L,XL').split(',');
const PTY = { L: [10000, 500] };
const log = (text) => process.stdout.write(`${text}\n`);
/** The console commands that print a row per process: ≤ 150 ms at L. */
const PRINTS_EVERY_ROW = [
  'Get-Process (table, every row)',
  'Get-Process | Format-Table',
  'Get-Process | Format-List',
];

function child(args, what) {
  const run = spawnSync(process.execPath, args, {
    cwd: root,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (run.status !== 0) throw new Error(`${what} failed (${run.status}):\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1));
}

const loadBefore = os.loadavg();
const scales = {};
for (const scale of SCALES) {
  process.stderr.write(`bench: scale ${scale}…\n`);
  scales[scale] = child(['--expose-gc', here('actions.mjs'), scale, String(REPS)], scale);
}
const demoStep = child([here('demo-step.mjs'), String(Math.max(5, REPS * 2))], 'demo step');
const pty = SCALES.includes('L') ? child([here('pty.mjs'), ...PTY.L.map(String)], 'pty L') : null;

const fmt = (n) => (n === null || n === undefined ? '—' : String(n));
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(1)}×` : '—');
/** The key-action bound per scale (ms, p95): one 60 Hz frame at L, two at XL. */
const BOUND = { L: 16, XL: 33 };
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
log(
  `\nisolab bench (${root.includes('node_modules') ? `installed from npm pack: ${root}` : 'the checkout'}) — Node ${process.version}, ${os.cpus().length} cores, load ${loadBefore.map((l) => l.toFixed(1)).join(' ')} at start`,
);
log('Wall times are key → frame on the terminal; "cpu" is this thread\'s CPU time over the');
log('same span (process.threadCpuUsage), which other jobs on a busy machine barely move.');
log(
  `\n${'scale'.padEnd(6)}${'procs'.padStart(7)}${'ctrs'.padStart(6)}  sim-create ms (cpu)  first frame ms (bare) ratio · cpu (bare) ratio  tick p50/p95 (bare p95) · cpu p50 (bare) · default-screen cpu  bytes/tick (min, bare)  heap MB`,
);
for (const [name, r] of Object.entries(scales)) {
  const b = r.bare;
  log(
    `${name.padEnd(6)}${String(r.hostProcesses).padStart(7)}${String(r.containers).padStart(6)}  ${`${fmt(r.simCreateMs)} (${fmt(r.simCreateCpuMs)})`.padStart(19)}  ${fmt(r.firstFrameMs)} (${fmt(b.firstFrameMs)}) ${ratio(r.firstFrameMs, b.firstFrameMs)} · ${fmt(r.firstFrameCpuMs)} (${fmt(b.firstFrameCpuMs)}) ${ratio(r.firstFrameCpuMs, b.firstFrameCpuMs)}  ${fmt(r.tickP50Ms)}/${fmt(r.tickP95Ms)} (${fmt(b.tickP95Ms)}) · ${fmt(r.tickCpuP50Ms)} (${fmt(b.tickCpuP50Ms)}) · ${fmt(r.quietTickCpuP50Ms)}  ${r.bytesPerTick} (${r.minimalBytesPerTick}, ${b.bytesPerTick})  ${r.heapMb}`,
  );
}
log(
  `\naction: p95 ms key → frame / cpu p50 ms; at L the target is p95 ≤ ${BOUND.L} ms, at XL ≤ ${BOUND.XL} ms`,
);
const names = Object.keys(Object.values(scales)[0].actions);
log(
  `${'action'.padEnd(24)}${SCALES.map((s) => `${s}${BOUND[s] ? ` (≤ ${BOUND[s]})` : ''}`.padStart(22)).join('')}`,
);
for (const n of names) {
  log(
    `${n.padEnd(24)}${SCALES.map((s) => {
      const a = scales[s].actions[n];
      const mark = BOUND[s] ? ` ${verdict(a.p95 !== null && a.p95 <= BOUND[s])}` : '';
      return `${fmt(a.p95)} / ${fmt(a.cpuP50)}${mark}`.padStart(22);
    }).join('')}`,
  );
}
// The same timing of the bare app's ↓/↑ (one row's inverse bar moves; Ink redraws the
// whole frame): what a key costs any app on Ink as published at this size, on this machine.
log(
  `${'bare Ink app: ↓/↑'.padEnd(24)}${SCALES.map((s) => `${fmt(scales[s].bare.keyP95Ms)} / ${fmt(scales[s].bare.keyCpuP50Ms)}`.padStart(22)).join('')}`,
);
log('\nconsole commands, Enter → frame: p50 / max ms / cpu max; at L the target is max ≤ 150 ms');
for (const n of Object.keys(Object.values(scales)[0].commands))
  log(
    `${n.padEnd(62)}${SCALES.map((s) => {
      const c = scales[s].commands[n];
      const mark =
        s === 'L' && PRINTS_EVERY_ROW.includes(n)
          ? ` ${verdict(c.max !== null && c.max <= 150)}`
          : '';
      return `${fmt(c.p50)}/${fmt(c.max)}/${fmt(c.cpuMax)}${mark}`.padStart(24);
    }).join('')}`,
  );
log(
  `demo step (\`isolab demo isolation --step\`, \`.\`, the lab): p50 ${demoStep.p50} ms, p95 ${demoStep.p95} ms`,
);
if (pty) {
  log(
    `\nreal terminal (node-pty, 120×40) at ${pty.processes}/${pty.containers}: first frame from spawn ${pty.firstFrameMs} ms; keys p50/p95 ${Object.entries(
      pty.keys,
    )
      .map(([k, v]) => `${k} ${v.p50}/${v.p95}`)
      .join(', ')}`,
  );
  log(
    `idle (CPU time from /proc/<pid>/stat over the same wall time): isolab ${pty.idle.cpuPercent}% CPU, ${pty.idle.bytesPerSecond} B/s; htop ${pty.htopIdle.cpuPercent}% CPU, ${pty.htopIdle.bytesPerSecond} B/s`,
  );
}

const targets = [];
const target = (what, ok) => targets.push({ what, pass: Boolean(ok) });
for (const [s, bound] of Object.entries(BOUND)) {
  if (!scales[s]) continue;
  const over = Object.entries(scales[s].actions).filter(([, a]) => a.p95 === null || a.p95 > bound);
  target(
    `every key action at ${s} p95 ≤ ${bound} ms (the bare Ink app's ↓/↑: ${fmt(scales[s].bare.keyP95Ms)})${over.length ? ` (over: ${over.map(([n, a]) => `${n} ${fmt(a.p95)}`).join(', ')})` : ''}`,
    over.length === 0,
  );
}
if (scales.L) {
  for (const n of PRINTS_EVERY_ROW)
    target(
      `console ${n} at L (10k rows) ≤ 150 ms: ${fmt(scales.L.commands[n].max)}`,
      scales.L.commands[n].max !== null && scales.L.commands[n].max <= 150,
    );
}
for (const [s, r] of Object.entries(scales)) {
  target(
    `first frame at ${s} ≤ 2× the bare Ink app's: ${r.firstFrameMs} vs ${r.bare.firstFrameMs} ms`,
    r.firstFrameMs <= 2 * r.bare.firstFrameMs,
  );
  target(
    `bytes per tick at ${s} ≤ 1.5× the changed-cells minimum: ${r.bytesPerTick} vs ${r.minimalBytesPerTick}`,
    r.bytesPerTick <= 1.5 * r.minimalBytesPerTick,
  );
}
if (pty)
  target(
    `idle CPU at L ≤ htop's: ${pty.idle.cpuPercent}% vs ${pty.htopIdle.cpuPercent}%`,
    pty.idle.cpuPercent <= pty.htopIdle.cpuPercent,
  );
log('\ntargets');
for (const t of targets) log(`${t.pass ? 'PASS' : 'FAIL'}  ${t.what}`);
writeFileSync(
  process.env.BENCH_RESULTS || here('results.json'),
  `${JSON.stringify({ node: process.version, cores: os.cpus().length, loadBefore, reps: REPS, scales, demoStep, pty, targets }, null, 2)}\n`,
);
