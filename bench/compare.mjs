// Compares bench results before and after a change (not part of `npm run bench`):
//   node bench/compare.mjs BEFORE.json AFTER.json [AFTER_AGAIN.json]
// Every figure of both files (first frame, ticks, each action's p50, p95 and CPU p50, the
// console commands, the real-terminal figures) where the later one is larger. With a second
// run of the same code, a figure counts as worse only when both runs are worse: one run's
// p95 of 15 repetitions moves by a collector pause, and the second run shows how many
// figures "get worse" by that alone (the run against itself).
// Run the same bench/ on both sides: copy this folder into a worktree of the older commit.
import { readFileSync } from 'node:fs';

const [beforePath, afterPath, againPath] = process.argv.slice(2);
if (!afterPath) throw new Error('usage: compare.mjs BEFORE.json AFTER.json [AFTER_AGAIN.json]');
const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const runs = [beforePath, afterPath, againPath].filter(Boolean).map(read);

/** name → the figure in each run, for the figures every run has. */
function figures(results) {
  const out = new Map();
  const put = (name, value) => typeof value === 'number' && out.set(name, value);
  for (const [scale, r] of Object.entries(results.scales ?? {})) {
    for (const k of ['firstFrameMs', 'firstFrameCpuMs', 'tickP50Ms', 'tickP95Ms'])
      put(`${scale} ${k}`, r[k]);
    for (const k of ['tickCpuP50Ms', 'quietTickCpuP50Ms', 'bytesPerTick', 'heapMb'])
      put(`${scale} ${k}`, r[k]);
    for (const [n, a] of Object.entries(r.actions ?? {}))
      for (const q of ['p50', 'p95', 'cpuP50']) put(`${scale} ${n} ${q}`, a[q]);
    for (const [n, c] of Object.entries(r.commands ?? {}))
      for (const q of ['p50', 'max', 'cpuMax']) put(`${scale} ${n} ${q}`, c[q]);
  }
  const pty = results.pty;
  if (pty) {
    put('real terminal first frame', pty.firstFrameMs);
    put('real terminal idle CPU %', pty.idle?.cpuPercent);
    for (const [n, k] of Object.entries(pty.keys ?? {}))
      for (const q of ['p50', 'p95']) put(`real terminal ${n} ${q}`, k[q]);
  }
  return out;
}

const all = runs.map(figures);
const names = [...all[0].keys()].filter((n) => all.every((f) => f.has(n)));
const worse = names.filter((n) => all.slice(1).every((f) => f.get(n) > all[0].get(n)));
const noise = againPath ? names.filter((n) => all[2].get(n) > all[1].get(n)).length : null;
console.log(
  `${names.length} figures; worse ${againPath ? 'in both later runs' : 'in the later run'}: ${worse.length}` +
    (noise === null ? '' : `; the later run against itself: ${noise} "worse"`),
);
for (const n of worse) console.log(`  ${n}: ${all.map((f) => f.get(n)).join(' → ')}`);
