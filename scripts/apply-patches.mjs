// `npm ci` / `npm install` in a checkout of isolab: apply patches/ to node_modules with
// patch-package (today one patch, Ink 6.8's output pass: see patches/README.md).
//
// Installed as a package elsewhere (`npm install isolab`), there are no patches/ and no
// dev dependencies: nothing to do, and the install must not fail. Ink then runs as
// published: the same screen, drawn more slowly at large scales.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const root = new URL('../', import.meta.url);
if (!existsSync(new URL('patches/', root))) process.exit(0);

let patchPackage;
try {
  patchPackage = createRequire(root).resolve('patch-package/index.js');
} catch {
  console.warn(
    'isolab: patch-package is not installed (no dev dependencies?); Ink runs unpatched.',
  );
  process.exit(0);
}
const run = spawnSync(process.execPath, [patchPackage, '--error-on-fail'], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
