// The script incremental-driver.mjs plays: the same 1,000 updates on every run.

/**
 * The terminal sizes, one per phase: the full, compact and single-pane layouts; narrower
 * and shorter at once, only shorter, only wider, wider and taller at once.
 */
export const PHASES = [
  [104, 30],
  [80, 24],
  [120, 32],
  [120, 26],
  [60, 18],
  [80, 24],
  [112, 24],
  [112, 28],
];
export const UPDATES = 1000;

// A small seeded generator: the same script in both modes, every run.
let seed = 20240917;
const random = () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 4294967296;
};
const KEYS = [
  ['\x1b[B', 10],
  ['\x1b[A', 6],
  ['\x1b[6~', 2],
  ['\x1b[5~', 1],
  ['\x1b[H', 1],
  ['\x1b[F', 1],
  ['\t', 3],
  ['\x1b[Z', 1],
  ['1', 1],
  ['2', 2],
  ['3', 1],
  ['?', 2],
  ['\x1b', 2],
  ['c', 2],
  ['o', 2],
  ['s', 1],
  ['t', 1],
  ['n', 1],
  ['x', 1],
];
const KEY_WEIGHT = KEYS.reduce((sum, [, w]) => sum + w, 0);

/**
 * The last updates, fixed: lines that get shorter (the summary loses WINCONT, the key
 * hints come back from the help overlay's), which a writer that forgot to erase the rest
 * of a line would leave behind.
 */
const TAIL = [
  { kind: 'key', key: '\x1b' },
  { kind: 'line', line: 'Start-Container -Name WINCONT' },
  { kind: 'tick' },
  { kind: 'line', line: 'Stop-Container -Name WINCONT' },
  { kind: 'tick' },
  { kind: 'key', key: '?' },
  { kind: 'tick' },
  { kind: 'key', key: '\x1b' },
  { kind: 'tick' },
];

export function script() {
  const steps = [];
  let wincontRunning = false;
  for (let i = 0; i < UPDATES - TAIL.length; i++) {
    const r = random();
    if (r < 0.5) steps.push({ kind: 'tick' });
    else if (r < 0.53) {
      wincontRunning = !wincontRunning;
      steps.push({
        kind: 'line',
        line: `${wincontRunning ? 'Start' : 'Stop'}-Container -Name WINCONT`,
      });
    } else {
      let pick = random() * KEY_WEIGHT;
      const [key] = KEYS.find(([, w]) => (pick -= w) < 0) ?? KEYS[0];
      steps.push({ kind: 'key', key });
    }
  }
  return [...steps, ...TAIL];
}
