// Compares bench results before and after a change (not part of `npm run bench`):
//   node bench/compare.mjs BEFORE.json AFTER.json [AFTER_AGAIN.json]
//   node bench/compare.mjs --before B1.json B2.json … --after A1.json A2.json …
// Every figure of both files (first frame, ticks, each action's p50, p95 and CPU p50, the
// console commands, the real-terminal figures) where the later one is larger. With a second
// run of the same code, a figure counts as worse only when both runs are worse: one run's
// p95 of 15 repetitions moves by a collector pause, and the second run shows how many
// figures "get worse" by that alone (the run against itself).
// With several runs of each side (best run in turns: before, after, before, after — a
// machine's speed drifts by a third over half an hour), a figure is worse when every after
// run is above every before run by more than the before runs differ among themselves and by
// more than NOISE_MS and NOISE_RATIO; "better" the same the other way. Two against two, an
// unchanged figure lands above on pure chance one time in six, so the margin is what counts.
// Run the same bench/ on both sides: copy this folder into a worktree of the older commit.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const grouped = args[0] === '--before';

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

/** Margins a difference must pass to count: both, and the before runs' own spread. */
const NOISE_MS = 1;
const NOISE_RATIO = 1.2;

/** The middle value (the lower one of an even count). */
const median = (values) => [...values].sort((x, y) => x - y)[Math.floor((values.length - 1) / 2)];

function compareGroups(before, after) {
  const b = before.map(figures);
  const a = after.map(figures);
  const names = [...b[0].keys()].filter((n) => [...a, ...b].every((f) => f.has(n)));
  const outside = (low, high, spread) =>
    low > high + Math.max(spread, NOISE_MS) && low > high * NOISE_RATIO;
  const worse = [];
  const better = [];
  const ratios = [];
  for (const n of names) {
    const bv = b.map((f) => f.get(n));
    const av = a.map((f) => f.get(n));
    const spread = Math.max(...bv) - Math.min(...bv);
    if (outside(Math.min(...av), Math.max(...bv), spread)) worse.push([n, bv, av]);
    if (outside(Math.min(...bv), Math.max(...av), spread)) better.push([n, bv, av]);
    if (median(bv) > 0) ratios.push(median(av) / median(bv));
  }
  ratios.sort((x, y) => x - y);
  const q = (p) => ratios[Math.floor(p * (ratios.length - 1))].toFixed(2);
  console.log(
    `${names.length} figures, ${before.length} before and ${after.length} after runs; after/before (medians of runs): quartiles ${q(0.25)} ${q(0.5)} ${q(0.75)}`,
  );
  const show = (title, list) => {
    console.log(`${title}: ${list.length}`);
    for (const [n, bv, av] of list) console.log(`  ${n}: ${bv.join(', ')} → ${av.join(', ')}`);
  };
  show(
    `worse beyond noise (every after run > every before run + max(their spread, ${NOISE_MS}), and × ${NOISE_RATIO})`,
    worse,
  );
  show('better beyond noise (the same, the other way)', better);
}

if (grouped) {
  const at = args.indexOf('--after');
  if (at < 2 || at === args.length - 1)
    throw new Error('usage: compare.mjs --before B1.json [B2.json…] --after A1.json [A2.json…]');
  compareGroups(args.slice(1, at).map(read), args.slice(at + 1).map(read));
} else {
  const [beforePath, afterPath, againPath] = args;
  if (!afterPath) throw new Error('usage: compare.mjs BEFORE.json AFTER.json [AFTER_AGAIN.json]');
  const all = [beforePath, afterPath, againPath].filter(Boolean).map(read).map(figures);
  const names = [...all[0].keys()].filter((n) => all.every((f) => f.has(n)));
  const worse = names.filter((n) => all.slice(1).every((f) => f.get(n) > all[0].get(n)));
  const noise = againPath ? names.filter((n) => all[2].get(n) > all[1].get(n)).length : null;
  console.log(
    `${names.length} figures; worse ${againPath ? 'in both later runs' : 'in the later run'}: ${worse.length}` +
      (noise === null ? '' : `; the later run against itself: ${noise} "worse"`),
  );
  for (const n of worse) console.log(`  ${n}: ${all.map((f) => f.get(n)).join(' → ')}`);
}
