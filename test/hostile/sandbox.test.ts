// Nothing typed into the console or written in a scenario can reach the real system: the
// layers that interpret user input import no I/O module and evaluate no code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const SANDBOXED = ['src/sim', 'src/shell', 'src/demo'];
const FORBIDDEN_MODULES = ['fs', 'fs/promises', 'child_process', 'net', 'vm', 'http', 'https', 'worker_threads', 'dgram', 'tls', 'dns', 'cluster', 'process', 'os'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('the sandboxed layers', () => {
  const files = SANDBOXED.flatMap(sourceFiles);

  it('exist (the scan is not vacuous)', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files)('%s imports no I/O module and evaluates no code', (file) => {
    const text = readFileSync(file, 'utf8');
    const imports = [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => (m[1] as string).replace(/^node:/, ''));
    for (const name of imports) expect(FORBIDDEN_MODULES).not.toContain(name);
    expect(text).not.toMatch(/\beval\s*\(/);
    expect(text).not.toMatch(/\bnew\s+Function\s*\(/);
    expect(text).not.toMatch(/\bprocess\.(env|exit|stdout|stderr|stdin|kill)\b/);
    expect(text).not.toMatch(/\bimport\s*\(/);
  });

  it('the lint rule enforces it too: a forbidden import in src/shell is an error', async () => {
    const eslint = new ESLint({ cwd: process.cwd() });
    const [result] = await eslint.lintText("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", {
      filePath: 'src/shell/evil.ts',
    });
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
    const [evalResult] = await eslint.lintText('export const y = eval("1");\n', { filePath: 'src/demo/evil.ts' });
    expect(evalResult?.messages.map((m) => m.ruleId)).toContain('no-eval');
  });
});
