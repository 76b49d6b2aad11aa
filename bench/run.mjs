// `npm run bench`: every action a user can take, timed key-to-frame at four scales, beside
// a bare Ink app of the same size in the same run, plus a real-terminal (node-pty) run at
// L with idle CPU beside htop's. Each part runs in its own process. Figures go to
// bench/results.json; the table and the target lines (PASS/FAIL) to the terminal.
//   npm run bench                      (all scales; BENCH_REPS=n repetitions, default 5)
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
const REPS = Number(process.env.BENCH_REPS ?? 5);
const SCALES = (process.env.BENCH_SCALES ?? 'S,M,L,XL').split(',');
const PTY = { L: [10000, 500] };
const log = (text) => process.stdout.write(`${text}\n`);

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
log(
  `\nisolab bench (${root.includes('node_modules') ? `installed from npm pack: ${root}` : 'the checkout'}) — Node ${process.version}, ${os.cpus().length} cores, load ${loadBefore.map((l) => l.toFixed(1)).join(' ')} at start`,
);
log(
  `${'scale'.padEnd(6)}${'procs'.padStart(7)}${'ctrs'.padStart(6)} sim-create first-frame (bare) ratio  tick p50/p95 (bare p95)  bytes/tick (min, bare)  heap MB`,
);
for (const [name, r] of Object.entries(scales)) {
  log(
    `${name.padEnd(6)}${String(r.hostProcesses).padStart(7)}${String(r.containers).padStart(6)} ${fmt(r.simCreateMs).padStart(10)} ${fmt(r.firstFrameMs).padStart(11)} (${fmt(r.bare.firstFrameMs)}) ${(r.firstFrameMs / r.bare.firstFrameMs).toFixed(1)}×  ${fmt(r.tickP50Ms)}/${fmt(r.tickP95Ms)} (${fmt(r.bare.tickP95Ms)}) ${(r.tickP95Ms / r.bare.tickP95Ms).toFixed(1)}×  ${r.bytesPerTick} (${r.minimalBytesPerTick}, ${r.bare.bytesPerTick})  ${r.heapMb}`,
  );
}
log('\naction p95 ms (key → frame), per scale; ratio to the bare app’s tick p95 at that scale');
const names = Object.keys(Object.values(scales)[0].actions);
log(`${'action'.padEnd(34)}${SCALES.map((s) => s.padStart(16)).join('')}`);
for (const n of [...names, 'zoom']) {
  if (n === 'zoom') {
    log(`${'zoom'.padEnd(34)}  skipped: no zoom key is bound yet`);
    continue;
  }
  log(
    `${n.padEnd(34)}${SCALES.map((s) => {
      const a = scales[s].actions[n];
      return `${fmt(a.p95)} (${a.p95 === null ? '—' : (a.p95 / scales[s].bare.tickP95Ms).toFixed(1)}×)`.padStart(
        16,
      );
    }).join('')}`,
  );
}
log('\nconsole commands, Enter → frame, p50 / max ms');
for (const n of Object.keys(Object.values(scales)[0].commands))
  log(
    `${n.padEnd(62)}${SCALES.map((s) => `${fmt(scales[s].commands[n].p50)}/${fmt(scales[s].commands[n].max)}`.padStart(16)).join('')}`,
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
for (const [s, bound] of [
  ['L', 16],
  ['XL', 33],
]) {
  if (!scales[s]) continue;
  const over = Object.entries(scales[s].actions).filter(([, a]) => a.p95 === null || a.p95 > bound);
  target(
    `every key action at ${s} p95 ≤ ${bound} ms${over.length ? ` (over: ${over.map(([n, a]) => `${n} ${fmt(a.p95)}`).join(', ')})` : ''}`,
    over.length === 0,
  );
}
if (scales.L) {
  for (const n of ['Get-Process (table, every row)', 'Get-Process | Format-List'])
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
