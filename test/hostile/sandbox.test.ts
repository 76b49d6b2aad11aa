// Nothing typed into the console or written in a scenario can reach the real system: the
// layers that interpret user input import no I/O module and evaluate no code.
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../e2e/pty-session.js';

const SANDBOXED = ['src/sim', 'src/shell', 'src/demo'];
const FORBIDDEN_MODULES = [
  'fs',
  'fs/promises',
  'child_process',
  'net',
  'vm',
  'http',
  'https',
  'worker_threads',
  'dgram',
  'tls',
  'dns',
  'cluster',
  'process',
  'os',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? sourceFiles(path)
      : /\.(ts|tsx)$/.test(name)
        ? [path]
        : [];
  });
}

describe('the sandboxed layers', () => {
  const files = SANDBOXED.flatMap(sourceFiles);

  it('exist (the scan is not vacuous)', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files)('%s imports no I/O module and evaluates no code', (file) => {
    const text = readFileSync(file, 'utf8');
    const imports = [
      ...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g),
    ].map((m) => (m[1] as string).replace(/^node:/, ''));
    for (const name of imports) expect(FORBIDDEN_MODULES).not.toContain(name);
    expect(text).not.toMatch(/\beval\s*\(/);
    expect(text).not.toMatch(/\bnew\s+Function\s*\(/);
    expect(text).not.toMatch(/\bprocess\.(env|exit|stdout|stderr|stdin|kill)\b/);
    expect(text).not.toMatch(/\bimport\s*\(/);
  });

  it('the lint rule enforces it too: a forbidden import in src/shell is an error', async () => {
    const eslint = new ESLint({ cwd: process.cwd() });
    const [result] = await eslint.lintText(
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      {
        filePath: 'src/shell/evil.ts',
      },
    );
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
    const [evalResult] = await eslint.lintText('export const y = eval("1");\n', {
      filePath: 'src/demo/evil.ts',
    });
    expect(evalResult?.messages.map((m) => m.ruleId)).toContain('no-eval');
  });
});

describe('a scenario is data: what it types runs inside the simulation only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'isolab-sandbox-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const marker = (n: number) => join(dir, `pwned-${n}`);
  const noMarkers = () => {
    for (let n = 1; n <= 20; n++) expect(existsSync(marker(n)), marker(n)).toBe(false);
  };
  // Each would create a marker file if anything handed it to a real shell or evaluator.
  // These pass the scenario check (every top-level command is one the console knows):
  const ACCEPTED = [
    `docker run -d nanoserver cmd /c "touch ${marker(1)} && rm -rf /"`,
    `docker run -d nanoserver cmd; docker ps; $(touch ${marker(2)})`,
    `$(touch ${marker(3)})`,
    `"$(touch ${marker(4)}) and \`$(rm -rf /) and \`\`whoami\`\`"`,
    `Get-Process -Name "\`$(touch ${marker(5)})"`,
    `Get-Process | Where { $_.Name -eq $(touch ${marker(6)}) }`,
    `Get-Process ([System.IO.File]::WriteAllText('${marker(7)}', 'x'))`,
    'docker run -it nanoserver cmd',
    `echo pwned > ${marker(8)}`,
    'exit',
  ];
  // These do not: the loader refuses the file, naming the step.
  const REFUSED = [
    `docker run -d nanoserver cmd ; rm -rf / ; touch ${marker(9)}`,
    `\`touch ${marker(10)}\``,
    `Invoke-Expression 'touch ${marker(11)}'`,
    `sh -c 'touch ${marker(12)}'`,
    `node -e "require('fs').writeFileSync('${marker(13)}', '')"`,
  ];
  const scenarioFile = (name: string, steps: readonly string[]) => {
    const file = join(dir, `${name}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        name,
        title: { en: 'Hostile', ko: '적대적' },
        description: {
          en: 'Commands that would escape, if anything let them.',
          ko: '탈출을 시도하는 명령.',
        },
        start: 'host',
        steps: steps.map((type) => ({ type })),
      }),
    );
    return file;
  };

  const isolab = (...args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        [BIN, ...args],
        { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
        (error, stdout, stderr) =>
          resolve({
            code: error ? (typeof error.code === 'number' ? error.code : null) : 0,
            stdout,
            stderr,
          }),
      );
      child.stdin?.end();
    });

  it('through the demo player (headless): each step is echoed and answered by the simulated shell; no file appears', async () => {
    const r = await isolab('demo', '--file', scenarioFile('accepted', ACCEPTED), '--headless');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const line of ACCEPTED) expect(r.stdout).toContain(line);
    // The simulated answers: PowerShell's CommandNotFound for `touch`; the simulated
    // docker's container ids; the simulated cmd.exe's prompt.
    expect(r.stdout).toMatch(/The term 'touch' is not recognized as the name of a cmdlet/);
    expect(r.stdout).toMatch(/^[0-9a-f]{64}$/m);
    expect(r.stdout).toMatch(/^C:\\>/m);
    noMarkers();
  });

  it.for(REFUSED)('refused as a scenario step, with one line naming it: %s', async (line) => {
    const file = scenarioFile('refused', ['Get-Process csrss', line]);
    const r = await isolab('demo', '--file', file, '--headless');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`scenario '${file}': steps[1].type`);
    noMarkers();
  });

  it('typed at the console (isolab run), all of them: simulated answers only; no file appears', async () => {
    const script = join(dir, 'hostile.ps1');
    writeFileSync(script, `${[...ACCEPTED, ...REFUSED].join('\n')}\n`);
    const r = await isolab('run', script);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/The term 'sh' is not recognized/);
    expect(r.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    noMarkers();
  });
});
