// Fuzzing the parser (the mvdan/sh fuzz_test model): whatever the line, `parse` returns a
// tree whose extents all lie inside the line, or a parse error marking a place inside it.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parse } from '../../../src/shell/syntax/index.js';
import { extentProblems } from './ast-walk.js';
import { seededRandom } from '../../support/seeded-random.js';

/** Throws (failing the property) if `parse(line)` breaks a promise. */
function checkLine(line: string): void {
  const result = parse(line);
  const fail = (why: string): never => {
    throw new Error(
      `${why} for ${JSON.stringify(line.length > 300 ? `${line.slice(0, 300)}…` : line)}`,
    );
  };
  if (result.ok) {
    const problems = extentProblems(line, result.script);
    if (problems.length > 0) fail(problems.slice(0, 3).join('; '));
    return;
  }
  const errors = result.errors ?? fail('no error list');
  if (errors[0] !== result.error) fail('the first error is not the error');
  for (const e of errors) {
    if (e.errorId === 'UnrecoverableParserError') fail('the parser failed internally');
    if (!e.errorId || !e.message) fail('an error without id or message');
    const { start, end } = e.extent;
    if (!(
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      0 <= start &&
      start <= end &&
      end <= line.length
    )) {
      fail(`${e.errorId} marks ${start}..${end} outside the line`);
    }
    if (typeof e.incompleteInput !== 'boolean') fail(`${e.errorId} without incompleteInput`);
  }
}

const FRAGMENTS = [
  ...'$@{}()[]\'"`|;,.-+*/%=!#<>&?:\\ \t\n\r\0',
  '\u2013',
  '\u2014',
  '\u2015',
  '\u2018',
  '\u2019',
  '\u201c',
  '\u201d',
  '\u00a0',
  '\u0085',
  '\u2028',
  '\ud800',
  '\udc00',
  'é',
  '中',
  '\x01',
  '\x07',
  '\x1b',
  '\x7f',
  '$con',
  '$_',
  '${',
  '${a b}',
  '$(',
  '@(',
  '@{',
  "@'\n",
  "\n'@",
  '@"\n',
  '\n"@',
  '<#',
  '#>',
  '&&',
  '||',
  '..',
  '::',
  '--',
  '-eq',
  '–eq',
  '—and',
  '-not',
  '-Name:',
  '-Name',
  '–RunAsAdministrator',
  '--isolation=hyperv',
  '-it',
  'Get-Process',
  'where',
  'select',
  'docker',
  'run',
  'HyperV',
  '.Name',
  '[0]',
  '1',
  '256MB',
  '0x',
  '1e',
  '.5',
  '5abc',
  "'it''s'",
  '"a $b"',
  '"$($x)"',
  '`$',
  '`\n',
  '{ $_.Id -gt 4 }',
  '(1 + 2)',
  ' | ',
  '; ',
];

const fragment = fc.constantFrom(...FRAGMENTS);
const shortLine = fc
  .array(fc.oneof(fragment, fragment, fc.string({ unit: 'binary', maxLength: 4 })), {
    maxLength: 30,
  })
  .map((parts) => parts.join(''));
const longRun = fc
  .tuple(
    fc.array(fragment, { minLength: 1, maxLength: 3 }),
    fc.integer({ min: 50, max: 1600 }),
    shortLine,
  )
  .map(([parts, times, tail]) => (parts.join('').repeat(times) + tail).slice(0, 5000));
const anyLine = fc.oneof({ arbitrary: shortLine, weight: 19 }, { arbitrary: longRun, weight: 1 });

const CORPUS = [
  '$con = New-Container -Name HYPVCON -ContainerImageName NanoServer -SwitchName "Virtual Switch" -RuntimeType HyperV',
  "Get-Container | Select Name, RuntimeType, ContainerID | Where {$_.RuntimeType -eq 'Hyperv'}",
  'Enter-PSSession -ContainerId $con.ContainerId –RunAsAdministrator',
  "get-process | where {$_.ProcessName -eq 'csrss'}",
  'docker run -it --isolation=hyperv 646d6317b02f cmd',
  'docker run --issolation=hyperv nanoserver',
  'Where RuntimeType -eq HyperV',
  'Get-Process -Name:csrss -IncludeUserName:$false; gps | sort Id | select -Last 1',
  '"id: $con ($($con.State))" + \'x\' -like "T*"',
  '(Get-Container)[0].Name, @(1, 2), ${a b}, -not $x -and !$y',
  'icm -ContainerId $id { gps | where { $_.Id -eq 4 } } # comment <# block #>',
  "@'\nhere $x\n'@",
];

function mutants(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const int = (n: number): number => Math.floor(random() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let line = pick(CORPUS);
    for (let m = 1 + int(4); m > 0; m--) {
      const at = int(line.length + 1);
      switch (int(6)) {
        case 0:
          line = line.slice(0, at) + pick(FRAGMENTS) + line.slice(at);
          break;
        case 1:
          line = line.slice(0, at) + line.slice(at + 1 + int(10));
          break;
        case 2: {
          const piece = line.slice(at, at + 1 + int(8));
          line = (
            line.slice(0, at) +
            piece.repeat(1 + int(random() < 0.05 ? 600 : 20)) +
            line.slice(at)
          ).slice(0, 5000);
          break;
        }
        case 3:
          line = line.slice(0, at) + pick(FRAGMENTS) + line.slice(at + 1);
          break;
        case 4:
          line = line.slice(0, at);
          break;
        default:
          line = line.slice(0, at) + pick(CORPUS).slice(int(40));
      }
    }
    out.push(line);
  }
  return out;
}

describe('parse never throws', () => {
  it('on 6,000 random lines of PowerShell-ish fragments', () => {
    fc.assert(fc.property(anyLine, checkLine), { numRuns: 6000 });
  });

  it('on 6,000 mutations of real command lines', () => {
    for (const line of mutants(6000, 0x150_1ab)) checkLine(line);
  });

  it('on pathological lines', () => {
    const lines = [
      '',
      '\0'.repeat(5000),
      '('.repeat(5000),
      ')'.repeat(5000),
      '{'.repeat(2500) + '}'.repeat(2500),
      '"$('.repeat(1600),
      '$a['.repeat(1600),
      '$a='.repeat(1600),
      '-not '.repeat(1000),
      '!'.repeat(5000),
      '"'.repeat(4999),
      '`'.repeat(5000),
      'a|'.repeat(2500),
      'a,'.repeat(2500),
      '1+'.repeat(2500),
      '$a.b'.repeat(1250),
      Array.from({ length: 5000 }, (_, i) => String.fromCharCode(i % 128)).join(''),
      Array.from({ length: 5000 }, (_, i) => String.fromCharCode(0xd800 + (i % 2048))).join(''),
    ];
    for (const line of lines) checkLine(line);
  });
});
