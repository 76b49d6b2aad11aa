// Hash literals (docs/fidelity-notes.md H1: Parser.cs HashExpressionRule, GetKeyValuePair):
// the tree each form parses to, and the errors PowerShell reports for broken ones.
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/shell/syntax/index.js';
import { extentProblems } from './ast-walk.js';
import { show } from './sexpr.js';

const trees: [input: string, tree: string][] = [
  ['@{}', '(@{ )'],
  ["@{a=1; b='x'}", "(@{ a=1 b='x')"],
  ['@{ a = 1\n b = 2 }', '(@{ a=1 b=2)'],
  [
    "Get-Container | Select-Object @{n='Kind';e={$_.RuntimeType}}",
    "(| (cmd Get-Container) (cmd Select-Object (@{ n='Kind' e={$_.RuntimeType})))",
  ],
  [
    'Select Name, @{Name="Id";Expression={$_.ContainerId}}',
    '(cmd Select (, Name (@{ Name="Id" Expression={$_.ContainerId})))',
  ],
  ["@{'quoted key'=1; 2='two'}", "(@{ 'quoted key'=1 2='two')"],
  ['@{a=Get-Container}', '(@{ a=(cmd Get-Container))'],
  ['$h = @{a=1,2}', '(= $h (@{ a=(, 1 2)))'],
  ['@{a=1}.a', '(@{ a=1).a'],
];

describe('hash literals parse (H1)', () => {
  it.each(trees)('%j', (input, tree) => {
    const result = parse(input);
    expect(show(result)).toBe(tree);
    if (result.ok) expect(extentProblems(input, result.script)).toEqual([]);
  });
});

const errors: [input: string, errorId: string, message: string, at: number, more: boolean][] = [
  [
    '@{a 1}',
    'MissingEqualsInHashLiteral',
    "Missing '=' operator after key in hash literal.",
    3,
    false,
  ],
  [
    '@{a=}',
    'MissingStatementInHashLiteral',
    "Missing statement after '=' in hash literal.",
    4,
    false,
  ],
  [
    '@{a=1',
    'MissingEndCurlyBrace',
    "Missing closing '}' in statement block or type definition.",
    2,
    true,
  ],
  [
    '@{a=',
    'MissingStatementInHashLiteral',
    "Missing statement after '=' in hash literal.",
    4,
    true,
  ],
  [
    '@{a=1;A=2}',
    'DuplicateKeyInHashLiteral',
    "Duplicate keys 'A' are not allowed in hash literals.",
    6,
    false,
  ],
];

describe('broken hash literals (H1)', () => {
  it.each(errors)('%j → %s', (input, errorId, message, at, more) => {
    const result = parse(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.errorId).toBe(errorId);
    expect(result.error.message).toBe(message);
    expect(result.error.extent.start).toBe(at);
    expect(result.error.incompleteInput ?? false).toBe(more);
  });
});
