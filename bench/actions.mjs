// One scale of `npm run bench`, in its own process (a clean heap and JIT):
//   node --expose-gc bench/actions.mjs S|M|L|XL [reps]  →  one JSON object on stdout.
// The real dashboard (runDashboard, Ink 8 as published) on a fake 120×40 terminal, driven
// by its clock and its keyboard. Every time is from the input (a clock tick: the sim's
// tick included; a key; a resize) to the frame it caused reaching the terminal.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { TICK_MS } from '../dist/sim/index.js';
import { TOGGLE_STEP_MS } from '../dist/ui/actions/toggle-animation.js';
import { minimumBytes } from '../dist/ui/output/cell-cost.js';
import { FrameDiffer, parseFrameWrite } from '../dist/ui/output/frame-diff.js';
import { openDashboard, simOfScale } from './dashboard.mjs';
import { quantile, round, sleep, threadCpuMs } from './fake-terminal.mjs';
import { SCALE_SIZES } from './scales.mjs';

const BARE = fileURLToPath(new URL('./bare-ink.mjs', import.meta.url));
const name = process.argv[2];
if (!(name in SCALE_SIZES)) throw new Error('usage: actions.mjs S|M|L|XL [reps]');
const REPS = Number(process.argv[3] ?? 10);
// 200, as issue 16 measured: once in a run's first minute V8 grows its young generation
// and the next four ticks touch fresh pages (~1,200 page faults, 20 ms each; bench S,
// docs/ink-notes.md). Of 60 ticks that one-time event was the p95; of 200 it is 2 %.
const TICKS = Number(process.env.BENCH_TICKS ?? 200);
/** More than Ink's 33 ms throttle window, so no input waits in its queue. */
const GAP_MS = 45;
const KEY = {
  down: '\x1b[B',
  up: '\x1b[A',
  esc: '\x1b',
  tab: '\t',
  backtab: '\x1b[Z',
  pageDown: '\x1b[6~',
  pageUp: '\x1b[5~',
  end: '\x1b[F',
  home: '\x1b[H',
  f2: '\x1bOQ',
};

// Ink's frames as they reach the writer, for the cell minimum of each tick.
const inkFrames = [];
const transform = FrameDiffer.prototype.transform;
FrameDiffer.prototype.transform = function (chunk) {
  const frame = parseFrameWrite(chunk);
  if (frame !== null) inkFrames.push(frame.lines);
  return transform.call(this, chunk);
};

const simStart = performance.now();
const simCpu0 = threadCpuMs();
const sim = simOfScale(name);
const simCreateMs = performance.now() - simStart;
const simCreateCpuMs = threadCpuMs() - simCpu0;
const opened = performance.now();
const firstCpu0 = threadCpuMs();
// `t` as a user gets it: its first command now, the other three one per beat of the clock
// (TOGGLE_STEP_MS), each its own frame. The key is timed to its first frame, each later
// step from the clock's beat to its own frame: what the class sees, step by step.
const { term, stdin, clock, done, store } = openDashboard({ sim, stepwiseToggle: true });
// The first write is the alternate screen; the frame is the first synchronized update.
while (!term.writes.some(([, , t]) => t.includes('\x1b[?2026h'))) await sleep(1);
const firstFrameMs = term.writes.find(([, , t]) => t.includes('\x1b[?2026h'))[0] - opened;
const firstFrameCpuMs = threadCpuMs() - firstCpu0;

const ESU = '\x1b[?2026l';
const key = (data) => () => stdin.write(data);
/**
 * The time of the first write at or after `since` that ends a frame, or null. Only the
 * writes from `from` on are read (every later write is there): its first look runs inside
 * the timed window, and reading the run's thousands of earlier writes was ~0.2 ms of it.
 */
async function frameAfter(since, timeoutMs, from = 0) {
  for (let i = from; ;) {
    for (; i < term.writes.length; i++) {
      const [t, , text] = term.writes[i];
      if (t >= since && text.includes(ESU)) return t;
    }
    if (performance.now() - since > timeoutMs) return null;
    await term.nextWrite(timeoutMs);
  }
}

/** This thread's CPU time of the last timeOne (act to frame): what load barely moves. */
let lastCpu = null;

/**
 * Time from `act()` to the end of the frame it caused reaching the terminal, or null when
 * nothing is drawn within `timeoutMs`. Its CPU time is left in lastCpu.
 */
async function timeOne(act, timeoutMs = 5000) {
  await sleep(GAP_MS);
  const from = term.writes.length;
  const start = performance.now();
  const written = frameAfter(start, timeoutMs, from);
  const cpu0 = threadCpuMs();
  act();
  const at = await written;
  lastCpu = at === null ? null : threadCpuMs() - cpu0;
  await sleep(GAP_MS); // let a trailing throttled frame land before the next input
  return at === null ? null : at - start;
}

// Ticks on the default screen: at L and XL no counter is on it (the Host pane has room for
// Name, Id, SI and the tag), so a tick draws nothing; its cost is CPU time alone.
const quietTickCpu = [];
for (let i = 0; i < 20; i++) {
  await sleep(GAP_MS);
  const cpu0 = threadCpuMs();
  clock.advance(TICK_MS);
  await sleep(1);
  quietTickCpu.push(threadCpuMs() - cpu0);
}
// Ticks with counters on screen: the Host pane zoomed shows CPU(s) and WS(K) for every row,
// as the bare app's rows do. The sim's tick, one commit, the frame; bytes against the cell
// minimum.
await timeOne(key('2'));
await timeOne(key('z'));
for (let i = 0; i < 10; i++) await timeOne(() => clock.advance(TICK_MS));
const tick = [];
const tickCpu = [];
const bytes = [];
const minimal = [];
for (let i = 0; i < TICKS; i++) {
  const framesBefore = inkFrames.length;
  const since = performance.now();
  const t = await timeOne(() => clock.advance(TICK_MS));
  if (t === null) continue;
  tick.push(t);
  tickCpu.push(lastCpu);
  bytes.push(term.bytesSince(since));
  let min = 0;
  let before = inkFrames[framesBefore - 1];
  for (const f of inkFrames.slice(framesBefore)) {
    min += minimumBytes(before ?? [], f);
    before = f;
  }
  minimal.push(min);
}

await timeOne(key('z'));
/** The clock moved on by one of t's beats: its next step runs (and a tick, when one is due). */
const beat = () => clock.advance(TOGGLE_STEP_MS);
const resize = (columns) => () => {
  term.columns = columns;
  term.emit('resize');
};

// What each action must have done, checked on every repetition: a key that lands somewhere
// else (typed into the console, say) would be timed as a different, cheaper action. An
// earlier version of this sequence left the focus in the console after its first round, so
// from the second round on `t`, `s`, `o`… were timed as letters typed into the input line.
const ui = () => store().getState();
const model = () => sim.getState();
const picked = () => model().containers.find((c) => c.containerId === ui().selectedContainerId);
const overlayIs = (kind) => () => ui().overlay?.kind === kind;
const changed = (read) => (before) => read() !== before;
/** The runtime before a `t`, for its last beat's check. */
let runtimeBeforeT;
const readRuntime = () => (runtimeBeforeT = picked()?.runtimeType);
const toggled = () => ui().toggleSteps === null && picked()?.runtimeType !== runtimeBeforeT;
/** name → [read before the action, check after it given that reading]. */
const EXPECT = {
  '1 (Containers pane)': [null, () => ui().focus === 'containers'],
  'j Containers': [() => ui().selectedContainerId, changed(() => ui().selectedContainerId)],
  'k Containers': [() => ui().selectedContainerId, changed(() => ui().selectedContainerId)],
  // t's first frame shows its first step; the runtime has changed when its beats are over
  // (the loop below times them).
  't toggle runtime': [readRuntime, () => ui().toggleSteps !== null],
  't toggle back': [readRuntime, () => ui().toggleSteps !== null],
  's stop/start': [() => picked()?.state, changed(() => picked()?.state)],
  's start/stop back': [() => picked()?.state, changed(() => picked()?.state)],
  'Enter session': [null, () => model().entered?.containerId === ui().selectedContainerId],
  'x exit session': [null, () => model().entered === null],
  'o cycle sort': [
    () => `${ui().sort}${ui().sortReverse}`,
    changed(() => `${ui().sort}${ui().sortReverse}`),
  ],
  'c csrss-only': [null, () => ui().csrssOnly],
  'c csrss-only off': [null, () => !ui().csrssOnly],
  'n new-container form': [null, overlayIs('new-container')],
  'Esc cancel form': [null, () => ui().overlay === null],
  'd remove (confirm)': [null, overlayIs('confirm-remove')],
  'Esc no': [null, () => ui().overlay === null && picked() !== undefined],
  '? help': [null, overlayIs('help')],
  'j help': [null, overlayIs('help')],
  'k help': [null, overlayIs('help')],
  'Esc close help': [null, () => ui().overlay === null],
  '2 (Host pane)': [null, () => ui().focus === 'host'],
  'j Host': [() => ui().panes.host.cursor, changed(() => ui().panes.host.cursor)],
  'k Host': [() => ui().panes.host.cursor, changed(() => ui().panes.host.cursor)],
  'PgDn Host': [() => ui().panes.host.cursor, changed(() => ui().panes.host.cursor)],
  'PgUp Host': [() => ui().panes.host.cursor, changed(() => ui().panes.host.cursor)],
  'End Host': [() => ui().panes.host.cursor, changed(() => ui().panes.host.cursor)],
  'Home Host': [() => ui().panes.host.cursor, changed(() => ui().panes.host.cursor)],
  'z zoom': [null, () => ui().zoomed],
  'j zoomed': [() => ui().panes.host.cursor, changed(() => ui().panes.host.cursor)],
  'z unzoom': [null, () => !ui().zoomed],
  'm kernel map': [null, () => ui().kernelMap],
  'm map off': [null, () => !ui().kernelMap],
  '/ filter': [null, () => ui().filterEdit !== null],
  'filter char': [null, () => ui().filterEdit !== null && ui().panes.host.filter === 'c'],
  'Esc cancel filter': [null, () => ui().filterEdit === null && ui().panes.host.filter === ''],
  '3 (Session pane)': [null, () => ui().focus === 'session'],
  'j Session': [() => ui().panes.session.cursor, changed(() => ui().panes.session.cursor)],
  'k Session': [() => ui().panes.session.cursor, changed(() => ui().panes.session.cursor)],
  Tab: [null, () => ui().focus === 'session'],
  'Shift+Tab': [null, () => ui().focus === 'host'],
  '4 (Console)': [null, () => ui().focus === 'console'],
  'F2 zoom console': [null, () => ui().zoomed && ui().focus === 'console'],
  'F2 unzoom': [null, () => !ui().zoomed],
  'Esc leave console': [null, () => ui().focus !== 'console'],
  'resize 120→100': [null, () => ui().size.columns === 100],
  'resize 100→120': [null, () => ui().size.columns === 120],
};
/** Actions whose check failed, with the repetition: the run fails if there are any. */
const misfires = [];

/** [name, input] in an order that ends where it began, so it can be repeated. */
const ACTIONS = [
  ['1 (Containers pane)', key('1')],
  ['j Containers', key('j')],
  ['k Containers', key('k')],
  ['t toggle runtime', key('t')],
  ['t toggle back', key('t')],
  ['s stop/start', key('s')],
  ['s start/stop back', key('s')],
  ['Enter session', key('\r')],
  ['x exit session', key('x')],
  ['o cycle sort', key('o')],
  ['c csrss-only', key('c')],
  ['c csrss-only off', key('c')],
  ['n new-container form', key('n')],
  ['Esc cancel form', key(KEY.esc)],
  ['d remove (confirm)', key('d')],
  ['Esc no', key(KEY.esc)],
  ['? help', key('?')],
  ['j help', key('j')],
  ['k help', key('k')],
  ['Esc close help', key(KEY.esc)],
  ['2 (Host pane)', key('2')],
  ['j Host', key('j')],
  ['k Host', key('k')],
  ['PgDn Host', key(KEY.pageDown)],
  ['PgUp Host', key(KEY.pageUp)],
  ['End Host', key(KEY.end)],
  ['Home Host', key(KEY.home)],
  ['Tab', key(KEY.tab)],
  ['Shift+Tab', key(KEY.backtab)],
  ['z zoom', key('z')],
  ['j zoomed', key('j')],
  ['z unzoom', key('z')],
  ['m kernel map', key('m')],
  ['m map off', key('m')],
  ['/ filter', key('/')],
  ['filter char', key('c')],
  ['Esc cancel filter', key(KEY.esc)],
  ['3 (Session pane)', key('3')],
  ['j Session', key('j')],
  ['k Session', key('k')],
  ['4 (Console)', key('4')],
  ['F2 zoom console', key(KEY.f2)],
  ['F2 unzoom', key(KEY.f2)],
  ['Esc leave console', key(KEY.esc)],
  ['resize 120→100', resize(100)],
  ['resize 100→120', resize(120)],
];
for (const [n] of ACTIONS) if (!(n in EXPECT)) throw new Error(`no check for the action ${n}`);
/** t's later steps, each from its beat to its frame: a row of its own after t's. */
const T_BEAT = "t's next step (a beat)";
const times = new Map([...ACTIONS.map(([n]) => [n, []]), [T_BEAT, []]]);
const cpuTimes = new Map([...ACTIONS.map(([n]) => [n, []]), [T_BEAT, []]]);
/** Times t's beats until its steps are over (three or four: an entered session exits first). */
async function timeBeats() {
  for (let i = 0; i < 8 && ui().toggleSteps !== null; i++) {
    const t = await timeOne(beat);
    if (t !== null) times.get(T_BEAT).push(t);
    if (t !== null) cpuTimes.get(T_BEAT).push(lastCpu);
  }
  return toggled();
}
await timeOne(key('3')); // so that the first '1' moves the focus, as every later one does
for (let r = 0; r < REPS; r++)
  for (const [n, act] of ACTIONS) {
    const [read, check] = EXPECT[n];
    const before = read?.();
    const input = ui().console.input;
    const t = await timeOne(act);
    // No action of this list types into the console's line.
    if (!check(before) || ui().console.input !== input) misfires.push(`${n} (round ${r + 1})`);
    if (n.startsWith('t toggle') && !(await timeBeats()))
      misfires.push(`${n}'s steps (round ${r + 1})`);
    if (t !== null) times.get(n).push(t);
    if (t !== null) cpuTimes.get(n).push(lastCpu);
  }
if (misfires.length > 0)
  throw new Error(`these actions did not do what they are named for: ${misfires.join(', ')}`);

// Console commands: typed (not timed), then Enter timed to the frame showing the result.
async function command(text) {
  await timeOne(key(':'));
  stdin.write(text);
  await sleep(200);
  const t = await timeOne(key('\r'), 60_000);
  const cpu = lastCpu;
  await timeOne(key('\x1b'));
  return { t, cpu };
}
const COMMANDS = [
  [
    'New-Container (changes the model)',
    'New-Container -Name BENCH1 -ContainerImageName NanoServer',
  ],
  ['Remove-Container (changes the model)', 'Remove-Container -Name BENCH1 -Force'],
  ['Get-Process (table, every row)', 'Get-Process'],
  ['Get-Process | Format-Table', 'Get-Process | Format-Table'],
  ['Get-Process | Format-List', 'Get-Process | Format-List'],
  ['Get-Process | Format-Wide (not implemented: an error record)', 'Get-Process | Format-Wide'],
];
const commands = {};
for (const [n, text] of COMMANDS) {
  const runs = [];
  for (let r = 0; r < Math.min(REPS, 3); r++) runs.push(await command(text));
  commands[n] = runs;
}

/** The actions in their order, t's beats after t and t back. */
const inTableOrder = (rows) => {
  const beats = rows.filter(([n]) => n === T_BEAT);
  const rest = rows.filter(([n]) => n !== T_BEAT);
  const at = rest.findIndex(([n]) => n === 't toggle back') + 1;
  return [...rest.slice(0, at), ...beats, ...rest.slice(at)];
};
const q = (xs, p) =>
  round(
    quantile(
      xs.filter((x) => x !== null),
      p,
    ),
  );
globalThis.gc?.();
const heapMb = round(process.memoryUsage().heapUsed / 1e6, 1);
const rssMb = round(process.memoryUsage().rss / 1e6, 1);
store().getState().actions.quit(0);
await done;
// The baseline in a process of its own, as cold as the dashboard was.
const bareRun = spawnSync(process.execPath, [BARE, name, String(TICKS)], {
  encoding: 'utf8',
  env: process.env,
});
if (bareRun.status !== 0) throw new Error(`bare-ink.mjs failed:\n${bareRun.stderr}`);
const bare = JSON.parse(bareRun.stdout.trim().split('\n').at(-1));
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const result = {
  scale: name,
  hostProcesses: sim.getState().kernels.host.processes.length,
  containers: sim.getState().containers.length,
  simCreateMs: round(simCreateMs),
  simCreateCpuMs: round(simCreateCpuMs),
  firstFrameMs: round(firstFrameMs),
  firstFrameCpuMs: round(firstFrameCpuMs),
  tickP50Ms: q(tick, 0.5),
  tickP95Ms: q(tick, 0.95),
  tickCpuP50Ms: q(tickCpu, 0.5),
  quietTickCpuP50Ms: q(quietTickCpu, 0.5),
  bytesPerTick: Math.round(mean(bytes)),
  minimalBytesPerTick: Math.round(mean(minimal)),
  heapMb,
  rssMb,
  actions: Object.fromEntries(
    inTableOrder([...times]).map(([n, xs]) => [
      n,
      { n: xs.length, p50: q(xs, 0.5), p95: q(xs, 0.95), cpuP50: q(cpuTimes.get(n), 0.5) },
    ]),
  ),
  commands: Object.fromEntries(
    Object.entries(commands).map(([n, runs]) => {
      const xs = runs.map((r) => r.t);
      const cpu = runs.map((r) => r.cpu);
      return [n, { n: xs.length, p50: q(xs, 0.5), max: q(xs, 1), cpuMax: q(cpu, 1) }];
    }),
  ),
  bare,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
