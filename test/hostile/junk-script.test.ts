// A junk script through `isolab run` as a whole process: 2,000 random lines with control
// bytes, NULs, a 5,000-character line, unbalanced braces and quotes, every dash, deep member
// chains. Every line is run and shows in the transcript in its place (echo, then what it
// printed or its error record), the process ends with 1 and no stack trace, and no line
// takes over 50 ms on the CLI's own code path (readInput → runTranscript).
// (test/shell/shell-fuzz.test.ts fuzzes Shell.execute line by line; this is the whole program.)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInput } from '../../src/cli/input.js';
import { runTranscript } from '../../src/cli/transcript.js';
import { Shell } from '../../src/shell/index.js';
import { createSim } from '../../src/sim/index.js';
import { BIN } from '../e2e/pty-session.js';
import { seededRandom } from '../support/seeded-random.js';

const dir = mkdtempSync(join(tmpdir(), 'isolab-junk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DASHES = [
  '-',
  '\u2010',
  '\u2011',
  '\u2012',
  '\u2013',
  '\u2014',
  '\u2015',
  '\u2212',
  '\ufe63',
  '\uff0d',
];
const CONTROLS = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), '\x7f'].filter(
  (c) => c !== '\n',
);
const WORDS = [
  'Get-Process',
  'gps',
  'Get-Container',
  'New-Container',
  'Start-Container',
  'Stop-Container',
  'Set-Container',
  'Remove-Container',
  'Enter-PSSession',
  'Get-ComputeProcess',
  'Invoke-Command',
  'Where-Object',
  'where',
  '?',
  '%',
  'Select-Object',
  'select',
  'Format-Table',
  'ft',
  'fl',
  'Sort-Object',
  'Measure-Object',
  'Get-Help',
  'docker',
  'cmd',
  'tasklist',
  'Get-Contaner',
  'Name',
  'ContainerImageName',
  'RuntimeType',
  'HyperV',
  'Default',
  'NanoServer',
  'csrss',
  'vmwp',
  'DEMO',
  '$con',
  '$_',
  '$null',
  '$true',
  '${x}',
  '$(',
  '@(',
  '@{',
  '[int]',
  '[string]',
  '::',
  '..',
  '.',
  '|',
  ';',
  ',',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  "'",
  '"',
  '`',
  '$',
  '#',
  '<#',
  '#>',
  '@"',
  '"@',
  '*',
  '?',
  '=',
  '-eq',
  '-like',
  '-match',
  '-and',
  '-f',
  '--isolation=hyperv',
  'run',
  'ps',
  'inspect',
  '1',
  '0x10',
  '1e308',
  '.5',
  '中',
  '컨테이너',
  '🐳',
  '\u00a0',
  '\u200b',
  '\u2028',
  '\ufeff',
  '\u2018',
  '\u201c',
];

function junkLine(random: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const parts: string[] = [];
  const count = 1 + Math.floor(random() * 16);
  for (let i = 0; i < count; i++) {
    const roll = random();
    if (roll < 0.12)
      parts.push(
        ` ${pick(DASHES)}${pick(['Name', 'RuntimeType', 'Force', 'I', 'ContainerName', 'X'])} `,
      );
    else if (roll < 0.2) parts.push(pick(CONTROLS));
    else if (roll < 0.25) parts.push(String.fromCharCode(32 + Math.floor(random() * 95)));
    else parts.push(pick(WORDS), ' ');
  }
  return parts.join('');
}

/** The script: 2,000 random lines, then the special ones, shuffled in. */
function junkScript(seed: number): string[] {
  const random = seededRandom(seed);
  // `exit` on the host would end the script (rightly); a blank line or a comment is no
  // command; a CR before the line feed is part of the line ending.
  const usable = (l: string) =>
    !/exit/i.test(l) && l.trim() !== '' && !l.trimStart().startsWith('#') && !l.endsWith('\r');
  const lines: string[] = [];
  while (lines.length < 2000) {
    const line = junkLine(random);
    if (usable(line)) lines.push(line);
  }
  const special = [
    '\0',
    'Get-Process\0csrss',
    '\0\0\0 Get-Container \0',
    `Get-Process ${'x'.repeat(4988)}`,
    Array.from({ length: 5000 }, () => String.fromCharCode(33 + Math.floor(random() * 94))).join(
      '',
    ),
    '{'.repeat(300),
    '}'.repeat(300),
    '('.repeat(200) + '1',
    "'unterminated",
    '"unterminated $(',
    '@"',
    `$con${'.ContainerId'.repeat(200)}`,
    `$a${'.b'.repeat(500)}`,
    `(Get-Process)${'[0]'.repeat(100)}`,
    ...DASHES.map((d) => `Get-Process ${d}Name csrss`),
    ...DASHES.map(
      (d) => `New-Container ${d}Name junk${DASHES.indexOf(d)} ${d}ContainerImageName NanoServer`,
    ),
    '\x1b[2J\x1b[?1049h',
    'Get-Process\rcsrss',
    'docker run -it --isolation=hyperv 646d6317b02f cmd ; $(rm -rf /) `whoami`',
  ];
  for (const line of special) lines.splice(Math.floor(random() * lines.length), 0, line);
  return lines;
}

interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function isolabRun(file: string): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'run', file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Each command's chunk of the transcript and its time, on the CLI's code path. */
function inProcess(file: string) {
  const input = readInput(file, undefined);
  if (!input.ok) throw new Error(input.message);
  const sim = createSim({ seed: 1, start: 'host' });
  const shell = new Shell({ sim, consoleWidth: 120 });
  const chunks: (readonly string[])[] = [];
  const times: number[] = [];
  let last = performance.now();
  const result = runTranscript(input.commands, {
    sim,
    shell,
    onLines: (lines) => {
      const now = performance.now();
      // From the previous command's output to this one's: this command's run (and the
      // previous one's second of simulated time).
      times.push(now - last);
      chunks.push(lines);
      last = now;
    },
  });
  return { commands: input.commands, chunks, times, hadError: result.hadError };
}

const STACK = /^\s+at .+:\d+:\d+\)?$/m;

describe('a junk script through isolab run', () => {
  const lines = junkScript(20_240_601);
  const file = join(dir, 'junk.ps1');
  writeFileSync(file, `${lines.join('\n')}\n`);

  it('is what the issue asks for', () => {
    expect(lines.length).toBeGreaterThan(2000);
    const text = lines.join('\n');
    expect(text).toContain('\0');
    expect(Math.max(...lines.map((l) => l.length))).toBeGreaterThanOrEqual(5000);
    for (const dash of DASHES) expect(text).toContain(dash);
    for (const control of CONTROLS) expect(text, JSON.stringify(control)).toContain(control);
  });

  it('as a whole process: every line in its place, exit 1, no stack trace', async () => {
    const ran = await isolabRun(file);
    const expected = inProcess(file);
    expect(expected.commands).toEqual(lines);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(1);
    // Each line was run, in order: the transcript is exactly its echo and output, line by
    // line, for all of them (nothing skipped, nothing stopped early, nothing extra).
    expect(expected.chunks).toHaveLength(lines.length);
    expect(ran.stdout === `${expected.chunks.flat().join('\n')}\n`).toBe(true);
    expect(ran.stdout).not.toMatch(STACK);
    expect(ran.stdout).not.toContain('InternalError');
    // Junk gets an error record: most lines here do, and every record is complete.
    const withRecords = expected.chunks.filter((c) =>
      c.some((l) => l.startsWith('    + FullyQualifiedErrorId : ')),
    );
    expect(withRecords.length).toBeGreaterThan(lines.length * 0.8);
    for (const chunk of expected.chunks) {
      const categories = chunk.filter((l) => l.startsWith('    + CategoryInfo ')).length;
      const ids = chunk.filter((l) => l.startsWith('    + FullyQualifiedErrorId : ')).length;
      expect(ids, chunk.join('\n')).toBe(categories);
    }
  });

  it('no line takes over 50 ms (the fastest of three runs of each)', () => {
    const runs = [inProcess(file), inProcess(file), inProcess(file)];
    const best = lines.map((_, i) => Math.min(...runs.map((r) => r.times[i] ?? Infinity)));
    const slow = best
      .map((ms, i) => ({
        ms: Math.round(ms * 10) / 10,
        line: JSON.stringify(lines[i]).slice(0, 120),
      }))
      .filter((x) => x.ms > 50);
    expect(slow).toEqual([]);
  });
});
