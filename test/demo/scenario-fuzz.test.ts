// A fuzz test over scenario files (issue 15): random steps, names, narration with control
// characters and huge values, loaded and played headless. Nothing crashes, every file is
// either a scenario or one message, each run stays within a bounded count of transcript
// lines, and no raw control byte reaches any output line or message.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEY_NAMES, loadScenarioText, runHeadless } from '../../src/demo/index.js';

// eslint-disable-next-line no-control-regex -- what must never reach the terminal
const RAW = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff]/;
const NASTY = [
  '\x1b]52;c;aGk=\x07',
  '\x1b[2J',
  '\x1b]0;t\x07',
  '\0',
  '\r',
  '\b',
  '\x9b',
  '\u202e',
  '\u200d',
  '\ufeff',
];

const nastyText = fc
  .array(
    fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 8 }), fc.constant('컨테이너')),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(''));
const huge = fc.constantFrom(1e308, -1e308, 2 ** 53, Number.MAX_VALUE, 0.5, -1, 60_001);
const value = fc.oneof(nastyText, huge, fc.constant(null), fc.integer());
/** Mostly well-formed, so that many files load and play; sometimes anything at all. */
const nonEmpty = nastyText.map((t) => `n${t}`);
const localized = fc.oneof(
  { arbitrary: fc.record({ en: nonEmpty, ko: nonEmpty }), weight: 12 },
  { arbitrary: fc.record({ en: fc.constant('x'.repeat(200_000)), ko: nonEmpty }), weight: 1 },
  { arbitrary: value, weight: 1 },
);
const command = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      'Get-Container',
      '"a`ab`0c`bd`re"',
      'Get-Process csrss',
      'docker ps',
    ),
    weight: 6,
  },
  { arbitrary: nonEmpty.map((t) => `'${t.replace(/'/g, "''")}'`), weight: 3 },
  { arbitrary: nastyText, weight: 1 },
);
const step = fc.oneof(
  { arbitrary: fc.record({ chapter: localized }), weight: 3 },
  { arbitrary: fc.record({ say: localized }), weight: 3 },
  { arbitrary: fc.record({ type: command }), weight: 4 },
  {
    arbitrary: fc.record({ key: fc.constantFrom(...KEY_NAMES), container: nonEmpty }),
    weight: 2,
  },
  { arbitrary: fc.record({ wait: fc.oneof(huge, fc.integer({ min: 0, max: 100 })) }), weight: 1 },
  { arbitrary: fc.record({ spotlight: fc.constantFrom('host', 'console', null) }), weight: 1 },
  { arbitrary: fc.dictionary(nastyText, value, { maxKeys: 2 }), weight: 1 },
);
const scenario = fc.record({
  name: fc.oneof(
    { arbitrary: fc.constant('fuzz'), weight: 9 },
    { arbitrary: nastyText, weight: 1 },
  ),
  title: localized,
  description: localized,
  start: fc.constantFrom('host', 'lab', 'lab', 'moon'),
  steps: fc.array(step, { minLength: 1, maxLength: 8 }),
});

describe('scenario files from a fuzzer', () => {
  it('load to a scenario or one clean message; play headless with only visible text', () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom('en', 'ko'), (raw, lang) => {
        const result = loadScenarioText(JSON.stringify(raw), "'fuzz.json'");
        if (!result.ok) {
          expect(result.message, JSON.stringify(result.message)).not.toMatch(RAW);
          expect(result.message.split('\n')).toHaveLength(1);
          return;
        }
        const { lines } = runHeadless(result.scenario, { lang });
        // Bounded work: each step prints at most a screenful or so (a Get-Process table).
        expect(lines.length).toBeLessThan(200 * result.scenario.steps.length);
        for (const line of lines) expect(line, JSON.stringify(line)).not.toMatch(RAW);
      }),
      { numRuns: 300, seed: 20_261_206 },
    );
  });

  it('the generator reaches playable scenarios too (the test is not only about refusals)', () => {
    const playable = fc
      .sample(scenario, { numRuns: 300, seed: 20_261_206 })
      .filter((raw) => loadScenarioText(JSON.stringify(raw), "'f'").ok);
    expect(playable.length).toBeGreaterThan(20);
  });
});
