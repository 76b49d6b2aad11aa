import { describe, expect, it } from 'vitest';
import { builtinScenario, compileTimeline, Player } from '../../src/demo/index.js';
import { FakeClock } from '../../src/sim/index.js';
import { ConsoleTarget } from '../support/demo-doubles.js';

function setup(name = 'isolation', options = {}) {
  const scenario = builtinScenario(name);
  if (!scenario) throw new Error(name);
  const clock = new FakeClock();
  const target = new ConsoleTarget();
  const player = new Player(compileTimeline(scenario, 'en'), target, clock, options);
  return { scenario, clock, target, player };
}

const HOUR = 60 * 60 * 1000;

describe('Player', () => {
  it('plays the isolation demo to the end on a fake clock in well under a second', () => {
    const { clock, target, player } = setup();
    const started = performance.now();
    player.start();
    clock.advance(HOUR);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(target.last.state).toBe('finished');
    // Host csrss: 3 before the Windows Server container, 4 after, still 4 with the Hyper-V one.
    expect(target.csrssCounts[0]).toBe(3);
    expect(Math.max(...target.csrssCounts)).toBe(4);
    expect(target.csrssCounts[target.csrssCounts.length - 1]).toBe(4);
    expect(target.transcript.join('\n')).toContain('[HYPVCON]: PS C:\\> get-process');
    expect(clock.pendingTimers()).toBe(0);
  });

  it('types at a human pace: a command is not complete 100 ms after it starts', () => {
    const { clock, target, player } = setup();
    player.start();
    let waited = 0;
    while (target.input.length === 0 && waited < 10_000) {
      clock.advance(10);
      waited += 10;
    }
    expect(waited).toBeGreaterThan(1000); // the narration is given time to be read first
    const before = target.input.length;
    clock.advance(100);
    expect(target.input.length).toBeGreaterThan(before);
    expect(target.input.length).toBeLessThan(
      "get-process | where {$_.ProcessName -eq 'csrss'}".length,
    );
  });

  it('pauses and resumes on togglePlay', () => {
    const { clock, target, player } = setup();
    player.start();
    clock.advance(4000);
    player.togglePlay();
    expect(target.last.state).toBe('paused');
    const typed = target.input;
    const lines = target.transcript.length;
    clock.advance(60_000);
    expect(target.input).toBe(typed);
    expect(target.transcript.length).toBe(lines);
    expect(clock.pendingTimers()).toBe(0);
    player.togglePlay();
    clock.advance(60_000);
    expect(target.transcript.length).toBeGreaterThan(lines);
  });

  it('steps one whole step at a time with step()', () => {
    const { target, player, clock } = setup('isolation', { stepMode: true });
    player.start();
    expect(target.last.state).toBe('paused');
    player.step(); // chapter
    player.step(); // narration
    expect(target.narration).toMatch(/three csrss/);
    player.step(); // the typed command, run
    expect(target.transcript[0]).toBe("PS C:\\> get-process | where {$_.ProcessName -eq 'csrss'}");
    expect(target.last.step).toBe(4);
    clock.advance(HOUR);
    // Step mode never moves on its own.
    expect(target.transcript.filter((l) => l.startsWith('PS C:\\>'))).toHaveLength(1);
  });

  it('jumps to the next chapter and back, rebuilding the state', () => {
    const { target, player } = setup();
    player.start();
    player.nextChapter(); // to chapter 2 (its first beat not yet played)
    expect(target.last.chapter).toBe(2);
    expect(target.csrssCounts[target.csrssCounts.length - 1]).toBe(4);
    player.previousChapter();
    expect(target.last.chapter).toBe(1);
    expect(target.transcript).toHaveLength(0);
    // Every jump replays from the start (issue 14): start, ], [ each reset once.
    expect(target.resets).toBe(3);
  });

  it('a jump back clears the narration of the later point and redraws that of the target', () => {
    const { target, player } = setup();
    player.start();
    player.nextChapter();
    player.nextChapter();
    expect(target.narration).not.toBeNull();
    player.previousChapter();
    player.previousChapter();
    expect(target.last.chapter).toBe(1);
    // Chapter 1 at its first beat: nothing said yet, so nothing may be on screen.
    expect(target.narration).toBeNull();
    player.nextChapter();
    const timeline = compileTimeline(builtinScenario('isolation')!, 'en');
    const start = timeline.chapterStarts[1] ?? 0;
    const said = timeline.beats
      .slice(0, start)
      .flatMap((b) => (b.beat.kind === 'say' ? [b.beat.text] : []));
    expect(said.length).toBeGreaterThan(0);
    expect(target.narration).toBe(said.at(-1));
  });

  it('follows the container each narration talks about, as its claims name it', () => {
    const holder: { target?: ConsoleTarget } = {};
    const { clock, target, player } = setup('isolation', {
      modelState: () => holder.target!.sim.getState(),
    });
    holder.target = target;
    player.start();
    clock.advance(HOUR);
    expect(target.checks.length).toBeGreaterThan(5);
    for (const { report, followed } of target.checks) {
      const named = report.results
        .map((r) => r.claim)
        .flatMap((c) => ('container' in c && typeof c.container === 'string' ? [c.container] : []));
      if (named.length > 0) expect(followed, `step ${report.step}`).toBe(named[0]);
    }
    const followedNames = new Set(target.checks.map((c) => c.followed));
    expect(followedNames.has('HYPVCON')).toBe(true);
    expect(followedNames.has('WINCONT')).toBe(true);
  });

  it('restarts after a take-over', () => {
    const { target, player } = setup();
    player.start();
    player.takeOver();
    expect(target.last.state).toBe('taken-over');
    player.restart();
    expect(target.last.state).toBe('playing');
    expect(target.resets).toBe(2);
  });

  it('changes speed in steps and reports it', () => {
    const { target, player } = setup();
    player.start();
    player.faster();
    expect(target.last.speed).toBe(1.5);
    player.slower();
    player.slower();
    expect(target.last.speed).toBe(0.75);
  });

  it('plays faster at a higher speed', () => {
    const slow = setup();
    const fast = setup('isolation', { speed: 4 });
    slow.player.start();
    fast.player.start();
    slow.clock.advance(20_000);
    fast.clock.advance(20_000);
    expect(fast.target.transcript.length).toBeGreaterThan(slow.target.transcript.length);
  });

  it('hands the console over on takeOver and stops the script, keeping the state', () => {
    const { clock, target, player } = setup();
    player.start();
    clock.advance(30_000);
    const lines = target.transcript.length;
    player.takeOver();
    expect(target.handedOver).toBe(true);
    expect(target.narration).toBeNull();
    expect(target.last.state).toBe('taken-over');
    clock.advance(HOUR);
    expect(target.transcript.length).toBe(lines);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('restarts from the starting state', () => {
    const { clock, target, player } = setup();
    player.start();
    clock.advance(60_000);
    player.restart();
    expect(target.transcript).toHaveLength(0);
    expect(target.last.state).toBe('playing');
  });

  it('loops for kiosk use', () => {
    const { clock, target, player } = setup('internals', { loop: true });
    player.start();
    clock.advance(HOUR);
    expect(target.resets).toBeGreaterThan(2);
    player.stop();
    expect(clock.pendingTimers()).toBe(0);
  });

  it.each(['isolation', 'conversion', 'docker', 'internals'])(
    'plays %s to the end with the same commands as headless',
    (name) => {
      const { clock, target, player } = setup(name);
      player.start();
      clock.advance(HOUR);
      expect(target.last.state).toBe('finished');
      const commands = target.transcript.filter((l) => /^(\[\w+\]: )?PS C:\\> |^C:\\>/.test(l));
      expect(commands.length).toBeGreaterThan(3);
    },
  );
});
