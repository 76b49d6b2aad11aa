// A command's arguments in argument mode: one value, or a comma list of them.
import type { Expression } from '../ast.js';
import {
  after,
  endsPipelineElement,
  extentOf,
  isPunct,
  type ParserState,
  tokenExtent,
} from './parser-state.js';
import { primaryExpression } from './parse-expressions.js';
import { stringExpression } from './parse-groups.js';
import type { Token } from './tokens.js';

/** Tokens that can never be a command argument. */
export function cannotBeArgument(t: Token): boolean {
  return endsPipelineElement(t) || isPunct(t, '&', '--', ',') || t.kind === 'redirection';
}

/** One argument, or a comma-separated list of them (an ArrayLiteral); null if none is here. */
export function commandArgument(p: ParserState): Expression | null {
  const t = p.peek('command');
  if (cannotBeArgument(t)) return null;
  const first = singleArgument(p, t);
  if (!isPunct(p.peek('command'), ',')) return first;
  const items: Expression[] = [first];
  while (isPunct(p.peek('command'), ',')) {
    const comma = p.next('command');
    p.skipNewlines();
    const next = p.peek('command');
    if (cannotBeArgument(next)) {
      p.reportIncomplete('MissingExpression', after(tokenExtent(comma)), ',');
      break;
    }
    items.push(singleArgument(p, next));
  }
  const last = items[items.length - 1] as Expression;
  return { kind: 'array', items, extent: extentOf(first.extent, last.extent) };
}

export function singleArgument(p: ParserState, t: Token): Expression {
  const primary = primaryExpression(p, 'command', t);
  if (primary) return primary;
  p.take(t);
  if (t.kind === 'word') return stringExpression(p, t, 'bare');
  if (t.kind === 'unknown' && !t.errors) p.report('UnexpectedToken', tokenExtent(t), t.text);
  return { kind: 'string', value: t.text, quote: 'bare', extent: tokenExtent(t) };
}
