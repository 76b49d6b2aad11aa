import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { builtinScenario, compileTimeline } from '../../src/demo/index.js';
import type { DemoDriver } from '../../src/ui/state/demo-driver.js';
import { cellWidth } from '../../src/ui/text/text-width.js';
import { MESSAGE_MS } from '../../src/ui/state/message.js';
import { renderDashboard, settle } from './harness.js';
import { demoDriverDouble } from '../support/demo-doubles.js';

afterEach(cleanup);

const driver = (): DemoDriver => demoDriverDouble();

describe('<Dashboard />', () => {
  it.each([
    [80, 24],
    [100, 30],
    [120, 40],
  ])('fills %i×%i but its last row: panes, summary, console and hints', async (columns, rows) => {
    const view = renderDashboard({ columns, rows });
    await settle();
    expect(view.lines()).toHaveLength(rows - 1);
    // Ink drops trailing blanks; bordered rows show the full width.
    for (const line of view.lines()) expect(cellWidth(line)).toBeLessThanOrEqual(columns);
    expect(
      view
        .lines()
        .filter((l) => /[┐┓┘┛│┃]$/.test(l))
        .every((l) => cellWidth(l) === columns),
    ).toBe(true);
    const screen = await view.screen();
    expect(screen[rows - 1]).toBe('');
    expect(screen[0]).toMatch(/^┏━ 1 Containers .*┓┌─ 2 Host processes \(host kernel\) 70 ─+┐$/);
    expect(screen.some((l) => /^│\s*┌?─? ?3 Session \[DEMO\]|^┌─ 3 Session \[DEMO\]/.test(l))).toBe(
      true,
    );
    expect(screen.find((l) => l.startsWith(' csrss — host 4 (1 from DEMO)'))).toBeDefined();
    expect(screen.find((l) => l.startsWith('┌─ 4 Console'))).toBeDefined();
    expect(screen[rows - 2]).toMatch(/^ Tab pane · ↑↓ move · t runtime .*\? help · q quit/);
  });

  it("t from the keyboard: the host loses DEMO's csrss, gains its vmwp; the console says what ran", async () => {
    const view = renderDashboard({ columns: 120, rows: 36 });
    await view.keys('t');
    const screen = await view.screen();
    const host = screen.map((l) => l.slice(60));
    expect(host.find((l) => /[ +]vmwp /.test(l))).toMatch(/\+vmwp +\d+ +0 .*◇ utility VM of DEMO/);
    expect(host.find((l) => /csrss +6528/.test(l))).toMatch(/−csrss/);
    const session = screen.map((l) => l.slice(0, 60));
    expect(session.find((l) => /csrss +956/.test(l))).toMatch(/\+csrss +956 +1 .*◇ own kernel/);
    expect(
      screen.some((l) =>
        l.includes(' csrss — host 3 · in DEMO 1 (PID 956, own kernel) · host sees only vmwp'),
      ),
    ).toBe(true);
    for (const command of [
      'Stop-Container -Name DEMO',
      'Set-Container -Name DEMO -RuntimeType HyperV',
      'Start-Container -Name DEMO',
    ]) {
      expect(screen.some((l) => l.includes(`PS C:\\> ${command}`))).toBe(true);
    }
  });

  it('keeps every console row when the focus moves (Ink redraws a changed border style in full)', async () => {
    const view = renderDashboard({ columns: 100, rows: 30 });
    await view.keys(':');
    view.store.getState().actions.runLine('Get-Process -Name nope');
    await settle();
    const screen = await view.screen();
    const start = screen.findIndex((l) => l.startsWith('┏━ 4 Console'));
    const end = screen.findIndex((l, i) => i > start && l.startsWith('┗'));
    const body = screen.slice(start + 1, end);
    expect(body).toHaveLength(6);
    expect(body.filter((l) => l.includes('FullyQualifiedErrorId'))).toHaveLength(1);
    expect(body.filter((l) => l.includes('CategoryInfo'))).toHaveLength(1);
    expect(body.at(-1)).toMatch(/^┃\[DEMO\]: PS C:\\> +┃$/);
  });

  it('takes keys that arrive in one read one by one (a busy moment, a fast typist)', async () => {
    const view = renderDashboard({ columns: 100, rows: 30 });
    await view.keys('2/vmw');
    expect(view.frame()).toContain('filter: vmw');
    // Esc and the next key in one read look like Alt+key: it is Esc, then the key.
    await view.keys('\x1b/', 'csr', '\r');
    expect(view.store.getState().panes.host.filter).toBe('csr');
    expect(view.store.getState().filterEdit).toBeNull();
    await view.keys(':', 'q\x03');
    expect(view.store.getState().exitCode).toBe(130);
  });

  it('opens the help over the panes, generated from the keymap', async () => {
    const view = renderDashboard({ columns: 120, rows: 40 });
    await view.keys('?');
    const screen = (await view.screen()).join('\n');
    expect(screen).toContain('Keys');
    // The legend of marks comes first (issue 12), then the keys, a page down.
    expect(screen).toContain('Marks and symbols');
    expect(screen).toMatch(/◆ +shared kernel/);
    expect(screen).toContain('Tab / Shift+Tab');
    await view.keys('\x1b[6~');
    expect((await view.screen()).join('\n')).toContain("toggle the selected container's runtime");
    expect(screen).toMatch(/Esc close · ↑↓ scroll/);
    await view.keys('\x1b');
    await view.until('2 Host processes');
    expect(view.frame()).toContain('2 Host processes');
    expect(view.frame()).not.toMatch(/Esc close · ↑↓ scroll/);
  });

  it('n shows the form with the command it will run; Esc cancels', async () => {
    const view = renderDashboard({ columns: 80, rows: 24 });
    await view.keys('n');
    const screen = await view.screen();
    expect(screen.some((l) => l.includes('New container'))).toBe(true);
    expect(screen.some((l) => /▶Name +CON1/.test(l))).toBe(true);
    expect(
      screen.some((l) => l.includes('→ New-Container -Name CON1 -ContainerImageName NanoServer')),
    ).toBe(true);
    expect(screen[22]).toMatch(/Tab next field · ←→ change · Enter create · Esc cancel/);
    await view.keys('\t', '\t', '\x1b[C');
    expect(view.frame()).toContain('-RuntimeType HyperV');
    await view.keys('\x1b');
    await view.until('4 Console');
    expect(view.frame()).toContain('4 Console');
    expect(view.frame()).not.toContain('New container');
  });

  it('n in a narrow terminal: the command wraps over the rows the form has, never cut', async () => {
    const view = renderDashboard({ columns: 50, rows: 16 });
    await view.keys('n', '\t', '\t', '\x1b[C');
    const screen = await view.screen();
    const at = screen.findIndex((l) => l.includes('→ New-Container'));
    expect(at).toBeGreaterThan(0);
    const rows = screen.slice(at, at + 4).map((l) => l.replace(/^┃|┃$/g, '').trim());
    const shown = rows.join(' ').replace(/^→ /, '').replace(/\s+/g, ' ').trim();
    expect(shown).toBe(
      'New-Container -Name CON1 -ContainerImageName NanoServer -RuntimeType HyperV',
    );
    expect(screen.join('\n')).not.toContain('…┃');
    for (const line of screen) expect(cellWidth(line)).toBeLessThanOrEqual(50);
  });

  it('d on a running container in a narrow terminal: every command it will run is shown', async () => {
    const view = renderDashboard({ columns: 50, rows: 16 });
    await view.keys('d');
    const screen = await view.screen();
    const at = screen.findIndex((l) => l.includes('→ exit;'));
    expect(at).toBeGreaterThan(0);
    const shown = screen
      .slice(at, at + 3)
      .map((l) => l.replace(/^┃|┃$/g, '').trim())
      .join(' ')
      .replace(/^→ /, '');
    expect(shown).toMatch(/^exit; Stop-Container -Name DEMO; Remove-Container -Name DEMO -Force\b/);
    const warning = screen
      .slice(at + 2, at + 6)
      .map((l) => l.replace(/^┃|┃$/g, '').trim())
      .join(' ')
      .trim();
    expect(warning).toMatch(/^DEMO is running: .*[^…]$/);
    expect(screen.join('\n')).not.toContain('…┃');
  });

  it('d asks before removing, No highlighted', async () => {
    const view = renderDashboard({ columns: 80, rows: 24 });
    await view.keys('j', 'd');
    const screen = await view.screen();
    expect(screen.some((l) => l.includes('Remove container WINCONT?'))).toBe(true);
    expect(screen.some((l) => /▶ No/.test(l))).toBe(true);
    expect(screen.some((l) => l.includes('→ exit; Remove-Container -Name WINCONT -Force'))).toBe(
      true,
    );
  });

  it.each([
    [40, 12],
    [60, 20],
  ])(
    'one pane at a time at %i×%i, with a pane strip and the last command',
    async (columns, rows) => {
      const view = renderDashboard({ columns, rows });
      await view.keys('2', 't');
      const screen = await view.screen();
      expect(screen).toHaveLength(rows);
      expect(screen[0]).toMatch(/1 Conta.* 2 Host .*3 Sess.*4 Cons/);
      expect(screen[1]).toMatch(/^┏━ 2 Host processes/);
      // Below 80 columns the summary's conclusion has a row of its own (issue 12).
      expect(screen[rows - 5]).toMatch(/^ csrss — host 3/);
      expect(screen[rows - 4]).toMatch(/^ in DEMO 1 \(PID 956, own kernel\)/);
      if (columns >= 60) expect(screen[rows - 4]).toContain('host sees only vmwp');
      expect(screen[rows - 3]).toMatch(/^ PS C:\\> Enter-PSSession/);
      // The message line says what t did, then gives the line back to the hints.
      expect(screen[rows - 2]).toMatch(/^ ✓ t: DEMO Default → HyperV/);
      view.clock.advance(MESSAGE_MS);
      await view.until('Tab pane');
      expect((await view.screen())[rows - 2]).toMatch(/Tab pane/);
      expect(screen[rows - 1]).toBe('');
    },
  );

  it('says the terminal is too small below 40×12, and lays out again when it grows', async () => {
    const view = renderDashboard({ columns: 39, rows: 12 });
    await settle();
    expect(view.frame().replace(/\s+/g, ' ').trim()).toBe(
      'terminal too small: need 40×12, have 39×12',
    );
    view.store.getState().actions.setSize(120, 36);
    await settle();
    expect(view.lines()).toHaveLength(35);
    expect(view.frame()).toContain('2 Host processes');
  });

  it('speaks Korean, every line exactly as wide as the terminal', async () => {
    const view = renderDashboard({ columns: 100, rows: 30, lang: 'ko' });
    await settle();
    for (const line of view.lines()) expect(cellWidth(line)).toBeLessThanOrEqual(100);
    expect(
      view
        .lines()
        .filter((l) => /[┐┓┘┛│┃]$/.test(l))
        .every((l) => cellWidth(l) === 100),
    ).toBe(true);
    const screen = await view.screen();
    expect(screen[0]).toContain('1 컨테이너');
    expect(
      screen.some((l) =>
        l.startsWith(' csrss — 호스트 4개 (DEMO에서 1개) · DEMO 안 1개, 같은 PID 6528 → 커널 공유'),
      ),
    ).toBe(true);
    expect(screen[28]).toMatch(/^ Tab 창 · ↑↓ 이동 · t 런타임/);
  });

  it('in demo mode: narration above the status and demo keys; the spotlit pane is marked', async () => {
    const demo = driver();
    const view = renderDashboard({ columns: 120, rows: 36, demo });
    const a = view.store.getState().actions;
    a.setNarration("Watch the host: csrss ×4, one of them DEMO's — ".repeat(4));
    a.setSpotlight('host');
    a.setDemoStatus({
      state: 'playing',
      speed: 1.5,
      chapter: 2,
      chapters: 4,
      chapterTitle: 'Hyper-V',
      step: 3,
      steps: 9,
    });
    await view.keys(' ');
    expect(demo.togglePlay).toHaveBeenCalledTimes(1);
    const screen = await view.screen();
    expect(screen[34]).toMatch(
      /^ ▶ playing 1\.5× · chapter 2\/4 Hyper-V · step 3\/9 │ Space play\/pause · \. step/,
    );
    expect(screen[33]).toMatch(/^ » Watch the host/);
    expect(screen[33]).toMatch(/…$/);
    expect(screen[0]).toMatch(/╔═ ★ 2 Host processes/);
    await view.keys('i');
    expect(demo.takeOver).toHaveBeenCalledTimes(1);
    const after = await view.screen();
    expect(after[35]).toBe('');
    // The hint line says who has the keys now (issue 14), then the console's keys.
    expect(after[34]).toMatch(
      /^ You are in control · Esc, then r restarts the demo │ Tab complete · ↑↓ history · (.+ · )?Enter run · Esc leave/,
    );
  });

  it('in demo mode at 80×24 in Korean: a long narration is read whole over two rows', async () => {
    const texts = compileTimeline(builtinScenario('isolation')!, 'ko').beats.flatMap((b) =>
      b.beat.kind === 'say' ? [b.beat.text] : [],
    );
    const view = renderDashboard({
      columns: 80,
      rows: 24,
      lang: 'ko',
      demo: { ...driver(), narrations: texts },
    });
    view.store.getState().actions.setNarration(texts[0]!);
    await settle();
    const screen = await view.screen();
    expect(screen[20]).toMatch(/^ » 컨테이너 호스트에는/);
    expect(screen[21]).toMatch(/^ {3}\S/);
    expect(`${screen[20]!.slice(3).trimEnd()} ${screen[21]!.trim()}`).toBe(texts[0]);
    expect(screen[20]).not.toContain('…');
    expect(screen[22]).toMatch(/^ Space 재생\/정지/);
    expect(screen[23]).toBe('');
    // A short one leaves the second row blank; nothing else moves.
    const before = screen.slice(0, 20);
    view.store.getState().actions.setNarration('csrss ×3');
    await settle();
    const after = await view.screen();
    expect(after[20]).toBe(' » csrss ×3');
    expect(after[21]).toBe('');
    expect(after[22]).toBe(screen[22]);
    expect(after.slice(0, 14)).toEqual(before.slice(0, 14));
    view.unmount();
  });

  it('ticks the model once a second on the injected clock, and leaves no timer behind', async () => {
    const view = renderDashboard({ columns: 80, rows: 24 });
    await settle();
    expect(view.clock.pendingTimers()).toBe(1);
    view.clock.advance(3000);
    expect(view.sim.getState().ticks).toBe(3);
    view.unmount();
    expect(view.clock.pendingTimers()).toBe(0);
  });
});
