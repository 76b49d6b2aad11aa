// `npm run bench`: the dashboard's performance, measured against the naive way and
// against the minimum (issue #5). Each part runs in its own process; the figures go to
// bench/results.json and bench/RESULTS.md, and a table to the terminal.
//   npm run bench        (builds first; about 5 minutes on a 2-core machine)
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { quantile, round } from './fake-terminal.mjs';
import { stockInk } from './stock-ink.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const here = (file) => fileURLToPath(new URL(file, import.meta.url));
// As the CLI runs the dashboard (src/cli/screen-commands.ts): React's production build;
// and as a 256-colour terminal shows it (the parts' stdout is a pipe, where chalk, under
// Ink, would otherwise drop every colour and make each frame cheaper than a user's).
const env = { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '2' };
delete env.CI;

function child(args, what, extraEnv = {}) {
  const run = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (run.status !== 0) throw new Error(`${what} failed (${run.status}):\n${run.stderr}`);
  const line = run.stdout.trim().split('\n').at(-1);
  return JSON.parse(line);
}

/** Wall time of a whole process, in ms. */
function timed(args, options = {}) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, {
    cwd: root,
    env: process.env,
    stdio: 'ignore',
    ...options,
  });
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const log = (text) => process.stderr.write(`${text}\n`);
const loadBefore = os.loadavg();

log('startup: isolab run -c Get-Container vs importing ink and react (7 each, interleaved)');
const runTimes = [];
const inkTimes = [];
for (let i = 0; i < 7; i++) {
  runTimes.push(timed(['bin/isolab.js', 'run', '-c', 'Get-Container']));
  inkTimes.push(
    timed(['--input-type=module', '-e', "await import('ink'); await import('react');"]),
  );
}
const firstFrames = [];
for (let i = 0; i < 5; i++) firstFrames.push(child([here('first-frame.mjs')], 'first frame'));
const startup = {
  runMs: round(quantile(runTimes, 0.5), 1),
  inkImportMs: round(quantile(inkTimes, 0.5), 1),
  firstFrameMs: round(
    quantile(
      firstFrames.map((f) => f.firstFrameMs),
      0.5,
    ),
    1,
  ),
  firstFrameFromProcessStartMs: round(
    quantile(
      firstFrames.map((f) => f.fromProcessStartMs),
      0.5,
    ),
    1,
  ),
};

const inkPatched = readFileSync(
  new URL('../node_modules/ink/build/output.js', import.meta.url),
  'utf8',
).includes('isolab patch');
if (!inkPatched) log('warning: Ink is not patched (run `npm ci`): the figures are stock Ink’s');

log("Ink's own cost per frame at 120×40 (a trivial app, every line changing)");
const inkFloor = child([here('ink-floor.mjs')], 'ink floor');

const scales = {};
for (const scale of ['S', 'M', 'L']) {
  log(`scale ${scale}: 200 updates, 200 keys, then the naive dashboard`);
  scales[scale] = child(['--expose-gc', here('scale.mjs'), scale], `scale ${scale}`);
}

log('scale L again with Ink as published (patches/ink+6.8.0.patch reversed), as the baseline');
const stock = stockInk();
let stockL;
try {
  stockL = child([here('stock-ink-scale.mjs'), 'L'], 'scale L, stock Ink', {
    ISOLAB_STOCK_INK: stock.dir,
    BENCH_NAIVE: '0',
  });
} finally {
  stock.remove();
}

log('memory: 10,000 ticks with the dashboard mounted');
const memory = child(['--expose-gc', here('memory.mjs')], 'memory');

const cpus = os.cpus();
const results = {
  machine: `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}; load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} at start, ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} at end`,
  node: process.version,
  date: new Date().toISOString(),
  scales,
  startup,
  memory: { rss100: memory.rss100, rss10000: memory.rss10000 },
  context: {
    inkPatched,
    stockInkL: {
      updateP50Ms: stockL.updateP50Ms,
      updateP95Ms: stockL.updateP95Ms,
      keyP50Ms: stockL.keyP50Ms,
      keyP95Ms: stockL.keyP95Ms,
      bytesPerTick: stockL.bytesPerTick,
    },
    inkFloor,
    memoryRun: {
      ticks: memory.ticks,
      events: memory.events,
      consoleLines: memory.consoleLines,
      history: memory.history,
    },
    note: 'update = UI store change → frame written (the sim tick before it is simTickP50Ms; tickToFrame includes it). Bytes per tick are what the terminal received; minimal = the bytes of the lines that changed; ink = what Ink would have written without the line diff.',
  },
};

// Targets (issue #5): in the benchmark, never in timed tests.
const L = scales.L;
const M = scales.M;
const targets = [
  ['L updateP95Ms ≤ 16', L.updateP95Ms <= 16, `${L.updateP95Ms} ms`],
  ['L keyP95Ms ≤ 16', L.keyP95Ms <= 16, `${L.keyP95Ms} ms`],
  [
    'M naive ÷ ours ≥ 20×',
    M.naiveUpdateP50Ms / M.updateP50Ms >= 20,
    `${(M.naiveUpdateP50Ms / M.updateP50Ms).toFixed(1)}×`,
  ],
  ...Object.entries(scales).map(([name, s]) => [
    `${name} bytesPerTick ≤ 1.5 × minimal`,
    s.bytesPerTick <= 1.5 * s.minimalBytesPerTick,
    `${(s.bytesPerTick / s.minimalBytesPerTick).toFixed(2)}×`,
  ]),
  [
    'rss10000 ≤ 1.10 × rss100',
    memory.rss10000 <= 1.1 * memory.rss100,
    `${(memory.rss10000 / memory.rss100).toFixed(3)}×`,
  ],
  [
    'runMs ≤ 2 × inkImportMs',
    startup.runMs <= 2 * startup.inkImportMs,
    `${(startup.runMs / startup.inkImportMs).toFixed(2)}×`,
  ],
];
results.targets = Object.fromEntries(targets.map(([name, met, value]) => [name, { met, value }]));

const pad = (s, n) => String(s).padStart(n);
const table = [
  'scale  host procs  ctrs  update p50  update p95  key p95  bytes/tick  minimal  ink bytes  naive p50  naive÷ours',
  ...Object.entries(scales).map(([name, s]) =>
    [
      name.padEnd(5),
      pad(s.hostProcesses, 10),
      pad(s.containers, 5),
      pad(`${s.updateP50Ms} ms`, 11),
      pad(`${s.updateP95Ms} ms`, 11),
      pad(`${s.keyP95Ms} ms`, 8),
      pad(s.bytesPerTick, 11),
      pad(s.minimalBytesPerTick, 8),
      pad(s.inkBytesPerTick, 10),
      pad(`${s.naiveUpdateP50Ms} ms`, 10),
      pad(`${(s.naiveUpdateP50Ms / s.updateP50Ms).toFixed(0)}× (${s.naiveUpdates})`, 11),
    ].join(' '),
  ),
];
const summary = [
  ...table,
  '',
  `sim tick before the update (p50): S ${scales.S.simTickP50Ms} ms, M ${M.simTickP50Ms} ms, L ${L.simTickP50Ms} ms; tick → frame p95: L ${L.tickToFrameP95Ms} ms`,
  `L with Ink as published (the patch reversed): update p50 ${stockL.updateP50Ms} ms, p95 ${stockL.updateP95Ms} ms, key p95 ${stockL.keyP95Ms} ms; patched ÷ published p50: ${(stockL.updateP50Ms / L.updateP50Ms).toFixed(1)}× faster`,
  `Ink alone, a trivial 120×40 app whose every line changes on every update: p50 ${inkFloor.updateP50Ms} ms, p95 ${inkFloor.updateP95Ms} ms (render p50 ${inkFloor.inkRenderP50Ms} ms)${inkPatched ? '' : ' — Ink NOT patched'}`,
  `startup: run ${startup.runMs} ms, ink+react import ${startup.inkImportMs} ms, first frame ${startup.firstFrameMs} ms after runDashboard (${startup.firstFrameFromProcessStartMs} ms after process start)`,
  `memory: RSS ${(memory.rss100 / 2 ** 20).toFixed(1)} MiB after 100 ticks, ${(memory.rss10000 / 2 ** 20).toFixed(1)} MiB after ${memory.ticks}`,
  '',
  ...targets.map(([name, met, value]) => `${met ? 'met    ' : 'NOT MET'}  ${name}: ${value}`),
];
process.stdout.write(`${summary.join('\n')}\n`);
writeFileSync(here('results.json'), `${JSON.stringify(results, null, 2)}\n`);

function notMet({ scales: { L }, context: { inkPatched } }) {
  if (L.updateP95Ms <= 16 && L.keyP95Ms <= 16) return '';
  return `
The 16 ms targets at L are not met in this run${inkPatched ? '' : ' (Ink was not patched: run `npm ci`)'}; the p95 figures
move with the machine's load (the load averages above).
`;
}

const md = `# Benchmark results

The latest \`npm run bench\` (bench/run.mjs; figures also in \`results.json\`).

- Machine: ${results.machine}
- Node: ${results.node}; run ${results.date}
- Reproduce: \`npm ci && npm run bench\` (builds, then about 5 minutes; the dashboard on a
  fake 120×40 terminal, React's production build as the CLI runs it)
- The machine is shared: the p95 figures move with its load (the load averages above),
  by several milliseconds between runs; the ratios hardly at all.

\`\`\`
${summary.join('\n')}
\`\`\`

What the columns mean:

- **update**: a clock tick's UI store change → the frame written to the terminal (200 ticks,
  45 ms apart so that Ink's 30 fps throttle queues none). The simulation's tick itself
  comes before the store change (\`simTickP50Ms\`; \`tickToFrame*\` in results.json include it).
- **key**: a key press (↓ or ↑ in the Host processes pane) written to stdin → its frame.
- **bytes/tick**: what the terminal received per tick; **minimal**: the bytes of the lines
  that changed between consecutive frames; **ink bytes**: what Ink's own erase-and-rewrite
  would have sent.
- **naive**: the same ticks rendered by bench/naive-dashboard.mjs (every row, ink-table for
  the lists and the containers, nothing memoised); the number of naive updates measured is
  in brackets (fewer where one takes seconds).
- **Ink alone**: Ink drawing a trivial full 120×40 screen of text whose every line changes
  on every update: what a frame costs when nothing can be reused.
- **Ink as published**: the same L updates and keys with Ink's output pass as released
  (patches/ink+6.8.0.patch reversed in a temporary copy), in the same run.

Where an update's time went at L before the patch (profiled, \`node --cpu-prof\`): about
85 % was Ink turning the tree into lines: \`Output.get\` tokenising every character of the
120×40 screen into an object and diffing the styles of every two neighbouring cells, and
every text node's width measured with a grapheme segmenter — on every frame, whatever
changed. The patch (patches/README.md) keeps what it learns of a line across frames and
reuses the string of a row whose cells did not change, with the same output as Ink's.
Everything of ours on the path is proportional to what is visible: a tick rebuilds no
list (the lists key on who runs where, not on the counters), the rows read their counters
for the visible window only, and the summary, the column plans and the containers table
are memoised on what they show.
${notMet(results)}
`;
writeFileSync(here('RESULTS.md'), md);
log('wrote bench/results.json and bench/RESULTS.md');
