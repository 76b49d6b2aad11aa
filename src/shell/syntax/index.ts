// The syntax of isolab's PowerShell 5 command language: lexer and parser, producing the
// tree declared in ../ast.ts.
export { parse } from './parser.js';
export { scanToken } from './lexer.js';
export { PARSE_ERRORS, type ParseErrorId } from './errors.js';
export { MAX_DEPTH } from './parser-state.js';
export type {
  LexError,
  LexMode,
  LexOptions,
  OperatorName,
  Punct,
  StringPart,
  Token,
} from './tokens.js';
