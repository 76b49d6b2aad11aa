// The syntax tree of one input line. Plain data: the parser builds it, the evaluator
// walks it. Every node carries its extent (offsets into the line) so error records can
// put their tildes under the right characters.

export interface Extent {
  /** 0-based offset of the first character. */
  readonly start: number;
  /** 0-based offset just past the last character. */
  readonly end: number;
}

/** A whole input line (or a script block's body): statements separated by `;` or newlines. */
export interface ScriptBlock {
  readonly kind: 'script';
  readonly statements: readonly Statement[];
  readonly extent: Extent;
}

export type Statement = Pipeline | Assignment;

export interface Assignment {
  readonly kind: 'assignment';
  /** Variable name without `$`. */
  readonly variable: string;
  readonly value: Pipeline;
  readonly extent: Extent;
}

export interface Pipeline {
  readonly kind: 'pipeline';
  readonly elements: readonly PipelineElement[];
  readonly extent: Extent;
}

export type PipelineElement = Command | ExpressionStatement;

/** A pipeline element that is an expression (`$con`, `$con.ContainerId`, `'text'`, `1`). */
export interface ExpressionStatement {
  readonly kind: 'expression-statement';
  readonly expression: Expression;
  readonly extent: Extent;
}

export interface Command {
  readonly kind: 'command';
  /** As typed (`get-process`, `where`, `?`, `docker`). */
  readonly name: string;
  readonly nameExtent: Extent;
  readonly elements: readonly CommandElement[];
  readonly extent: Extent;
}

export type CommandElement = ParameterToken | CommandArgument;

export interface ParameterToken {
  readonly kind: 'parameter';
  /** The name without its dash, as typed (`RunAsAdministrator`). */
  readonly name: string;
  /** The dash character typed: `-`, `–` (U+2013), `—` (U+2014) or `―` (U+2015). */
  readonly dash: string;
  /** `-Name:value` form: the value glued with a colon. */
  readonly argument: Expression | null;
  /** Source text of the whole token (`–RunAsAdministrator`, `--isolation=hyperv`). */
  readonly text: string;
  readonly extent: Extent;
  /**
   * The parameter token alone, dash and colon included (`-Name:` of `-Name:value`), which is
   * what PowerShell underlines for parameter errors. Equal to `extent` without a glued argument.
   * Always set by the parser.
   */
  readonly tokenExtent?: Extent;
}

export interface CommandArgument {
  readonly kind: 'argument';
  readonly value: Expression;
  /** Source text of the argument as typed (docker reads raw words). */
  readonly text: string;
  readonly extent: Extent;
}

export type Expression =
  | StringLiteral
  | ExpandableString
  | NumberLiteral
  | VariableExpression
  | MemberExpression
  | IndexExpression
  | ArrayLiteral
  | ScriptBlockExpression
  | BinaryExpression
  | UnaryExpression
  | ParenExpression
  | SubExpression
  | HashtableLiteral;

export interface StringLiteral {
  readonly kind: 'string';
  readonly value: string;
  /** `bare` is an unquoted command-mode word (`NanoServer`, `646d6317b02f`). */
  readonly quote: 'single' | 'double' | 'bare';
  readonly extent: Extent;
}

/** A double-quoted string containing `$var` or `$(…)`: parts are joined at run time. */
export interface ExpandableString {
  readonly kind: 'expandable-string';
  readonly parts: readonly (
    StringLiteral | VariableExpression | MemberExpression | SubExpression
  )[];
  readonly extent: Extent;
}

export interface NumberLiteral {
  readonly kind: 'number';
  readonly value: number;
  readonly extent: Extent;
}

export interface VariableExpression {
  readonly kind: 'variable';
  /** Without `$`: `con`, `_`, `true`, `null`. */
  readonly name: string;
  readonly extent: Extent;
}

export interface MemberExpression {
  readonly kind: 'member';
  readonly target: Expression;
  readonly member: string;
  readonly extent: Extent;
}

export interface IndexExpression {
  readonly kind: 'index';
  readonly target: Expression;
  readonly index: Expression;
  readonly extent: Extent;
}

/** `a, b, c` — in command mode this is how `Select Name, RuntimeType` passes a list. */
export interface ArrayLiteral {
  readonly kind: 'array';
  readonly items: readonly Expression[];
  readonly extent: Extent;
}

export interface ScriptBlockExpression {
  readonly kind: 'scriptblock';
  readonly body: ScriptBlock;
  /** Source text between the braces. */
  readonly text: string;
  readonly extent: Extent;
}

export type BinaryOperator =
  | 'eq'
  | 'ne'
  | 'gt'
  | 'lt'
  | 'ge'
  | 'le'
  | 'like'
  | 'notlike'
  | 'match'
  | 'notmatch'
  | 'ceq'
  | 'cne'
  | 'cgt'
  | 'clt'
  | 'cge'
  | 'cle'
  | 'clike'
  | 'cnotlike'
  | 'cmatch'
  | 'cnotmatch'
  | 'ieq'
  | 'ine'
  | 'igt'
  | 'ilt'
  | 'ige'
  | 'ile'
  | 'ilike'
  | 'inotlike'
  | 'imatch'
  | 'inotmatch'
  | 'contains'
  | 'notcontains'
  | 'in'
  | 'notin'
  | 'and'
  | 'or'
  | 'xor'
  | '+'
  | '-'
  | '*'
  | '/'
  | '%';

export interface BinaryExpression {
  readonly kind: 'binary';
  readonly operator: BinaryOperator;
  readonly left: Expression;
  readonly right: Expression;
  readonly extent: Extent;
}

export interface UnaryExpression {
  readonly kind: 'unary';
  readonly operator: 'not' | '!' | '-';
  readonly operand: Expression;
  readonly extent: Extent;
}

/** `( pipeline )` */
export interface ParenExpression {
  readonly kind: 'paren';
  readonly pipeline: Pipeline | Assignment;
  readonly extent: Extent;
}

/** `$( statements )`, or `@( statements )` with `array` set. */
export interface SubExpression {
  readonly kind: 'subexpression';
  readonly body: ScriptBlock;
  readonly extent: Extent;
  /** `@( … )`: the results are always collected into an array, even one or none. */
  readonly array?: boolean;
}

/** `@{ key = statement; … }` (Parser.cs HashExpressionRule): entries in the order typed. */
export interface HashtableLiteral {
  readonly kind: 'hashtable';
  readonly entries: readonly HashtableEntry[];
  readonly extent: Extent;
}

export interface HashtableEntry {
  /** A bare word key is a string (`n`, `Expression`); any other key is a value expression. */
  readonly key: Expression;
  readonly value: Statement;
}

/** A parse failure: PowerShell reports these as ParseException records. */
export interface ParseError {
  /** PowerShell's ErrorId, e.g. `MissingEndCurlyBrace`, `TerminatorExpectedAtEndOfString`. */
  readonly errorId: string;
  readonly message: string;
  /** Where the error is reported (PowerShell marks the position after the problem). */
  readonly extent: Extent;
  /**
   * The input ended before the construct did (a missing `}`, `)` or quote at the end), so a
   * console could prompt `>> ` for more instead of failing. Always set by the parser.
   */
  readonly incompleteInput?: boolean;
}

export type ParseResult =
  | { readonly ok: true; readonly script: ScriptBlock }
  | {
      readonly ok: false;
      /** The first error: PowerShell's ParseException takes its ErrorId from it. */
      readonly error: ParseError;
      /**
       * Every error, in the order PowerShell reports them (it prints them all). Always set by the
       * parser.
       */
      readonly errors?: readonly ParseError[];
    };
