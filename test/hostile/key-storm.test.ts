// A storm of 5,000 random key presses against the UI store (every bound key in every
// context, random text typed where a text field has the keys, Esc in between, reads that
// merge several keys, the clock ticking): nothing throws, and afterwards — and every 250
// keys along the way — the model's invariants (test/sim/helpers.ts) and the dashboard's
// own hold. Seeded: a failure names the seed and the step. (A shorter storm in a real
// terminal: test/hostile/terminal.e2e.test.ts.)
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/sim/clock.js';
import { createSim, EVENT_LOG_LIMIT, TICK_MS } from '../../src/sim/index.js';
import { HISTORY_LIMIT, SCROLLBACK_LIMIT } from '../../src/ui/state/console-lines.js';
import { textFieldActive } from '../../src/ui/state/selectors.js';
import { KEYMAP } from '../../src/ui/keys/key-table.js';
import { PANE_ORDER } from '../../src/ui/state/layout.js';
import { createUiStore, type UiStore } from '../../src/ui/ui-store.js';
import { checkInvariants } from '../sim/helpers.js';
import { seededRandom } from '../support/seeded-random.js';
import { labInsideDemo } from '../support/lab.js';

/** What a terminal sends for a key name of the keymap. */
const BYTES: Record<string, string> = {
  tab: '\t',
  'shift+tab': '\x1b[Z',
  up: '\x1b[A',
  down: '\x1b[B',
  left: '\x1b[D',
  right: '\x1b[C',
  pageup: '\x1b[5~',
  pagedown: '\x1b[6~',
  home: '\x1b[H',
  end: '\x1b[F',
  enter: '\r',
  escape: '\x1b',
  'ctrl+c': '\x03',
  f1: '\x1bOP',
  space: ' ',
  backspace: '\x7f',
  delete: '\x1b[3~',
};
const KEY_NAMES = [
  ...new Set(KEYMAP.flatMap((b) => b.keys)),
  'backspace',
  'delete',
  'left',
  'right',
];
const TEXT = [
  'Get-Process',
  'csrss',
  'Start-Container DEMO',
  'Stop-Container -Name DEMO',
  'New-Container -Name x -ContainerImageName NanoServer',
  '{',
  '"',
  "'",
  '$(',
  '| ft',
  'vmwp',
  '컨테이너',
  '🐳',
  'my box',
  '\0',
  '\x07',
  'exit',
  'Enter-PSSession -ContainerName DEMO',
  'docker run -d nanoserver cmd',
  'Remove-Container -Name WINCONT -Force',
];

function uiInvariants(store: UiStore, sim: ReturnType<typeof createSim>): void {
  const s = store.getState();
  const fail = (what: string) => {
    throw new Error(`UI invariant broken: ${what}`);
  };
  // The screen shows the model as it is: the store took in every change.
  if (s.host !== sim.getState()) fail('host snapshot is the model state');
  if (!PANE_ORDER.includes(s.focus)) fail(`focus ${s.focus}`);
  if (!PANE_ORDER.includes(s.returnFocus)) fail(`returnFocus ${s.returnFocus}`);
  // A selected container that has been removed falls back to the entered one, then the
  // first (process-list.ts selectedContainer): stale is allowed, garbage is not.
  if (s.selectedContainerId !== null && !/^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(s.selectedContainerId))
    fail(`selected ${s.selectedContainerId}`);
  for (const view of [s.containersView, s.panes.host, s.panes.session]) {
    if (
      !Number.isInteger(view.cursor) ||
      !Number.isInteger(view.top) ||
      view.top < 0 ||
      view.cursor < 0
    )
      fail(`list view ${JSON.stringify(view)}`);
  }
  if (s.console.lines.length > SCROLLBACK_LIMIT) fail(`scrollback ${s.console.lines.length}`);
  if (s.console.history.length > HISTORY_LIMIT) fail(`history ${s.console.history.length}`);
  if (s.console.scrollBack < 0) fail('scrollBack');
  if (s.highlights.appeared.size > 400 || s.highlights.vanished.length > 200)
    fail('highlights bounded');
  if (s.host.events.length > EVENT_LOG_LIMIT) fail('event log bounded');
  if (s.filterEdit !== null && s.overlay !== null) fail('a filter and an overlay at once');
  const overlay = s.overlay;
  if (
    overlay?.kind === 'confirm-remove' &&
    !s.host.containers.some((c) => c.containerId === overlay.containerId)
  )
    fail('confirming the removal of a container that is gone');
  if (s.exitCode !== null && s.exitCode !== 0 && s.exitCode !== 130)
    fail(`exit code ${s.exitCode}`);
}

describe('a storm of 5,000 random keys (in-process)', () => {
  it.for([1, 2, 3])('seed %i: survives, and every invariant holds', (seed) => {
    const random = seededRandom(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
    const sim = labInsideDemo(seed);
    const clock = new FakeClock();
    const store = createUiStore({ sim, clock, lang: 'en', size: { columns: 120, rows: 36 } });
    const a = () => store.getState().actions;
    const bytes = (name: string) => BYTES[name] ?? name;
    let step = 0;
    try {
      for (step = 0; step < 5000; step++) {
        const roll = random();
        const s = store.getState();
        if (roll < 0.45) {
          // One key, as the terminal sends it.
          a().handleInput(bytes(pick(KEY_NAMES)));
        } else if (roll < 0.55) {
          a().handleInput('\x1b');
        } else if (roll < 0.65) {
          // Several keys in one read (a fast typist, a busy moment).
          a().handleInput(
            Array.from({ length: 2 + Math.floor(random() * 4) }, () => bytes(pick(KEY_NAMES))).join(
              '',
            ),
          );
        } else if (roll < 0.8 && textFieldActive(s)) {
          // Text where a field has the keys (the one path that types into a field).
          const text = pick(TEXT) + (random() < 0.3 ? '\r' : '');
          a().handleInput(text);
        } else if (roll < 0.9) {
          a().handleKey(pick(KEY_NAMES), random() < 0.5 ? 'user' : 'script');
        } else if (roll < 0.95) {
          clock.advance(TICK_MS * (1 + Math.floor(random() * 5)));
        } else {
          a().setSize(1 + Math.floor(random() * 200), 1 + Math.floor(random() * 60));
        }
        if (step % 250 === 249) {
          checkInvariants(sim.getState());
          uiInvariants(store, sim);
        }
      }
    } catch (error) {
      throw new Error(`seed ${seed}, step ${step}: ${(error as Error).message}`, { cause: error });
    }
    checkInvariants(sim.getState());
    uiInvariants(store, sim);
    // The storm did things: containers came and went, commands ran.
    expect(sim.getState().events.length).toBeGreaterThan(10);
    expect(store.getState().console.history.length).toBeGreaterThan(5);
    // And the dashboard still works: from wherever it ended, Esc backs out, q quits.
    store.setState({ exitCode: null });
    for (let i = 0; i < 5; i++) a().handleInput('\x1b');
    a().handleInput('q');
    expect(store.getState().exitCode).toBe(0);
    a().dispose();
  });
});
