// Groups and strings in expression mode: `( … )`, `$( … )`, `@( … )`, `{ … }`, and strings
// with their `$x` / `$( … )` parts.
import type {
  ExpandableString,
  Expression,
  Extent,
  ScriptBlock,
  ScriptBlockExpression,
  Statement,
  SubExpression,
} from '../ast.js';
import { after, extentOf, isPunct, type ParserState, tokenExtent } from './parser-state.js';

import { type StringPart, type Token, type TokenOf } from './tokens.js';

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
    statements.push(...p.grammar.statementList(p));
    const t = p.peek('command');
    if (t.kind === 'eof') return statements;
    p.take(t);
    p.report('UnexpectedToken', tokenExtent(t), t.text);
  }
}

export function parenExpression(p: ParserState, open: Token): Expression {
  p.take(open);
  p.enter(tokenExtent(open));
  try {
    p.skipNewlines();
    const inner = p.grammar.statement(p);
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

export function subExpression(p: ParserState, open: Token): SubExpression {
  p.take(open);
  p.enter(tokenExtent(open));
  try {
    p.skipNewlines();
    const statements = p.grammar.statementList(p);
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

export function scriptBlockExpression(p: ParserState, open: Token): ScriptBlockExpression {
  p.take(open);
  p.enter(tokenExtent(open));
  try {
    p.skipNewlines();
    const statements = p.grammar.statementList(p);
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
