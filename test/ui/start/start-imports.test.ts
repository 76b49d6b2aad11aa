// What the dashboard's start loads (ARCHITECTURE.md, "What the start loads"): the built
// dashboard module, imported in a fresh Node with a loader hook that lists every module
// loaded. zod (the scenario and lesson schemas) is only for reading those files: loaded at
// start it cost 3 MB of heap and ~95 modules for every `isolab`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
// The hook runs on the loader's thread: it appends each URL to a file (its stderr writes can
// be lost when the main thread ends first).
const HOOK = `data:text/javascript,${encodeURIComponent(
  "import { appendFileSync } from 'node:fs'; export async function load(url, context, next) { appendFileSync(process.env.LOADED_LIST, url + '\\n'); return next(url, context); }",
)}`;

function modulesLoadedBy(file: string): string[] {
  const list = join(mkdtempSync(join(tmpdir(), 'isolab-start-')), 'loaded.txt');
  const script = `import { register } from 'node:module'; register(${JSON.stringify(HOOK)}); await import(${JSON.stringify(`${root}${file}`)});`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, LOADED_LIST: list },
  });
  expect(run.status, run.stderr).toBe(0);
  return readFileSync(list, 'utf8').split('\n').filter(Boolean);
}

describe("the dashboard's start", () => {
  it('loads Ink and the model but no schema library', () => {
    const loaded = modulesLoadedBy('dist/ui/run-dashboard.js');
    // The hook sees the modules: without these the test would pass for a broken hook.
    expect(loaded.some((url) => url.includes('/node_modules/ink/'))).toBe(true);
    expect(loaded.some((url) => url.includes('/dist/sim/'))).toBe(true);
    expect(loaded.filter((url) => url.includes('/node_modules/zod/'))).toEqual([]);
  });

  it('is what loads zod when a scenario file is read (the check above can fail)', () => {
    const loaded = modulesLoadedBy('dist/demo/index.js');
    expect(loaded.some((url) => url.includes('/node_modules/zod/'))).toBe(true);
  });
});
