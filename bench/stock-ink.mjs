// Ink as published, for the benchmark's baseline: a copy of node_modules/ink/build with
// patches/ink+6.8.0.patch reversed, in a temporary folder. stock-ink-scale.mjs serves
// Ink's modules from it (stock-ink-hooks.mjs), so one run measures both.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The folder holding node_modules/ink/build as published; remove it when done. */
export function stockInk() {
  const dir = mkdtempSync(join(os.tmpdir(), 'isolab-stock-ink-'));
  cpSync(join(root, 'node_modules/ink/build'), join(dir, 'node_modules/ink/build'), {
    recursive: true,
  });
  // git apply works outside a repository too; the patch's paths are node_modules/ink/…
  execFileSync('git', ['apply', '-R', join(root, 'patches/ink+6.8.0.patch')], { cwd: dir });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
