// `isolab demo --check`: every built-in demo's claims hold at three seeds; a scenario with
// one false claim exits 1, naming the scenario, the step and the claim.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolab } from '../support/isolab-cli.js';

describe('isolab demo --check', () => {
  it.each(['isolation', 'conversion', 'docker', 'internals', 'networking'])(
    '%s holds at three seeds',
    (name) => {
      for (const seed of ['1', '7', '4242']) {
        const r = isolab(['demo', '--check', name, '--seed', seed]);
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        expect(r.stdout).toMatch(
          new RegExp(`^isolab demo --check: ${name}: [1-9]\\d* claims hold \\(seed ${seed}\\)\\n$`),
        );
      }
    },
  );

  it('fails on a false claim, naming the scenario, the step and the claim', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'isolab-check-')), 'false.json');
    writeFileSync(
      path,
      JSON.stringify({
        name: 'false-claim',
        title: { en: 'F', ko: 'F' },
        description: { en: 'F', ko: 'F' },
        start: 'host',
        steps: [
          { say: { en: 'Three csrss.', ko: '셋.' }, claims: [{ hostCsrss: 3 }] },
          { type: 'Start-Container (New-Container -Name D -ContainerImageName NanoServer)' },
          { say: { en: 'Still three.', ko: '여전히 셋.' }, claims: [{ hostCsrss: 3 }] },
        ],
      }),
    );
    const r = isolab(['demo', '--check', path]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `isolab demo --check: scenario 'false-claim' steps[2]: claim {"hostCsrss":3} is false: ` +
        'expected the host shows 3 csrss; actual the host shows 4 csrss\n',
    );
    // The headless transcript fails the same way, after printing what it played.
    const headless = isolab(['demo', '--file', path, '--headless']);
    expect(headless.status).toBe(1);
    expect(headless.stdout).toMatch(/# Still three\.\n$/);
    expect(headless.stderr).toMatch(/^isolab: scenario 'false-claim' steps\[2\]: claim/);
  });

  it('names an unknown scenario', () => {
    const r = isolab(['demo', '--check', 'nope']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown scenario 'nope'/);
  });
});
