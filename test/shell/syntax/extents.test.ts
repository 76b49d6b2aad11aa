// Exact [start, end) extents: error records put their tildes under them.
import { describe, expect, it } from 'vitest';
import type { Command, Extent, ScriptBlock } from '../../../src/shell/ast.js';
import { parse } from '../../../src/shell/syntax/index.js';
import { walk } from './ast-walk.js';

function script(line: string): ScriptBlock {
  const result = parse(line);
  if (!result.ok) throw new Error(`${line}: ${result.error.message}`);
  return result.script;
}

function firstCommand(line: string): Command {
  for (const node of walk(script(line))) if (node.kind === 'command') return node;
  throw new Error(`no command in ${line}`);
}

const span = (e: Extent): [number, number] => [e.start, e.end];

/** A command's extents as rows: [what, start, end, source text]. */
function commandExtents(line: string): [string, number, number, string][] {
  const c = firstCommand(line);
  const row = (what: string, e: Extent): [string, number, number, string] => [
    what,
    e.start,
    e.end,
    line.slice(e.start, e.end),
  ];
  return [
    row('command', c.extent),
    row('name', c.nameExtent),
    ...c.elements.flatMap((e) =>
      e.kind === 'parameter' && e.tokenExtent && e.tokenExtent !== e.extent && e.argument
        ? [row('parameter', e.extent), row('token', e.tokenExtent), row('value', e.argument.extent)]
        : [row(e.kind, e.extent)],
    ),
  ];
}

describe('command extents', () => {
  it('marks the seed Enter-PSSession line as PowerShell does (argument at char 30)', () => {
    expect(
      commandExtents('Enter-PSSession -ContainerId $con.ContainerId –RunAsAdministrator'),
    ).toEqual([
      ['command', 0, 65, 'Enter-PSSession -ContainerId $con.ContainerId –RunAsAdministrator'],
      ['name', 0, 15, 'Enter-PSSession'],
      ['parameter', 16, 28, '-ContainerId'],
      ['argument', 29, 45, '$con.ContainerId'],
      ['parameter', 46, 65, '–RunAsAdministrator'],
    ]);
  });

  it('covers a command after an assignment and a quoted argument with its quotes', () => {
    expect(
      commandExtents('$con = New-Container -Name HYPVCON -SwitchName "Virtual Switch"'),
    ).toEqual([
      ['command', 7, 63, 'New-Container -Name HYPVCON -SwitchName "Virtual Switch"'],
      ['name', 7, 20, 'New-Container'],
      ['parameter', 21, 26, '-Name'],
      ['argument', 27, 34, 'HYPVCON'],
      ['parameter', 35, 46, '-SwitchName'],
      ['argument', 47, 63, '"Virtual Switch"'],
    ]);
  });

  it('keeps docker words exactly as typed', () => {
    expect(commandExtents('docker run -it --isolation=hyperv 646d6317b02f cmd')).toEqual([
      ['command', 0, 50, 'docker run -it --isolation=hyperv 646d6317b02f cmd'],
      ['name', 0, 6, 'docker'],
      ['argument', 7, 10, 'run'],
      ['parameter', 11, 14, '-it'],
      ['argument', 15, 33, '--isolation=hyperv'],
      ['argument', 34, 46, '646d6317b02f'],
      ['argument', 47, 50, 'cmd'],
    ]);
  });

  it('gives a glued -Name:value the whole extent and the token alone', () => {
    expect(commandExtents('Get-Process -Name:csrss -Id 4')).toEqual([
      ['command', 0, 29, 'Get-Process -Name:csrss -Id 4'],
      ['name', 0, 11, 'Get-Process'],
      ['parameter', 12, 23, '-Name:csrss'],
      ['token', 12, 18, '-Name:'],
      ['value', 18, 23, 'csrss'],
      ['parameter', 24, 27, '-Id'],
      ['argument', 28, 29, '4'],
    ]);
  });

  it('spans a comma list as one argument, and a script block with its braces', () => {
    expect(
      commandExtents('Select Name, RuntimeType | Where {$_.RuntimeType -eq "HyperV"}'),
    ).toEqual([
      ['command', 0, 24, 'Select Name, RuntimeType'],
      ['name', 0, 6, 'Select'],
      ['argument', 7, 24, 'Name, RuntimeType'],
    ]);
    const where = script('Select Name | Where {$_.RuntimeType -eq "HyperV"}').statements[0];
    expect(where?.kind === 'pipeline' && span(where.elements[1]!.extent)).toEqual([14, 49]);
  });

  it('measures the parameter token with its typed dash in UTF-16 units', () => {
    const p = firstCommand('gps —Name x').elements[0]!;
    expect(p).toMatchObject({
      kind: 'parameter',
      name: 'Name',
      dash: '—',
      text: '—Name',
      extent: { start: 4, end: 9 },
    });
  });

  it('ends a command at its last element, not at trailing blanks or comments', () => {
    expect(span(firstCommand('Get-Process   # all of them').extent)).toEqual([0, 11]);
  });
});

describe('expression extents', () => {
  const nodes = (line: string): [string, number, number, string][] =>
    [...walk(script(line))].map((n) => [
      n.kind,
      n.extent.start,
      n.extent.end,
      line.slice(n.extent.start, n.extent.end),
    ]);

  it('nests binary, member and variable extents', () => {
    expect(nodes("$_.RuntimeType -eq 'Hyperv'")).toEqual([
      ['script', 0, 27, "$_.RuntimeType -eq 'Hyperv'"],
      ['pipeline', 0, 27, "$_.RuntimeType -eq 'Hyperv'"],
      ['expression-statement', 0, 27, "$_.RuntimeType -eq 'Hyperv'"],
      ['binary', 0, 27, "$_.RuntimeType -eq 'Hyperv'"],
      ['member', 0, 14, '$_.RuntimeType'],
      ['variable', 0, 2, '$_'],
      ['string', 19, 27, "'Hyperv'"],
    ]);
  });

  it('places the parts of an expandable string and the body of a subexpression', () => {
    expect(nodes('"id: $con ($($con.State))"')).toEqual([
      ['script', 0, 26, '"id: $con ($($con.State))"'],
      ['pipeline', 0, 26, '"id: $con ($($con.State))"'],
      ['expression-statement', 0, 26, '"id: $con ($($con.State))"'],
      ['expandable-string', 0, 26, '"id: $con ($($con.State))"'],
      ['string', 1, 5, 'id: '],
      ['variable', 5, 9, '$con'],
      ['string', 9, 11, ' ('],
      ['subexpression', 11, 24, '$($con.State)'],
      ['script', 13, 23, '$con.State'],
      ['pipeline', 13, 23, '$con.State'],
      ['expression-statement', 13, 23, '$con.State'],
      ['member', 13, 23, '$con.State'],
      ['variable', 13, 17, '$con'],
      ['string', 24, 25, ')'],
    ]);
  });

  it('gives a script block its braces and its body the text between them', () => {
    const block = [...walk(script('where { $_.Id -gt 4 }'))].find((n) => n.kind === 'scriptblock');
    expect(block).toMatchObject({
      extent: { start: 6, end: 21 },
      text: ' $_.Id -gt 4 ',
      body: { extent: { start: 7, end: 20 } },
    });
  });

  it('covers parentheses, index and member of a parenthesized pipeline', () => {
    expect(nodes('(Get-Container)[0].Name').slice(3, 8)).toEqual([
      ['member', 0, 23, '(Get-Container)[0].Name'],
      ['index', 0, 18, '(Get-Container)[0]'],
      ['paren', 0, 15, '(Get-Container)'],
      ['pipeline', 1, 14, 'Get-Container'],
      ['command', 1, 14, 'Get-Container'],
    ]);
  });

  it('spans an assignment from the variable to the end of its pipeline', () => {
    expect(nodes('$c = gps | sort Id').slice(1, 4)).toEqual([
      ['assignment', 0, 18, '$c = gps | sort Id'],
      ['pipeline', 5, 18, 'gps | sort Id'],
      ['command', 5, 8, 'gps'],
    ]);
  });
});
