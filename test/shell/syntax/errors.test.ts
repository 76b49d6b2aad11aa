// Parse errors as PowerShell 5 reports them: ErrorId, message, the extent it marks, and
// whether the input merely ended too soon (a console would prompt `>>` for more).
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/shell/syntax/index.js';

type Row = readonly [
  input: string,
  errorId: string,
  message: string,
  extent: [number, number],
  incomplete: boolean,
];

const rows: Row[] = [
  // The brace PowerShell marks is the opening one.
  [
    'get-process | where {$_.Name',
    'MissingEndCurlyBrace',
    "Missing closing '}' in statement block or type definition.",
    [20, 21],
    true,
  ],
  [
    '{ a ) }',
    'MissingEndCurlyBrace',
    "Missing closing '}' in statement block or type definition.",
    [0, 1],
    false,
  ],
  [
    "'abc",
    'TerminatorExpectedAtEndOfString',
    "The string is missing the terminator: '.",
    [0, 4],
    true,
  ],
  [
    'Write-Output "abc',
    'TerminatorExpectedAtEndOfString',
    'The string is missing the terminator: ".',
    [13, 17],
    true,
  ],
  [
    '"it`"s',
    'TerminatorExpectedAtEndOfString',
    'The string is missing the terminator: ".',
    [0, 6],
    true,
  ],
  [
    '(1 + 2',
    'MissingEndParenthesisInExpression',
    "Missing closing ')' in expression.",
    [6, 6],
    true,
  ],
  [
    '(Get-Process',
    'MissingEndParenthesisInExpression',
    "Missing closing ')' in expression.",
    [12, 12],
    true,
  ],
  [
    '(a; b)',
    'MissingEndParenthesisInExpression',
    "Missing closing ')' in expression.",
    [2, 2],
    false,
  ],
  ['()', 'ExpectedExpression', "An expression was expected after '('.", [1, 1], false],
  ['Write-Output (', 'ExpectedExpression', "An expression was expected after '('.", [14, 14], true],
  ['a | | b', 'EmptyPipeElement', 'An empty pipe element is not allowed.', [3, 3], false],
  ['Get-Process |', 'EmptyPipeElement', 'An empty pipe element is not allowed.', [13, 13], true],
  ['| Get-Process', 'EmptyPipeElement', 'An empty pipe element is not allowed.', [0, 1], false],
  ['(gps | )', 'EmptyPipeElement', 'An empty pipe element is not allowed.', [6, 6], false],
  [
    '$_.Name -eq',
    'ExpectedValueExpression',
    "You must provide a value expression following the '-eq' operator.",
    [11, 11],
    true,
  ],
  [
    '$x –EQ',
    'ExpectedValueExpression',
    "You must provide a value expression following the '–EQ' operator.",
    [6, 6],
    true,
  ],
  [
    '$x -eq abc',
    'ExpectedValueExpression',
    "You must provide a value expression following the '-eq' operator.",
    [6, 6],
    false,
  ],
  [
    '1 +',
    'ExpectedValueExpression',
    "You must provide a value expression following the '+' operator.",
    [3, 3],
    true,
  ],
  [
    '$x =',
    'ExpectedValueExpression',
    "You must provide a value expression following the '=' operator.",
    [4, 4],
    true,
  ],
  ['$x $y', 'UnexpectedToken', "Unexpected token '$y' in expression or statement.", [3, 5], false],
  [
    "'a' 'b'",
    'UnexpectedToken',
    "Unexpected token ''b'' in expression or statement.",
    [4, 7],
    false,
  ],
  [
    'Get-Process)',
    'UnexpectedToken',
    "Unexpected token ')' in expression or statement.",
    [11, 12],
    false,
  ],
  ['}', 'UnexpectedToken', "Unexpected token '}' in expression or statement.", [0, 1], false],
  [
    '$x -foo',
    'UnexpectedToken',
    "Unexpected token '-foo' in expression or statement.",
    [3, 7],
    false,
  ],
  [
    '$x ? 1 : 2',
    'UnexpectedToken',
    "Unexpected token '?' in expression or statement.",
    [3, 4],
    false,
  ],
  [
    '-not',
    'MissingExpressionAfterOperator',
    "Missing expression after unary operator '-not'.",
    [4, 4],
    true,
  ],
  [
    '!',
    'MissingExpressionAfterOperator',
    "Missing expression after unary operator '!'.",
    [1, 1],
    true,
  ],
  ['1,', 'MissingExpressionAfterToken', "Missing expression after ','.", [2, 2], true],
  [
    'Select Name,',
    'MissingExpression',
    "Missing expression after ',' in pipeline element.",
    [12, 12],
    true,
  ],
  ['&', 'MissingExpression', "Missing expression after '&' in pipeline element.", [0, 1], false],
  ['Select ,Name', 'MissingArgument', 'Missing argument in parameter list.', [7, 8], false],
  [
    'Get-Process -Name:',
    'ParameterRequiresArgument',
    'Parameter -Name: requires an argument.',
    [18, 18],
    false,
  ],
  ['$con.', 'MissingPropertyName', 'Missing property name after reference operator.', [5, 5], true],
  [
    '$a[',
    'MissingArrayIndexExpression',
    'Array index expression is missing or not valid.',
    [3, 3],
    true,
  ],
  ['$a[0', 'MissingEndSquareBracket', "Missing ']' after array index expression.", [4, 4], true],
  [
    '$(Get-Process',
    'MissingEndParenthesisInSubexpression',
    "Missing closing ')' in subexpression.",
    [13, 13],
    true,
  ],
  [
    '"$(Get-Process"',
    'IncompleteDollarSubexpressionReference',
    "$(subexpression) is missing the closing ')'.",
    [1, 15],
    true,
  ],
  [
    '${abc',
    'IncompleteDollarVariableReference',
    "${variable} reference starting is missing the closing '}'.",
    [1, 5],
    true,
  ],
  [
    '${}',
    'EmptyVariableReference',
    'An empty ${} variable reference was found. A name is required inside the braces.',
    [2, 3],
    false,
  ],
  [
    '"$name:"',
    'InvalidVariableReferenceWithDrive',
    "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
    [1, 7],
    false,
  ],
  [
    'Get-Process <# note',
    'MissingTerminatorMultiLineComment',
    "The terminator '#>' is missing from the multiline comment.",
    [12, 19],
    true,
  ],
  ['@', 'UnrecognizedToken', 'Unrecognized token in source text.', [0, 1], false],
  [
    'Get-Process | $x',
    'ExpressionsMustBeFirstInPipeline',
    'Expressions are only allowed as the first element of a pipeline.',
    [14, 16],
    false,
  ],
  [
    'cd x && dir',
    'InvalidEndOfLine',
    "The token '&&' is not a valid statement separator in this version.",
    [5, 7],
    false,
  ],
  [
    'a || b',
    'InvalidEndOfLine',
    "The token '||' is not a valid statement separator in this version.",
    [2, 4],
    false,
  ],
  [
    'docker run -d nanoserver & dir',
    'AmpersandNotAllowed',
    'The ampersand (&) character is not allowed. The & operator is reserved for future use; wrap an ampersand in double quotation marks ("&") to pass it as part of a string.',
    [25, 26],
    false,
  ],
  [
    'Get-Process < in.txt',
    'RedirectionNotSupported',
    "The '<' operator is reserved for future use.",
    [12, 13],
    false,
  ],
  [
    '$con.Name = "x"',
    'InvalidLeftHandSide',
    'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.',
    [0, 9],
    false,
  ],
  ['`', 'IncompleteString', 'Incomplete string token.', [1, 1], true],
  [
    "@'x",
    'UnexpectedCharactersAfterHereStringHeader',
    'No characters are allowed after a here-string header but before the end of the line.',
    [2, 3],
    false,
  ],
  [
    "@'",
    'TerminatorExpectedAtEndOfString',
    "The string is missing the terminator: '@.",
    [0, 2],
    true,
  ],
  [
    '('.repeat(101),
    'ScriptTooComplicated',
    'Processing was stopped because the script is too complex.',
    [100, 101],
    false,
  ],
];

describe('parse errors', () => {
  it.each(rows)('%j → %s', (input, errorId, message, [start, end], incomplete) => {
    const result = parse(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual({
      errorId,
      message,
      extent: { start, end },
      incompleteInput: incomplete,
    });
    expect(result.errors?.[0]).toEqual(result.error);
  });

  it('lists every error in PowerShell order, the first one deciding the ErrorId', () => {
    const result = parse('get-process | where {$_.Name -eq');
    expect(
      !result.ok && result.errors?.map((e) => [e.errorId, e.extent.start, e.extent.end]),
    ).toEqual([
      ['ExpectedValueExpression', 32, 32],
      ['MissingEndCurlyBrace', 20, 21],
    ]);
  });

  it('reports the left-hand side of an assignment only if the line otherwise parses', () => {
    const result = parse('$a.b = (1');
    expect(!result.ok && result.errors?.map((e) => e.errorId)).toEqual([
      'MissingEndParenthesisInExpression',
    ]);
  });

  it('refuses nesting past 100 levels but parses 100', () => {
    for (const [open, close] of [
      ['(', ')'],
      ['{', '}'],
      ['$(', ')'],
      ['-not ', ''],
    ]) {
      expect(parse(`${open!.repeat(100)}1${close!.repeat(100)}`).ok).toBe(true);
      const deeper = parse(`${open!.repeat(101)}1${close!.repeat(101)}`);
      expect(!deeper.ok && deeper.error.errorId).toBe('ScriptTooComplicated');
    }
  });
});
