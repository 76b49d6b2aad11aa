// The npm package: what `npm pack` puts in the tarball is enough to run `isolab` after an
// install into an empty folder. (The install itself needs the registry, so this checks
// offline what it would need: the files, and that every package the code imports is a
// declared dependency, not a devDependency.)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  engines: { node: string };
  type: string;
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('the npm package', () => {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  ) as [{ files: { path: string }[] }];
  const paths = packed[0].files.map((f) => f.path);

  it('declares the binary, ESM and Node 22 or later (Ink 8 needs 22)', () => {
    expect(pkg.bin.isolab).toBe('bin/isolab.js');
    expect(pkg.type).toBe('module');
    expect(pkg.engines.node).toBe('>=22');
  });

  it('ships the built CLI, the built-in scenarios, README and LICENSE — and no tests', () => {
    for (const needed of [
      'bin/isolab.js',
      'dist/cli/main.js',
      'dist/ui/run-dashboard.js',
      'dist/demo/scenarios/isolation.json',
      'README.md',
      'LICENSE',
      'package.json',
    ]) {
      expect(paths).toContain(needed);
    }
    expect(paths.some((p) => p.startsWith('test/') || p.startsWith('src/'))).toBe(false);
  });

  it('runs its dependencies as published: no install scripts, no patches', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    for (const hook of ['preinstall', 'install', 'postinstall'])
      expect(pkg.scripts[hook]).toBeUndefined();
    expect(paths.some((p) => p.startsWith('patches/') || p.startsWith('scripts/'))).toBe(false);
  });

  it('declares as a dependency every package the built code imports', () => {
    const imported = new Set<string>();
    for (const file of files(join(ROOT, 'dist')).filter((f) => f.endsWith('.js'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(
        /(?:from\s+|import\s*\(\s*)['"]([^'"./][^'"]*)['"]/g,
      )) {
        const spec = m[1] as string;
        if (spec.startsWith('node:') || builtinModules.includes(spec)) continue;
        imported.add(
          spec.startsWith('@')
            ? spec.split('/').slice(0, 2).join('/')
            : (spec.split('/')[0] as string),
        );
      }
    }
    expect(imported.size).toBeGreaterThan(3);
    for (const name of imported) expect(Object.keys(pkg.dependencies)).toContain(name);
  });
});
