// `BENCH_FROM_PACK=1 npm run bench`: what users install is what is measured. The package is
// packed (`npm pack`, which builds it), installed into an empty temporary folder from that
// tarball (its dependencies from the registry, as `npm install isolab` would get them, no
// dev dependencies), and this bench folder is copied into the installed package, so that
// its `../dist` and `../bin` are the installed ones. Only node-pty, a dev tool of the
// real-terminal part, is linked from the checkout.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

/** The installed package's folder. */
export function installFromPack(root) {
  const dir = mkdtempSync(join(os.tmpdir(), 'isolab-pack-'));
  const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], {
    cwd: root,
    encoding: 'utf8',
  });
  const tarball = join(dir, packed.trim().split('\n').at(-1));
  writeFileSync(join(dir, 'package.json'), '{ "name": "isolab-installed", "private": true }\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--omit=dev', tarball], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const installed = join(dir, 'node_modules', 'isolab');
  cpSync(join(root, 'bench'), join(installed, 'bench'), { recursive: true });
  symlinkSync(join(root, 'node_modules', 'node-pty'), join(dir, 'node_modules', 'node-pty'));
  return installed;
}
