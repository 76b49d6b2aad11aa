import { describe, expect, it } from 'vitest';
import { loadScenarioText, validateScenario } from '../../src/demo/index.js';

const base = {
  name: 'mine',
  title: { en: 'T', ko: '제목' },
  description: { en: 'D', ko: '설명' },
  start: 'host',
  steps: [{ say: { en: 'hi', ko: '안녕' } }, { type: 'Get-Container' }],
};

const withSteps = (steps: unknown[]) => JSON.stringify({ ...base, steps });

describe('scenario validation', () => {
  it('accepts a well-formed scenario and keeps its steps in order', () => {
    const result = loadScenarioText(JSON.stringify(base), "'mine.json'");
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.scenario.steps).toHaveLength(2);
  });

  it.each([
    ['not JSON', '{ "name": ', /scenario 'f\.json': not valid JSON/],
    ['an array', '[]', /scenario 'f\.json': .*expected object/i],
    [
      'a missing field',
      JSON.stringify({ ...base, start: undefined }),
      /scenario 'f\.json': start: /,
    ],
    ['a bad start', JSON.stringify({ ...base, start: 'moon' }), /start: /],
    [
      'an unknown top-level field',
      JSON.stringify({ ...base, colour: 'red' }),
      /unknown field "colour"/,
    ],
    ['a narration without Korean', withSteps([{ say: { en: 'x' } }]), /steps\[0\]\.say\.ko/],
    [
      'a step of no known kind',
      withSteps([{ dance: 1 }]),
      /steps\[0\]: expected exactly one of chapter, say, type, key, wait, spotlight/,
    ],
    [
      'a step of two kinds',
      withSteps([{ type: 'Get-Container', wait: 1 }]),
      /steps\[0\]: .*found type and wait/,
    ],
    [
      'an unknown key name',
      withSteps([{ key: 'F5' }]),
      /steps\[0\]\.key: unknown key name \(known: t s /,
    ],
    [
      'an unknown command',
      withSteps([{ type: 'Format-C: /q' }]),
      /steps\[0\]\.type: unknown command "Format-C:"/,
    ],
    [
      'a command that does not parse',
      withSteps([{ type: "Get-Process | where {$_.Name -eq 'x'" }]),
      /steps\[0\]\.type: does not parse: Missing closing '}'/,
    ],
    ['a negative wait', withSteps([{ wait: -5 }]), /steps\[0\]\.wait: /],
    [
      'an unknown pane',
      withSteps([{ say: { en: 'a', ko: 'b' }, pane: 'sky' }]),
      /steps\[0\]\.pane: /,
    ],
    ['no steps', withSteps([]), /steps: /],
  ])('rejects %s with one message naming the file and the field', (_label, text, pattern) => {
    const result = loadScenarioText(text, "'f.json'");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(pattern);
      expect(result.message.split('\n')).toHaveLength(1);
      expect(result.message).not.toMatch(/at .*\.ts:\d+/);
    }
  });

  it('accepts cmd.exe words only while a docker cmd is attached', () => {
    const attached = validateScenario(
      {
        ...base,
        steps: [
          { type: 'docker run -it --isolation=hyperv nanoserver cmd' },
          { type: 'tasklist' },
          { type: 'exit' },
        ],
      },
      'x',
    );
    expect(attached.ok).toBe(true);
    const detached = validateScenario({ ...base, steps: [{ type: 'tasklist' }] }, 'x');
    expect(detached.ok).toBe(false);
  });

  it('treats scenario text as data: a command is never evaluated while loading', () => {
    // A scenario can only name commands of the simulated console; nothing runs at load.
    const result = validateScenario(
      { ...base, steps: [{ type: 'Remove-Container -Name DEMO' }] },
      'x',
    );
    expect(result.ok).toBe(true);
  });
});
