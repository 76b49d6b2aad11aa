// Parse error texts, word for word from PowerShell's ParserStrings.resx (the ErrorId is the
// resource name). Positions are chosen by the parser as PowerShell's Parser.cs chooses them.

export const PARSE_ERRORS = {
  MissingEndCurlyBrace: () => `Missing closing '}' in statement block or type definition.`,
  MissingEndParenthesisInExpression: () => `Missing closing ')' in expression.`,
  MissingEndParenthesisInSubexpression: () => `Missing closing ')' in subexpression.`,
  MissingEndSquareBracket: () => `Missing ']' after array index expression.`,
  MissingArrayIndexExpression: () => `Array index expression is missing or not valid.`,
  MissingPropertyName: () => `Missing property name after reference operator.`,
  ExpectedExpression: () => `An expression was expected after '('.`,
  EmptyPipeElement: () => `An empty pipe element is not allowed.`,
  ExpressionsMustBeFirstInPipeline: () =>
    `Expressions are only allowed as the first element of a pipeline.`,
  ExpectedValueExpression: (operator: string) =>
    `You must provide a value expression following the '${operator}' operator.`,
  MissingExpressionAfterOperator: (operator: string) =>
    `Missing expression after unary operator '${operator}'.`,
  MissingExpressionAfterToken: (token: string) => `Missing expression after '${token}'.`,
  MissingExpression: (token: string) => `Missing expression after '${token}' in pipeline element.`,
  MissingArgument: () => `Missing argument in parameter list.`,
  ParameterRequiresArgument: (parameter: string) => `Parameter ${parameter} requires an argument.`,
  UnexpectedToken: (token: string) => `Unexpected token '${token}' in expression or statement.`,
  UnrecognizedToken: () => `Unrecognized token in source text.`,
  InvalidLeftHandSide: () =>
    `The assignment expression is not valid. The input to an assignment operator must be an ` +
    `object that is able to accept assignments, such as a variable or a property.`,
  TerminatorExpectedAtEndOfString: (terminator: string) =>
    `The string is missing the terminator: ${terminator}.`,
  UnexpectedCharactersAfterHereStringHeader: () =>
    `No characters are allowed after a here-string header but before the end of the line.`,
  IncompleteDollarSubexpressionReference: () => `$(subexpression) is missing the closing ')'.`,
  IncompleteDollarVariableReference: () =>
    `\${variable} reference starting is missing the closing '}'.`,
  EmptyVariableReference: () =>
    `An empty \${} variable reference was found. A name is required inside the braces.`,
  InvalidVariableReference: () =>
    `Variable reference is not valid. '$' was not followed by a valid variable name character. ` +
    `Consider using \${} to delimit the name.`,
  InvalidVariableReferenceWithDrive: () =>
    `Variable reference is not valid. ':' was not followed by a valid variable name character. ` +
    `Consider using \${} to delimit the name.`,
  IncompleteString: () => `Incomplete string token.`,
  MissingTerminatorMultiLineComment: () =>
    `The terminator '#>' is missing from the multiline comment.`,
  AmpersandNotAllowed: () =>
    `The ampersand (&) character is not allowed. The & operator is reserved for future use; ` +
    `wrap an ampersand in double quotation marks ("&") to pass it as part of a string.`,
  InvalidEndOfLine: (token: string) =>
    `The token '${token}' is not a valid statement separator in this version.`,
  RedirectionNotSupported: (operator: string) =>
    `The '${operator}' operator is reserved for future use.`,
  ScriptTooComplicated: () => `Processing was stopped because the script is too complex.`,
  UnrecoverableParserError: () => `Unrecoverable error in PowerShell.`,
  MissingEqualsInHashLiteral: () => `Missing '=' operator after key in hash literal.`,
  MissingStatementInHashLiteral: () => `Missing statement after '=' in hash literal.`,
  DuplicateKeyInHashLiteral: (key: string) =>
    `Duplicate keys '${key}' are not allowed in hash literals.`,
} as const;

export type ParseErrorId = keyof typeof PARSE_ERRORS;
