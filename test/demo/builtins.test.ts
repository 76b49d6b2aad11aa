import { describe, expect, it } from 'vitest';
import { builtinScenarios, runHeadless, type Scenario } from '../../src/demo/index.js';

const narrations = (s: Scenario) =>
  s.steps
    .flatMap((step) => ('say' in step ? [step.say] : 'chapter' in step ? [step.chapter] : []))
    .concat([s.title, s.description]);

describe('built-in scenarios', () => {
  it('are the four of the spec and the networking demo (issue 13)', () => {
    expect(builtinScenarios().map((s) => s.name)).toEqual([
      'isolation',
      'conversion',
      'docker',
      'internals',
      'networking',
    ]);
  });

  it.each(builtinScenarios().map((s) => [s.name, s] as const))(
    '%s has every narration in English and Korean',
    (_name, scenario) => {
      for (const text of narrations(scenario)) {
        expect(text.en.trim()).not.toBe('');
        expect(text.ko.trim()).not.toBe('');
        // Korean text really is Korean (Hangul syllables), not an English copy.
        expect(text.ko).toMatch(/[\uac00-\ud7a3]/);
      }
    },
  );

  const expectedErrors: Record<string, number> = {
    isolation: 0,
    internals: 0,
    conversion: 1,
    docker: 1,
    networking: 0,
  };
  it.each(builtinScenarios().map((s) => [s.name, s] as const))(
    '%s plays headless to the end, errors only where demonstrated',
    (name, scenario) => {
      const result = runHeadless(scenario, { lang: 'en' });
      expect(result.errorSteps).toHaveLength(expectedErrors[name] ?? 0);
      expect(result.lines.length).toBeGreaterThan(10);
    },
  );
});
