// `isolab demo` from the command line: user scenario files, bad ones, and no terminal.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolab } from '../support/isolab-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'isolab-scenarios-'));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const scenario = (steps: unknown[]) => ({
  name: 'mine',
  title: { en: 'Mine', ko: '내 것' },
  description: { en: 'A user scenario', ko: '사용자 시나리오' },
  start: 'lab',
  steps,
});

describe('isolab demo --file <file>', () => {
  it('plays a user-written scenario headless, from its starting state', () => {
    const path = file(
      'good.json',
      scenario([
        { say: { en: 'Look at DEMO.', ko: 'DEMO를 보세요.' } },
        { type: 'Enter-PSSession -ContainerName DEMO' },
        { type: 'exit' },
        { type: 'Get-Container' },
      ]),
    );
    const r = isolab(['demo', '--file', path, '--headless']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      '# Look at DEMO.',
      'PS C:\\> Enter-PSSession -ContainerName DEMO',
      '[DEMO]: PS C:\\> exit',
      'PS C:\\> Get-Container',
    ]);
    expect(r.stdout).toMatch(/^DEMO\s+Running/m);
  });

  it('--scenario FILE still works on demo, with one deprecation line', () => {
    const path = file('alias.json', scenario([{ type: 'exit' }, { type: 'Get-Container' }]));
    const r = isolab(['demo', '--scenario', path, '--headless']);
    expect(r.status).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([
      'isolab demo: --scenario FILE is deprecated here (it names a starting state elsewhere); use --file FILE',
    ]);
    expect(r.stdout).toMatch(/^PS C:\\> Get-Container\n/m);
    expect(r.stdout).toMatch(/^DEMO\s+Running/m);
  });

  it.each([
    ['not JSON', '{"name": "x",', /scenario '.*notjson\.json': not valid JSON/],
    ['wrong shape', { name: 'x' }, /scenario '.*shape\.json': title: /],
    [
      'an unknown command',
      scenario([{ type: 'Invoke-WebRequest http://example.com' }]),
      /scenario '.*command\.json': steps\[0\]\.type: unknown command "Invoke-WebRequest"/,
    ],
    [
      'an unknown key name',
      scenario([{ key: 'F13' }]),
      /scenario '.*key\.json': steps\[0\]\.key: unknown key name/,
    ],
  ])(
    'rejects %s: one line on stderr naming the file and the field, exit 2',
    (label, content, pattern) => {
      const name = {
        'not JSON': 'notjson.json',
        'wrong shape': 'shape.json',
        'an unknown command': 'command.json',
        'an unknown key name': 'key.json',
      }[label] as string;
      const r = isolab(['demo', '--file', file(name, content), '--headless']);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\bat\s.+:\d+:\d+/);
    },
  );

  it('names a missing file', () => {
    const r = isolab(['demo', '--file', join(dir, 'nope.json'), '--headless']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read scenario '.*nope\.json': no such file/);
  });

  it('needs a terminal unless --headless: one line naming isolab run, exit 2', () => {
    const r = isolab(['demo']);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('isolab run');
  });

  it('rejects a bad --speed before anything is drawn', () => {
    const r = isolab(['demo', '--speed', '0', '--headless']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--speed/);
  });
});
