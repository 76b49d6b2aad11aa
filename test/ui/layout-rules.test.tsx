// Issue 12's layout rules, walked over sizes 60×20..120×40, English and Korean, and model
// states, on the dashboard as a terminal shows it: the Kernel column stays, PIDs are whole,
// a tag is its full or its defined short form, the summary's conclusion is whole, the
// process panes' columns do not change with the state, title and footer counts agree,
// the layout's words are translated, and a stepped demo's footer keeps `.`.
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { createSim, findContainerByName, vmwpOf, type Sim } from '../../src/sim/index.js';
import { sessionContainer } from '../../src/ui/state/process-list.js';
import { translator, type Lang } from '../../src/ui/text/i18n.js';
import { summaryParts } from '../../src/ui/views/summary.js';
import { hostTag, sessionTag } from '../../src/ui/views/rows.js';
import { paneEntries } from '../../src/ui/state/selectors.js';
import { demoDriverDouble } from '../support/demo-doubles.js';
import { run } from './fixtures.js';
import { renderDashboard, settle } from './harness.js';
import { cellWidth } from '../../src/ui/text/text-width.js';

afterEach(() => cleanup());

const SIZES: Array<[number, number]> = [
  [60, 20],
  [72, 22],
  [80, 24],
  [100, 30],
  [120, 40],
];
const LANGS: Lang[] = ['en', 'ko'];

/** Model states at the host prompt; each selects `select`, then presses `keys`. */
const STATES: Record<string, { make: () => Sim; select: string; keys?: string[] }> = {
  // A 7-letter name, running on the host's kernel (issue 12: it removed the Kernel column).
  'WINCONT running': {
    make: () => run(createSim({ start: 'lab' }), 'Start-Container -Name WINCONT'),
    select: 'WINCONT',
  },
  // t on DEMO: its processes on the host are ghosts for a while, one vmwp appears.
  'DEMO to Hyper-V': { make: () => createSim({ start: 'lab' }), select: 'DEMO', keys: ['t'] },
  'none running': {
    make: () => run(createSim({ start: 'lab' }), 'Stop-Container -Name DEMO'),
    select: 'DEMO',
  },
  'long docker name': {
    make: () =>
      run(
        createSim({ start: 'lab' }),
        'docker run -d --name a_rather_long_docker_name windowsservercore cmd',
      ),
    select: 'DEMO',
  },
};

interface Shown {
  readonly sim: Sim;
  readonly store: ReturnType<typeof renderDashboard>['store'];
  readonly screen: string[];
  /** In the one-pane tier, the Host pane's screen too. */
  readonly hostScreen: string[];
}

async function show(columns: number, rows: number, lang: Lang, state: string): Promise<Shown> {
  const { make, select, keys = [] } = STATES[state]!;
  const sim = make();
  const view = renderDashboard({ columns, rows, lang, sim });
  const id = findContainerByName(sim.getState(), select)!.containerId;
  view.store.setState({ selectedContainerId: id });
  for (const key of keys) view.store.getState().actions.pressKey(key);
  await settle();
  const screen = await view.screen();
  let hostScreen = screen;
  if (columns < 80 || rows < 24) {
    view.store.setState({ focus: 'host' });
    await settle();
    hostScreen = await view.screen();
  }
  view.unmount();
  return { sim, store: view.store, screen, hostScreen };
}

/** The line under a pane's title: its column headers. */
const headerUnder = (screen: string[], title: RegExp): string | undefined => {
  const i = screen.findIndex((l) => title.test(l));
  return i < 0 ? undefined : screen[i + 1];
};

/** The cells of a line from cell `from` on (a Hangul syllable is two cells, one character). */
function fromCell(line: string, from: number): string {
  let cells = 0;
  let i = 0;
  for (const char of line) {
    if (cells >= from) break;
    cells += cellWidth(char);
    i += char.length;
  }
  return line.slice(i);
}

/** The part of each line that belongs to the Host pane (right half in the split tiers). */
const hostPart = (line: string, columns: number, split: boolean) =>
  split ? fromCell(line, Math.floor(columns / 2)) : line;

/**
 * A tag as shown: its full form, its short form, or — only when that is wider than the
 * room — the short form cut.
 */
const tagShown = (shown: string, forms: ReadonlyMap<string, string>) =>
  forms.has(shown) ||
  (shown.endsWith('…') &&
    [...forms.values()].some((short) => short.startsWith(shown.slice(0, -1))));

describe.each(LANGS)('layout rules in %s', (lang) => {
  const t = translator(lang);
  const hostTitle = new RegExp(`2 ${t('pane.host')}`);

  it.each(SIZES)('%i×%i: the rules hold in every state', async (columns, rows) => {
    const split = columns >= 80 && rows >= 24;
    const hostHeaders = new Set<string>();
    // What was actually checked: rows scrolled out of a short pane are skipped, so a size
    // where every check skipped would pass silently.
    const checked = { kernelRows: 0, titles: 0, footers: 0 };
    for (const state of Object.keys(STATES)) {
      const { sim, store, screen, hostScreen } = await show(columns, rows, lang, state);
      const host = sim.getState();
      const what = `${columns}×${rows} ${lang} ${state}`;

      // The Kernel column stays, and a running container's kernel text is whole.
      const containersHeader = headerUnder(screen, /^[┏┌╔][━─═] (★ )?1 /)!;
      expect(containersHeader, what).toContain(t('col.kernel'));
      for (const c of host.containers.filter((x) => x.state === 'Running' && x.owner === 'VMMS')) {
        const row = screen.find((l) => l.includes(` ${c.name} `) || l.includes(`[${c.name}]`));
        if (row === undefined) continue; // scrolled out of a short pane
        checked.kernelRows++;
        const pid = vmwpOf(host, c.containerId)?.pid ?? -1;
        const forms =
          c.runtimeType === 'HyperV'
            ? [t('kernel.uvm', { pid }), t('kernel.uvmShort', { pid })]
            : [
                t('kernel.shared', { si: c.hostSessionId! }),
                t('kernel.sharedShort', { si: c.hostSessionId! }),
              ];
        // Whole: the text, then no more digits of it cut away.
        const whole = (form: string) => row.includes(form) && !/^\d/.test(row.split(form)[1] ?? '');
        expect(forms.some(whole), `${what}: ${row}`).toBe(true);
      }

      // Every word of the layout translated: no English header word in Korean.
      if (lang === 'ko') {
        expect(containersHeader, what).not.toMatch(/Name|Image|Runtime|State|Uptime|Owner|Kernel/);
        expect(headerUnder(hostScreen, hostTitle), what).not.toMatch(/Name/);
      }

      // PIDs whole: no digit runs into a cut.
      const hostLines = hostScreen.map((l) => hostPart(l, columns, split));
      expect(
        hostLines.filter((l) => /\d…/.test(l)),
        what,
      ).toEqual([]);

      // A tag is its full form or its defined short form.
      // Every tag form, each mapped to its short form.
      const forms = new Map<string, string>();
      const ui = store.getState();
      for (const entry of paneEntries(ui, 'host')) {
        const tag = hostTag(host, entry, t);
        if (tag) forms.set(tag.full, tag.short).set(tag.short, tag.short);
      }
      for (const entry of paneEntries(ui, 'session')) {
        const tag = sessionTag(entry, t);
        if (tag) forms.set(tag.full, tag.short).set(tag.short, tag.short);
      }
      const seen = sessionContainer(host, ui.selectedContainerId);
      for (const line of split ? screen : [...screen, ...hostScreen]) {
        for (const m of line.matchAll(/[◆◇] [^│┃║]*/g))
          expect(tagShown(m[0].trim(), forms), `${what}: ${m[0]}`).toBe(true);
      }

      // The summary's conclusion is whole.
      const parts = summaryParts(host, seen?.containerId ?? null, t);
      if (parts.inside !== null)
        expect(
          screen.some((l) => l.includes(parts.inside!)),
          `${what}: ${parts.inside}`,
        ).toBe(true);

      // Title and footer counts agree: the footer counts rows, ghosts included, and the
      // title says how many of them are ghosts. The Host pane, and in the split tiers the
      // Session pane (the left half's lower pane).
      const panes: Array<['host' | 'session', string[], RegExp]> = [['host', hostLines, hostTitle]];
      if (split)
        panes.push([
          'session',
          screen.map((l) => l.slice(0, l.length - fromCell(l, Math.floor(columns / 2)).length)),
          /^[┏┌╔][━─═] (★ )?3 /,
        ]);
      for (const [pane, lines, titleOf] of panes) {
        const entries = paneEntries(store.getState(), pane);
        const ghosts = entries.filter((e) => e.process === null).length;
        const title = lines.find((l) => titleOf.test(l));
        if (title === undefined || entries.length === 0) continue;
        checked.titles++;
        expect(title, `${what} ${pane}`).toContain(` ${entries.length - ghosts}`);
        if (ghosts > 0)
          expect(title, `${what} ${pane}`).toContain(t('title.vanished', { count: ghosts }));
        const bottom = lines.find((l, i) => i > lines.indexOf(title) && /^[┗└╚]/.test(l));
        const footerTotal = /\/(\d+)/.exec(bottom ?? '')?.[1];
        if (footerTotal !== undefined) {
          checked.footers++;
          expect(Number(footerTotal), `${what} ${pane}`).toBe(entries.length);
        }
      }

      hostHeaders.add((headerUnder(hostLines, hostTitle) ?? '').replace(/[▲▼]/g, ' ').trim());
    }
    for (const [rule, count] of Object.entries(checked))
      expect(count, `${columns}×${rows} ${lang}: ${rule} checked`).toBeGreaterThan(0);
    // The Host pane's columns are the same in every state at this size.
    expect([...hostHeaders], `${columns}×${rows} ${lang}`).toHaveLength(1);
  });

  it.each(SIZES)('%i×%i: a stepped demo keeps . in the footer', async (columns, rows) => {
    const view = renderDashboard({ columns, rows, lang, demo: demoDriverDouble() });
    view.store.getState().actions.setDemoStatus({
      state: 'paused',
      speed: 1,
      chapter: 1,
      chapters: 2,
      chapterTitle: 'Process isolation: the shared kernel',
      step: 1,
      steps: 27,
    });
    await settle();
    const footer = (await view.screen())[rows - 2]!;
    expect(footer).toContain(`. ${t('hint.step')}`);
    expect(footer).toContain(`? ${t('hint.help')}`);
    expect(footer).toContain(`q ${t('hint.quit')}`);
    expect(footer).not.toContain('…');
    view.unmount();
  });
});
