// `isolab demo networking --step` in a real 80×24 pseudo-terminal (docs/fidelity-notes.md
// E4, N1–N3): stepped with `.` to the narration that says each started container holds an
// address of its own on NAT's subnet; its claims hold (no ⚠ row under it) and the address
// a claim names is on the screen, in the console's Get-ContainerNetworkAdapter row.
import { describe, expect, it, type TestContext } from 'vitest';
import { builtinScenario, compileTimeline } from '../../src/demo/index.js';
import { PtySession } from './pty-session.js';

const COLS = 80;
const ROWS = 24;

const open = (context: TestContext, args: string[]) => {
  const session = new PtySession(args, { cols: COLS, rows: ROWS });
  context.onTestFinished(() => session.kill('SIGKILL'));
  return session;
};

const statusLine = (screen: string[]) => screen.find((l) => /step \d+\/\d+/.test(l)) ?? '';
const stepOf = (screen: string[]) => Number(/step (\d+)\/\d+/.exec(statusLine(screen))?.[1] ?? NaN);

/** The say step whose narration starts so, and the addresses its claims name by container. */
function addressNarration(start: string) {
  const scenario = builtinScenario('networking')!;
  const step = scenario.steps.find((s) => 'say' in s && s.say.en.startsWith(start));
  if (step === undefined || !('say' in step)) throw new Error(`no narration "${start}"`);
  const addresses = new Map<string, string>();
  for (const claim of step.claims ?? [])
    if ('addressOn' in claim && claim.address !== undefined)
      addresses.set(claim.container, claim.address);
  return { text: step.say.en, addresses };
}

describe('isolab demo networking, stepped with ., at 80×24', () => {
  it('the address narration: its claim held and the address on screen', async (context) => {
    const { text, addresses } = addressNarration('Started, each holds an address');
    expect(addresses.size).toBe(2);
    const steps = compileTimeline(builtinScenario('networking')!, 'en').beats.length;
    const session = open(context, ['demo', 'networking', '--step']);
    let screen = await session.waitFor((s) => /paused/.test(statusLine(s)), 'paused at the start');
    const narrated = (s: string[]) => s.some((l) => l.includes(`» ${text}`));
    for (let presses = 0; !narrated(screen) && presses < steps; presses++) {
      const at = stepOf(screen);
      await session.keys('.');
      screen = await session.waitFor((s) => stepOf(s) > at, `a step past ${at}`);
    }
    expect(narrated(screen)).toBe(true);
    expect(statusLine(screen)).toMatch(/paused/);
    // The claim held: the player shows no warning row under the narration.
    expect(screen.join('\n')).not.toContain('⚠');
    expect(screen.join('\n')).not.toContain('The narration is not so here');
    // The console (scrolled to its last rows at this height) shows an adapter row of a
    // container the claims name, with the very address the claim states.
    const shown = [...addresses].filter(([name, address]) =>
      screen.some((l) => new RegExp(`Network Adapter ${name}\\s.*\\{${address}\\b`).test(l)),
    );
    expect(shown.length).toBeGreaterThan(0);
    for (const line of screen) expect(line.length).toBeLessThanOrEqual(COLS);
    expect(screen).toHaveLength(ROWS);
    await session.keys('q');
    expect((await session.exit()).exitCode).toBe(0);
  }, 60_000);
});
