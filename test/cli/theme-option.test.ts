// --theme and ISOLAB_THEME (issue 12): the option wins; a bad value is one line naming the
// option (or the variable) and the choices, exit 2, before anything else is tried.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { themeWanted } from '../../src/ui/views/theme.js';
import { isolab, ROOT } from '../support/isolab-cli.js';

function withEnv(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'isolab.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 20_000,
    input: '',
    env: { ...process.env, ...env },
  });
  if (r.error) throw r.error;
  return r;
}

describe('choosing a theme', () => {
  it.each([
    [undefined, undefined, 'dark'],
    [undefined, 'light', 'light'],
    ['high-contrast', 'light', 'high-contrast'],
    ['light', undefined, 'light'],
    [undefined, '', 'dark'],
  ])('--theme %s, ISOLAB_THEME %s → %s', (flag, env, name) => {
    expect(themeWanted(flag, { ISOLAB_THEME: env })).toEqual({ ok: true, name });
  });

  it.each([[[]], [['demo']], [['learn', 'isolation-basics']]])(
    'a bad --theme on `isolab %j` is one line, exit 2',
    (args) => {
      const r = isolab([...args, '--theme', 'sepia']);
      expect(r.status).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/theme/);
      for (const choice of ['dark', 'light', 'high-contrast']) expect(lines[0]).toContain(choice);
    },
  );

  it('a bad ISOLAB_THEME is one line naming it and the choices, exit 2, before the terminal check', () => {
    for (const args of [[], ['demo']]) {
      const r = withEnv(args, { ISOLAB_THEME: 'sepia' });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(
        "isolab: ISOLAB_THEME='sepia' is not a theme; use one of dark, light, high-contrast\n",
      );
    }
    // The option wins over a bad variable: the next problem said is the missing terminal.
    const r = withEnv(['--theme', 'light'], { ISOLAB_THEME: 'sepia' });
    expect(r.stderr).toMatch(/needs an interactive terminal/);
  });

  it('--help names --theme with its choices and --no-mouse', () => {
    const r = isolab(['--help']);
    expect(r.stdout).toMatch(/--theme .*"dark", "light", "high-contrast"/s);
    expect(r.stdout).toContain('--mouse');
  });
});
