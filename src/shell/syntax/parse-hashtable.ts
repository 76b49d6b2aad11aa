// Hash literals, `@{ n = 'Kind'; e = { $_.RuntimeType } }` (Parser.cs HashExpressionRule and
// GetKeyValuePair; docs/fidelity-notes.md H1): keys are read in expression mode (a bare word
// is a string), each value is a statement, entries end at `;` or a newline.
import type { Expression, HashtableEntry, HashtableLiteral, Statement } from '../ast.js';
import {
  after,
  errorExpression,
  extentOf,
  isPunct,
  type ParserState,
  tokenExtent,
} from './parser-state.js';
import type { Token } from './tokens.js';

type Primary = (p: ParserState, t: Token) => Expression | null;

export function hashtableLiteral(p: ParserState, open: Token, primary: Primary): HashtableLiteral {
  p.take(open);
  p.enter(tokenExtent(open));
  try {
    p.skipNewlines();
    const entries: HashtableEntry[] = [];
    for (;;) {
      const entry = keyValuePair(p, primary);
      if (!entry) break;
      entries.push(entry);
      const next = p.peek('command');
      if (next.kind !== 'newline' && !isPunct(next, ';')) break;
      while (p.peek('command').kind === 'newline' || isPunct(p.peek('command'), ';')) {
        p.next('command');
      }
    }
    const close = p.peek('command');
    let end = tokenExtent(open);
    if (isPunct(close, '}')) {
      p.take(close);
      end = tokenExtent(close);
    } else {
      p.reportIncompleteAt('MissingEndCurlyBrace', after(tokenExtent(open)), close.start);
      const last = entries[entries.length - 1];
      if (last) end = last.value.extent;
    }
    duplicateKeys(p, entries);
    return { kind: 'hashtable', entries, extent: extentOf(tokenExtent(open), end) };
  } finally {
    p.leave();
  }
}

function keyValuePair(p: ParserState, primary: Primary): HashtableEntry | null {
  const t = p.peek('expression');
  let key: Expression | null;
  if (t.kind === 'word' && !t.parts) {
    p.take(t);
    key = { kind: 'string', value: t.value, quote: 'bare', extent: tokenExtent(t) };
  } else {
    key = primary(p, t);
  }
  if (!key) return null;
  const equals = p.peek('expression');
  if (!isPunct(equals, '=')) {
    // As PowerShell: report after the key, skip to the next entry, and go on.
    p.report('MissingEqualsInHashLiteral', after(key.extent));
    skipToEntryEnd(p);
    return { key, value: errorStatement(after(key.extent)) };
  }
  p.take(equals);
  p.skipNewlines();
  const value = p.grammar.statement(p);
  if (value) return { key, value };
  p.reportIncomplete('MissingStatementInHashLiteral', after(tokenExtent(equals)));
  return { key, value: errorStatement(after(tokenExtent(equals))) };
}

function skipToEntryEnd(p: ParserState): void {
  for (;;) {
    const t = p.peek('command');
    if (t.kind === 'eof' || t.kind === 'newline' || isPunct(t, '}', ';')) return;
    p.take(t);
  }
}

function errorStatement(extent: HashtableLiteral['extent']): Statement {
  const expression = errorExpression(extent);
  return {
    kind: 'pipeline',
    elements: [{ kind: 'expression-statement', expression, extent }],
    extent,
  };
}

/** SemanticChecks: two constant keys equal but for case. */
function duplicateKeys(p: ParserState, entries: readonly HashtableEntry[]): void {
  const seen = new Set<string>();
  for (const { key } of entries) {
    const text =
      key.kind === 'string' ? key.value : key.kind === 'number' ? String(key.value) : null;
    if (text === null) continue;
    if (seen.has(text.toLowerCase()))
      p.reportSemantic('DuplicateKeyInHashLiteral', key.extent, text);
    seen.add(text.toLowerCase());
  }
}
