// The entry point: one input line (or script) → its syntax tree, or PowerShell's parse errors.
import type { ParseError, ParseResult, ScriptBlock } from '../ast.js';
import { PARSE_ERRORS } from './errors.js';
import { skipBlanks } from './lexer.js';
import { isNewline } from './tokens.js';
import { NestingTooDeep, ParserState, type PendingError } from './parser-state.js';
import { regionStatements } from './parse-groups.js';
import { expression } from './parse-expressions.js';
import { statement, statementList } from './parse-statements.js';

const GRAMMAR = { statement, statementList, expression };

/** Parses a line of the command language. Never throws, whatever the input. */
export function parse(line: string): ParseResult {
  const p = new ParserState(line, GRAMMAR);
  let script: ScriptBlock | null = null;
  try {
    script = {
      kind: 'script',
      statements: regionStatements(p),
      extent: { start: 0, end: line.length },
    };
  } catch (e) {
    if (!(e instanceof NestingTooDeep)) {
      // A parser bug or an exhausted stack: fail like PowerShell rather than throw.
      p.errors.push({
        errorId: 'UnrecoverableParserError',
        message: PARSE_ERRORS.UnrecoverableParserError(),
        extent: { start: 0, end: line.length },
        detectedAt: null,
      });
    }
  }
  const pending = p.errors.length > 0 ? p.errors : p.semanticErrors;
  if (script && pending.length === 0) return { ok: true, script };
  const errors = pending.map((e) => finish(line, e));
  return { ok: false, error: errors[0] as ParseError, errors };
}

function finish(line: string, e: PendingError): ParseError {
  return {
    errorId: e.errorId,
    message: e.message,
    extent: e.extent,
    incompleteInput: e.detectedAt !== null && atEndOfInput(line, e.detectedAt),
  };
}

/** PowerShell's IsAtEndOfScript: only blanks, newlines and comments remain after `from`. */
function atEndOfInput(line: string, from: number): boolean {
  let pos = Math.min(Math.max(from, 0), line.length);
  for (;;) {
    pos = skipBlanks(line, pos, line.length);
    if (pos >= line.length) return true;
    if (!isNewline(line[pos] as string)) return false;
    pos++;
  }
}
