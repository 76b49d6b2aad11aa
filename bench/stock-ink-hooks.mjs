// Module-loading hooks: Ink's own modules (node_modules/ink/build/*) served from the
// folder in ISOLAB_STOCK_INK (see stock-ink.mjs) instead of the patched ones. Only the
// source changes; each module keeps its URL, so its imports resolve as before.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MARK = '/node_modules/ink/build/';

export async function load(url, context, nextLoad) {
  const at = url.indexOf(MARK);
  if (url.startsWith('file:') && at !== -1) {
    const stock = join(
      process.env.ISOLAB_STOCK_INK,
      'node_modules/ink/build',
      url.slice(at + MARK.length),
    );
    if (existsSync(stock))
      return { format: 'module', shortCircuit: true, source: readFileSync(stock, 'utf8') };
    if (fileURLToPath(url).endsWith('bounded-cache.js'))
      throw new Error(
        'stock Ink imported the patch’s bounded-cache.js: the patch was not reversed',
      );
  }
  return nextLoad(url, context);
}
