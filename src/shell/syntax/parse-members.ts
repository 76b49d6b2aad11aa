// Member chains after a value: `.Name`, `.Method()`-less member access and `[index]`.
import type { Expression } from '../ast.js';
import { after, errorExpression, isPunct, type ParserState } from './parser-state.js';

import { PartsBuilder, Scanner } from './scanner.js';
import { scanDoubleQuoted, scanSingleQuoted } from './scan-strings.js';
import {
  isDoubleQuote,
  isIdentifierFollow,
  isIdentifierStart,
  isNewline,
  isSingleQuote,
  isWhitespace,
  type LexMode,
} from './tokens.js';

export function memberChain(p: ParserState, mode: LexMode, target: Expression): Expression {
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
    const index = p.grammar.expression(p);
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
