// The lexer is modal, as PowerShell's tokenizer is: the same characters are different tokens
// in command mode (arguments) and expression mode (operators and values).
import { describe, expect, it } from 'vitest';
import { scanToken, type LexMode, type Token } from '../../../src/shell/syntax/index.js';

function summary(t: Token): string {
  switch (t.kind) {
    case 'parameter':
      return `param ${t.dash}${t.name}${t.colon ? ':' : ''}`;
    case 'operator':
      return `op ${t.op}`;
    case 'punct':
      return `punct ${t.value}`;
    case 'word':
      return `word ${JSON.stringify(t.value)}${t.parts ? ' (expands)' : ''}`;
    case 'string':
      return `${t.quote} ${JSON.stringify(t.value)}${t.parts ? ' (expands)' : ''}`;
    case 'number':
      return `number ${t.value}`;
    case 'variable':
      return `var ${t.name}`;
    default:
      return t.kind;
  }
}

function tokens(input: string, mode: LexMode): string[] {
  const out: string[] = [];
  for (let pos = 0; ;) {
    const t = scanToken(input, pos, input.length, { mode });
    if (t.kind === 'eof') return out;
    out.push(summary(t));
    pos = t.end;
  }
}

type Row = readonly [input: string, command: string[], expression: string[]];

const rows: Row[] = [
  ['-eq', ['param -eq'], ['op eq']],
  ['–RunAsAdministrator', ['param –RunAsAdministrator'], ['param –RunAsAdministrator']],
  ['—Not ―and', ['param —Not', 'param ―and'], ['op not', 'op and']],
  ['-Name:value', ['param -Name:', 'word "value"'], ['param -Name', 'punct :', 'word "value"']],
  ['-it', ['param -it'], ['param -it']],
  [
    '--isolation=hyperv',
    ['word "--isolation=hyperv"'],
    ['punct --', 'word "isolation"', 'punct =', 'word "hyperv"'],
  ],
  ['--', ['punct --'], ['punct --']],
  ['-isolation=x', ['param -isolation=x'], ['param -isolation', 'punct =', 'word "x"']],
  ['-5', ['word "-5"'], ['op -', 'number 5']],
  ['- 5', ['word "-"', 'number 5'], ['op -', 'number 5']],
  ['5abc', ['word "5abc"'], ['word "5abc"']],
  ['5+3', ['word "5+3"'], ['number 5', 'op +', 'number 3']],
  [
    '256MB 1.5 .5 0x10',
    ['number 268435456', 'number 1.5', 'number 0.5', 'number 16'],
    ['number 268435456', 'number 1.5', 'number 0.5', 'number 16'],
  ],
  ['1..5', ['word "1..5"'], ['number 1', 'punct ..', 'number 5']],
  ['646d6317b02f', ['word "646d6317b02f"'], ['word "646d6317b02f"']],
  ['$a+1', ['word "$a+1" (expands)'], ['var a', 'op +', 'number 1']],
  // Member access is recognised by the parser right after a value; on its own `.b` is a word.
  ['$a.b', ['var a', 'word ".b"'], ['var a', 'punct .', 'word "b"']],
  ['${a b}', ['var a b'], ['var a b']],
  ['$', ['word "$"'], ['word "$"']],
  ["'it''s'", ['single "it\'s"'], ['single "it\'s"']],
  ['"a $b"', ['double "a $b" (expands)'], ['double "a $b" (expands)']],
  ['"a `$b"', ['double "a $b"'], ['double "a $b"']],
  ["a'b c'd", ['word "ab cd"'], ['word "a"', 'single "b c"', 'word "d"']],
  ['Get-Process', ['word "Get-Process"'], ['word "Get"', 'param -Process']],
  ['a#b #c', ['word "a#b"'], ['word "a"']],
  ['x <# y #> z', ['word "x"', 'word "z"'], ['word "x"', 'word "z"']],
  ['!x !', ['word "!x"', 'word "!"'], ['word "!x"', 'op !']],
  [
    '= + * / %',
    ['word "="', 'word "+"', 'word "*"', 'word "/"', 'word "%"'],
    ['punct =', 'op +', 'op *', 'op /', 'op %'],
  ],
  ['+= -= ++', ['word "+="', 'word "-="', 'word "++"'], ['punct +=', 'punct -=', 'punct ++']],
  ['? %', ['word "?"', 'word "%"'], ['word "?"', 'op %']],
  [
    '( ) { } ; , |',
    ['punct (', 'punct )', 'punct {', 'punct }', 'punct ;', 'punct ,', 'punct |'],
    ['punct (', 'punct )', 'punct {', 'punct }', 'punct ;', 'punct ,', 'punct |'],
  ],
  ['$( @( @{', ['punct $(', 'punct @(', 'punct @{'], ['punct $(', 'punct @(', 'punct @{']],
  ['[a] [', ['word "[a]"', 'punct ['], ['punct [', 'word "a"', 'punct ]', 'punct [']],
  [
    '& && || > 2>&1',
    ['punct &', 'punct &&', 'punct ||', 'redirection', 'redirection'],
    ['punct &', 'punct &&', 'punct ||', 'redirection', 'redirection'],
  ],
  ['a\nb', ['word "a"', 'newline', 'word "b"'], ['word "a"', 'newline', 'word "b"']],
  ['a `\n b', ['word "a"', 'word "b"'], ['word "a"', 'word "b"']],
  [
    '\0x a\0',
    ['word "\\u0000x"', 'word "a"', 'word "\\u0000"'],
    ['word "\\u0000x"', 'word "a"', 'word "\\u0000"'],
  ],
];

describe('lexer', () => {
  it.each(rows)('%j', (input, command, expression) => {
    expect(tokens(input, 'command')).toEqual(command);
    expect(tokens(input, 'expression')).toEqual(expression);
  });

  it('reads a sign into a number only where an operand is expected', () => {
    const operand = (input: string): Token =>
      scanToken(input, 0, input.length, { mode: 'expression', allowSignedNumbers: true });
    expect(summary(operand('-5'))).toBe('number -5');
    expect(summary(operand('–5'))).toBe('number -5');
    expect(summary(operand('+.5'))).toBe('number 0.5');
    expect(summary(operand('-x'))).toBe('param -x');
  });

  it('keeps each token’s source text and offsets', () => {
    const t = scanToken('  –RunAsAdministrator x', 0, 23, { mode: 'command' });
    expect(t).toMatchObject({
      kind: 'parameter',
      start: 2,
      end: 21,
      text: '–RunAsAdministrator',
      dash: '–',
    });
  });

  it('carries lexical errors on the token instead of throwing', () => {
    const t = scanToken('"open', 0, 5, { mode: 'command' });
    expect(t.errors).toEqual([
      {
        errorId: 'TerminatorExpectedAtEndOfString',
        message: 'The string is missing the terminator: ".',
        start: 0,
        end: 5,
        incomplete: true,
      },
    ]);
  });

  it('stops at the region limit as at the end of input', () => {
    expect(scanToken('abc)def', 0, 3, { mode: 'command' })).toMatchObject({
      kind: 'word',
      value: 'abc',
      end: 3,
    });
    expect(scanToken('abc', 3, 3, { mode: 'command' }).kind).toBe('eof');
  });
});
