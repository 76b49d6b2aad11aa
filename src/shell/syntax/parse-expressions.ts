// Expression mode (Parser.cs ExpressionRule … PrimaryExpressionRule): binary operators by
// PowerShell's precedence, the comma operator (tighter than any binary operator), unary
// operators, and primaries with `.member` and `[index]` chains.
import type { BinaryOperator, Expression } from '../ast.js';
import {
  after,
  errorExpression,
  extentOf,
  isPunct,
  type ParserState,
  tokenExtent,
} from './parser-state.js';

import { binaryPrecedence, isBinaryOperator, type LexMode, type Token } from './tokens.js';
import { memberChain } from './parse-members.js';
import { hashtableLiteral } from './parse-hashtable.js';
import {
  parenExpression,
  scriptBlockExpression,
  stringExpression,
  subExpression,
} from './parse-groups.js';

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
      else if (t.value === '@{')
        value = hashtableLiteral(p, t, (q, k) => primaryExpression(q, 'expression', k));
      else return null;
      break;
    default:
      return null;
  }
  return memberChain(p, mode, value);
}
