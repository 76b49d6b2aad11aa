// Scenario files are hostile (issue 15): escape sequences in titles, chapters, narration,
// commands and field names come out visible; huge texts and waits are refused naming their
// limit; a key step naming a missing container acts on nothing, headless and on screen.
import { describe, expect, it } from 'vitest';
import {
  compileTimeline,
  loadScenarioText,
  Player,
  runHeadless,
  TEXT_LIMITS,
  type DemoStatus,
  type DemoTarget,
  type Scenario,
} from '../../src/demo/index.js';
import { FakeClock } from '../../src/sim/clock.js';
import { createStartingState } from '../../src/sim/index.js';
import { createDemoTarget } from '../../src/ui/actions/demo-target.js';
import { demoStatusText } from '../../src/ui/keys/hint-line.js';
import { translator } from '../../src/ui/text/i18n.js';
import { createUiStore } from '../../src/ui/ui-store.js';
import { labInsideDemo } from '../support/lab.js';

// eslint-disable-next-line no-control-regex -- what must never reach the terminal
const RAW = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b-\u200d\ufeff]/;
const OSC52 = '\x1b]52;c;aGVsbG8=\x07';
const OSC_TITLE = '\x1b]0;pwned\x07';
const both = (text: string) => ({ en: text, ko: text });

function scenarioJson(steps: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    name: 'hostile',
    title: both(`Title ${OSC_TITLE}`),
    description: both('d'),
    start: 'lab',
    steps,
    ...extra,
  });
}

function load(text: string): Scenario {
  const result = loadScenarioText(text, "'h.json'");
  if (!result.ok) throw new Error(result.message);
  return result.scenario;
}

const escapes = load(
  scenarioJson([
    { chapter: both(`Chapter ${OSC52}\u202e`) },
    { say: both(`Say ${OSC52}\x9b31m`) },
    // PowerShell 5 has no `e; BEL, NUL, BS and CR it makes from backtick escapes.
    { type: '"a`ab`0c`bd`re"' },
    { type: 'Get-Container' },
  ]),
);

describe('escape sequences from a scenario file', () => {
  it('demo --headless prints narration, chapters and command output visibly', () => {
    const { lines } = runHeadless(escapes, { lang: 'en' });
    for (const line of lines) expect(line, JSON.stringify(line)).not.toMatch(RAW);
    expect(lines).toContain('# == Chapter ^[]52;c;aGVsbG8=^G<U+202E> ==');
    expect(lines).toContain('# Say ^[]52;c;aGVsbG8=^G<U+009B>31m');
    expect(lines).toContain('a^Gb^@c^Hd^Me');
  });

  it('the chapter name and title reach the status line as text', () => {
    const timeline = compileTimeline(escapes, 'en');
    const statuses: DemoStatus[] = [];
    const target: DemoTarget = {
      reset() {},
      typeText() {},
      submit() {},
      pressKey() {},
      narrate: (text) => expect(text ?? '').not.toMatch(RAW),
      spotlight() {},
      status: (s) => statuses.push(s),
      handOver() {},
    };
    const clock = new FakeClock();
    new Player(timeline, target, clock).start();
    clock.advance(60_000);
    expect(statuses.length).toBeGreaterThan(0);
    const t = translator('en');
    for (const status of statuses) expect(demoStatusText(status, t)).not.toMatch(RAW);
    expect(statuses.map((s) => s.chapterTitle)).toContain('Chapter ^[]52;c;aGVsbG8=^G<U+202E>');
    const untitled = compileTimeline({ ...escapes, steps: [{ wait: 1 }] }, 'en');
    expect(untitled.chapterTitles).toEqual(['Title ^[]0;pwned^G']);
  });

  it('an unknown field named with OSC 52 comes back shown, not as a clipboard write', () => {
    const result = loadScenarioText(
      scenarioJson([{ say: both('x') }], { [`evil${OSC52}`]: 1 }),
      "'h.json'",
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).not.toMatch(RAW);
    expect(result.message).toContain('unknown field "evil^[]52;c;aGVsbG8=^G"');
  });
});

describe('limits a scenario meets, each named', () => {
  const refusal = (steps: unknown[], extra?: Record<string, unknown>) => {
    const result = loadScenarioText(scenarioJson(steps, extra), "'h.json'");
    return result.ok ? 'accepted' : result.message;
  };

  it('wait: 1e308 is told the range of a wait, not that it is no safe integer', () => {
    expect(refusal([{ wait: 1e308 }])).toBe("scenario 'h.json': steps[0].wait: from 0 to 60000 ms");
    expect(refusal([{ wait: -1 }])).toBe("scenario 'h.json': steps[0].wait: from 0 to 60000 ms");
    expect(refusal([{ wait: 1.5 }])).toBe("scenario 'h.json': steps[0].wait: a whole number of ms");
  });

  it('a 50,000-character chapter title, title or narration is refused at load', () => {
    const huge = 'x'.repeat(50_000);
    expect(refusal([{ chapter: both(huge) }])).toBe(
      `scenario 'h.json': steps[0].chapter.en: at most ${TEXT_LIMITS.chapter} characters`,
    );
    expect(refusal([{ say: both(huge) }])).toBe(
      `scenario 'h.json': steps[0].say.en: at most ${TEXT_LIMITS.say} characters`,
    );
    expect(refusal([{ wait: 1 }], { title: both(huge) })).toBe(
      `scenario 'h.json': title.en: at most ${TEXT_LIMITS.title} characters`,
    );
  });
});

describe('a key step naming a missing container', () => {
  const scenario = load(scenarioJson([{ key: 's', container: 'NOPE' }]));

  it('headless: a note, nothing run', () => {
    const { lines } = runHeadless(scenario, { lang: 'en' });
    expect(lines).toEqual(['# No container named NOPE.']);
  });

  it('on the dashboard: the selected container is left alone, the note says why', () => {
    const sim = labInsideDemo(1);
    const clock = new FakeClock();
    const store = createUiStore({ sim, clock, lang: 'en', size: { columns: 120, rows: 36 } });
    const demo = sim.getState().containers.find((c) => c.name === 'DEMO')!;
    expect(demo.state).toBe('Running');
    store.getState().actions.pressKey('j', null);
    const target = createDemoTarget(store, {
      sim,
      resetModel: () => sim.store.setState(createStartingState('lab', 1), true),
    });
    new Player(compileTimeline(scenario, 'en'), target, clock).start();
    clock.advance(60_000);
    expect(sim.getState().containers.map((c) => [c.name, c.state])).toEqual(
      createStartingState('lab', 1).containers.map((c) => [c.name, c.state]),
    );
    const notes = store.getState().console.lines.map((l) => l.text);
    expect(notes).toContain('# No container named NOPE.');
  });
});
