// Expression mode (Parser.cs ExpressionRule … PrimaryExpressionRule): binary operators by
// PowerShell's precedence, the comma operator (tighter than any binary operator), unary
// operators, and primaries with `.member` and `[index]` chains.
import type {
  BinaryOperator,
  ExpandableString,
  Expression,
  Extent,
  ScriptBlock,
  ScriptBlockExpression,
  Statement,
  SubExpression,
} from '../ast.js';
import {
  after,
  errorExpression,
  extentOf,
  isPunct,
  type ParserState,
  tokenExtent,
} from './parser-state.js';
import { statement, statementList } from './parse-statements.js';
import { PartsBuilder, Scanner } from './scanner.js';
import { scanDoubleQuoted, scanSingleQuoted } from './scan-strings.js';
import {
  binaryPrecedence,
  isBinaryOperator,
  isDoubleQuote,
  isIdentifierFollow,
  isIdentifierStart,
  isNewline,
  isSingleQuote,
  isWhitespace,
  type LexMode,
  type StringPart,
  type Token,
  type TokenOf,
} from './tokens.js';

/** An expression, or null (nothing consumed) if the next token cannot start one. */
export function expression(p: ParserState): Expression | null {
  const first = arrayLiteral(p);
  if (!first) return null;
  const operands: Expression[] = [first];
  const operators: BinaryOperator[] = [];
  const reduce = (): void => {
    const right = operands.pop() as Expression;
    const left = operands.pop() as Expression;
    const op = operators.pop() as BinaryOperator;
    operands.push({
      kind: 'binary',
      operator: op,
      left,
      right,
      extent: extentOf(left.extent, right.extent),
    });
  };
  for (;;) {
    const t = p.peek('expression');
    if (t.kind !== 'operator' || !isBinaryOperator(t.op)) {
      if (t.kind === 'parameter') {
        // An unknown `-word` after a value: PowerShell reports it and eats it.
        p.take(t);
        p.report('UnexpectedToken', tokenExtent(t), t.text);
      }
      break;
    }
    const op = t.op;
    p.take(t);
    // Left-associative: reduce while the stacked operator binds at least as tightly.
    while (
      operators.length > 0 &&
      binaryPrecedence(op) <= binaryPrecedence(operators[operators.length - 1] as BinaryOperator)
    ) {
      reduce();
    }
    operators.push(op);
    p.skipNewlines();
    let right = arrayLiteral(p);
    if (!right) {
      // As PowerShell: report, stand in for the operand, and go on with the next operator.
      p.reportIncomplete('ExpectedValueExpression', after(tokenExtent(t)), t.text);
      right = errorExpression(after(tokenExtent(t)));
    }
    operands.push(right);
  }
  while (operators.length > 0) reduce();
  return operands[0] as Expression;
}

function arrayLiteral(p: ParserState): Expression | null {
  const first = unary(p);
  if (!first) return null;
  if (!isPunct(p.peek('expression'), ',')) return first;
  const items: Expression[] = [first];
  while (isPunct(p.peek('expression'), ',')) {
    const comma = p.next('expression');
    p.skipNewlines();
    const item = unary(p);
    if (!item) {
      p.reportIncomplete('MissingExpressionAfterToken', after(tokenExtent(comma)), ',');
      break;
    }
    items.push(item);
  }
  const last = items[items.length - 1] as Expression;
  return { kind: 'array', items, extent: extentOf(first.extent, last.extent) };
}

function unary(p: ParserState): Expression | null {
  const t = p.peek('expression', true);
  const isUnary =
    (t.kind === 'operator' && (t.op === 'not' || t.op === '!' || t.op === '-' || t.op === '+')) ||
    isPunct(t, ',', '--', '++');
  if (!isUnary) {
    const primary = primaryExpression(p, 'expression', t);
    if (primary) postfixOperator(p);
    return primary;
  }
  p.take(t);
  p.enter(tokenExtent(t));
  try {
    p.skipNewlines();
    const child = unary(p);
    if (!child) {
      p.reportIncomplete('MissingExpressionAfterOperator', after(tokenExtent(t)), t.text);
      return errorExpression(tokenExtent(t));
    }
    const extent = extentOf(tokenExtent(t), child.extent);
    if (t.kind === 'punct' && t.value === ',') return { kind: 'array', items: [child], extent };
    if (t.kind === 'operator' && (t.op === 'not' || t.op === '!' || t.op === '-')) {
      return { kind: 'unary', operator: t.op, operand: child, extent };
    }
    // Unary `+`, `++` and `--` exist in PowerShell but not in this language.
    p.report('UnexpectedToken', tokenExtent(t), t.text);
    return errorExpression(extent);
  } finally {
    p.leave();
  }
}

/** `$x++` / `$x--`: PowerShell's postfix operators, which this language does not have. */
function postfixOperator(p: ParserState): void {
  const t = p.peek('expression');
  if (isPunct(t, '++', '--')) {
    p.take(t);
    p.report('UnexpectedToken', tokenExtent(t), t.text);
  }
}

/**
 * A value (`$x`, `1`, `'s'`, `( … )`, `$( … )`, `@( … )`, `{ … }`) with its member chain, or
 * null if `t` (the token at the cursor, not yet consumed) does not start one.
 */
export function primaryExpression(p: ParserState, mode: LexMode, t: Token): Expression | null {
  let value: Expression;
  switch (t.kind) {
    case 'variable':
      p.take(t);
      value = { kind: 'variable', name: t.name, extent: tokenExtent(t) };
      break;
    case 'number':
      p.take(t);
      value = { kind: 'number', value: t.value, extent: tokenExtent(t) };
      break;
    case 'string':
      p.take(t);
      value = stringExpression(p, t, t.quote);
      break;
    case 'punct':
      if (t.value === '(') value = parenExpression(p, t);
      else if (t.value === '$(' || t.value === '@(') value = subExpression(p, t);
      else if (t.value === '{') value = scriptBlockExpression(p, t);
      else if (t.value === '@{') {
        // Hash literals are not part of this language.
        p.take(t);
        p.report('UnexpectedToken', tokenExtent(t), t.text);
        return errorExpression(tokenExtent(t));
      } else return null;
      break;
    default:
      return null;
  }
  return memberChain(p, mode, value);
}

/** A string or bare-word token as a value: literal, or expandable when it holds `$x` / `$( … )`. */
export function stringExpression(
  p: ParserState,
  t: TokenOf<'string'> | TokenOf<'word'>,
  quote: 'single' | 'double' | 'bare',
): Expression {
  const extent = tokenExtent(t);
  if (!t.parts) return { kind: 'string', value: t.value, quote, extent };
  const parts: ExpandableString['parts'][number][] = t.parts.map((part) =>
    stringPart(p, part, quote),
  );
  return { kind: 'expandable-string', parts, extent };
}

function stringPart(
  p: ParserState,
  part: StringPart,
  quote: 'single' | 'double' | 'bare',
): ExpandableString['parts'][number] {
  const extent = { start: part.start, end: part.end };
  switch (part.kind) {
    case 'text':
      return { kind: 'string', value: part.value, quote, extent };
    case 'variable':
      return { kind: 'variable', name: part.name, extent };
    case 'subexpression': {
      p.enter(extent);
      try {
        const statements = p.inRegion(part.bodyStart, part.bodyEnd, () => regionStatements(p));
        const body: ScriptBlock = {
          kind: 'script',
          statements,
          extent: { start: part.bodyStart, end: part.bodyEnd },
        };
        return { kind: 'subexpression', body, extent };
      } finally {
        p.leave();
      }
    }
  }
}

/** All the statements of a region, reporting stray `)` / `}` as PowerShell does at top level. */
export function regionStatements(p: ParserState): Statement[] {
  const statements: Statement[] = [];
  for (;;) {
    statements.push(...statementList(p));
    const t = p.peek('command');
    if (t.kind === 'eof') return statements;
    p.take(t);
    p.report('UnexpectedToken', tokenExtent(t), t.text);
  }
}

function parenExpression(p: ParserState, open: Token): Expression {
  p.take(open);
  p.enter(tokenExtent(open));
  try {
    p.skipNewlines();
    const inner = statement(p);
    if (!inner) p.reportIncomplete('ExpectedExpression', after(tokenExtent(open)));
    p.skipNewlines();
    const close = p.peek('command');
    let end: Extent;
    if (isPunct(close, ')')) {
      p.take(close);
      end = tokenExtent(close);
    } else {
      end = inner ? inner.extent : tokenExtent(open);
      p.reportIncompleteAt('MissingEndParenthesisInExpression', after(end), close.start);
    }
    const pipeline = inner ?? { kind: 'pipeline', elements: [], extent: after(tokenExtent(open)) };
    return { kind: 'paren', pipeline, extent: extentOf(tokenExtent(open), end) };
  } finally {
    p.leave();
  }
}

function subExpression(p: ParserState, open: Token): SubExpression {
  p.take(open);
  p.enter(tokenExtent(open));
  try {
    p.skipNewlines();
    const statements = statementList(p);
    p.skipNewlines();
    const close = p.peek('command');
    const bodyStart = open.end;
    let bodyEnd: number;
    let end: number;
    if (isPunct(close, ')')) {
      p.take(close);
      bodyEnd = close.start;
      end = close.end;
    } else {
      p.reportIncomplete('MissingEndParenthesisInSubexpression', tokenExtent(close));
      bodyEnd =
        statements.length > 0
          ? (statements[statements.length - 1] as Statement).extent.end
          : bodyStart;
      end = bodyEnd;
    }
    const body: ScriptBlock = {
      kind: 'script',
      statements,
      extent: { start: bodyStart, end: bodyEnd },
    };
    const node: SubExpression = { kind: 'subexpression', body, extent: { start: open.start, end } };
    return isPunct(open, '@(') ? { ...node, array: true } : node;
  } finally {
    p.leave();
  }
}

function scriptBlockExpression(p: ParserState, open: Token): ScriptBlockExpression {
  p.take(open);
  p.enter(tokenExtent(open));
  try {
    p.skipNewlines();
    const statements = statementList(p);
    const close = p.peek('command');
    let bodyEnd: number;
    let end: number;
    if (isPunct(close, '}')) {
      p.take(close);
      bodyEnd = close.start;
      end = close.end;
    } else {
      // PowerShell marks the opening brace; the input is merely incomplete if it ran out.
      p.reportIncompleteAt('MissingEndCurlyBrace', tokenExtent(open), close.start);
      bodyEnd =
        statements.length > 0
          ? (statements[statements.length - 1] as Statement).extent.end
          : open.end;
      end = bodyEnd;
    }
    const bodyExtent = { start: open.end, end: bodyEnd };
    return {
      kind: 'scriptblock',
      body: { kind: 'script', statements, extent: bodyExtent },
      text: p.src.slice(bodyExtent.start, bodyExtent.end),
      extent: { start: open.start, end },
    };
  } finally {
    p.leave();
  }
}

/**
 * `.Member` and `[index]` right after a value (no blank between). In command mode a dot
 * followed by a blank ends the argument instead.
 */
function memberChain(p: ParserState, mode: LexMode, target: Expression): Expression {
  let expr = target;
  for (;;) {
    const at = p.pos;
    const c = charAt(p, at);
    if (c === '.' && charAt(p, at + 1) !== '.') {
      const following = charAt(p, at + 1);
      if (
        mode === 'command' &&
        (following === '' || following === '\0' || isWhitespace(following) || isNewline(following))
      )
        return expr;
      const member = memberName(p, at + 1);
      if (!member) {
        p.pos = at + 1;
        p.reportIncomplete('MissingPropertyName', { start: at + 1, end: at + 1 });
        return expr;
      }
      p.pos = member.end;
      expr = {
        kind: 'member',
        target: expr,
        member: member.name,
        extent: { start: expr.extent.start, end: member.end },
      };
      if (charAt(p, p.pos) === '(' || charAt(p, p.pos) === '{') {
        // Method calls are not part of this language.
        p.report('UnexpectedToken', { start: p.pos, end: p.pos + 1 }, charAt(p, p.pos));
        return expr;
      }
    } else if (c === '[') {
      expr = indexExpression(p, expr, at);
    } else {
      return expr;
    }
  }
}

function charAt(p: ParserState, i: number): string {
  return i < p.limit ? (p.src[i] as string) : '';
}

/** A member name: an identifier, or a quoted string without expansions. */
function memberName(p: ParserState, start: number): { name: string; end: number } | null {
  const c = charAt(p, start);
  if (isIdentifierStart(c)) {
    let end = start + 1;
    while (isIdentifierFollow(charAt(p, end))) end++;
    return { name: p.src.slice(start, end), end };
  }
  if (isSingleQuote(c) || isDoubleQuote(c)) {
    const s = new Scanner(p.src, start + 1, p.limit, { mode: 'expression' });
    const b = new PartsBuilder();
    if (isSingleQuote(c)) scanSingleQuoted(s, b, start);
    else scanDoubleQuoted(s, b, start);
    if (s.errors.length > 0 || b.finish() !== null) return null;
    return { name: b.value, end: s.i };
  }
  return null;
}

function indexExpression(p: ParserState, target: Expression, open: number): Expression {
  const openExtent = { start: open, end: open + 1 };
  p.pos = open + 1;
  p.enter(openExtent);
  try {
    p.skipNewlines();
    const index = expression(p);
    if (!index) p.reportIncomplete('MissingArrayIndexExpression', after(openExtent));
    p.skipNewlines();
    const close = p.peek('expression');
    let end: number;
    if (isPunct(close, ']')) {
      p.take(close);
      end = close.end;
    } else {
      if (index) p.reportIncompleteAt('MissingEndSquareBracket', after(index.extent), close.start);
      end = index ? index.extent.end : open + 1;
    }
    return {
      kind: 'index',
      target,
      index: index ?? errorExpression(after(openExtent)),
      extent: { start: target.extent.start, end },
    };
  } finally {
    p.leave();
  }
}
