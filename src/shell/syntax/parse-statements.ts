// Statements, pipelines and commands (Parser.cs StatementListRule, PipelineChainRule,
// PipelineRule, CommandRule, GetCommandArgument). Each pipeline element is first tried as an
// expression; if no expression starts there, it is a command in command mode.
import type {
  Assignment,
  Command,
  CommandElement,
  Expression,
  Extent,
  ParameterToken,
  Pipeline,
  PipelineElement,
  Statement,
} from '../ast.js';
import {
  after,
  endsPipelineElement,
  extentOf,
  isPunct,
  type ParserState,
  tokenExtent,
} from './parser-state.js';
import { expression } from './parse-expressions.js';

import { commandArgument } from './parse-arguments.js';
import type { LexMode, Token, TokenOf } from './tokens.js';

/** Statements up to a `)`, `}` or the end of the region (which the caller deals with). */
export function statementList(p: ParserState): Statement[] {
  const statements: Statement[] = [];
  p.skipStatementSeparators();
  for (;;) {
    const s = statement(p);
    if (!s) break;
    statements.push(s);
    p.skipStatementSeparators();
    const next = p.nextChar();
    if (next === ')' || next === '}') break;
  }
  return statements;
}

/** A pipeline or an assignment; null if none starts here. */
export function statement(p: ParserState): Statement | null {
  const first = expression(p);
  if (first) {
    const t = p.peek('expression');
    if (isPunct(t, '=')) return assignment(p, first, t);
    if (isPunct(t, '+=', '-=', '*=', '/=', '%=')) {
      // Compound assignment is PowerShell, but not this language.
      p.take(t);
      p.report('UnexpectedToken', tokenExtent(t), t.text);
    }
  }
  return pipeline(p, first);
}

function assignment(p: ParserState, target: Expression, equals: Token): Assignment {
  p.take(equals);
  p.enter(tokenExtent(equals));
  try {
    p.skipNewlines();
    const rhs = statement(p);
    if (!rhs) p.reportIncomplete('ExpectedValueExpression', after(tokenExtent(equals)), '=');
    // PowerShell checks the left-hand side after parsing (SemanticChecks).
    if (target.kind !== 'variable') p.reportSemantic('InvalidLeftHandSide', target.extent);
    let value: Pipeline;
    if (!rhs) value = { kind: 'pipeline', elements: [], extent: after(tokenExtent(equals)) };
    else if (rhs.kind === 'pipeline') value = rhs;
    else {
      // `$a = $b = 1`: the inner assignment is the value, as `$a = ($b = 1)`.
      const paren: Expression = { kind: 'paren', pipeline: rhs, extent: rhs.extent };
      value = {
        kind: 'pipeline',
        elements: [{ kind: 'expression-statement', expression: paren, extent: rhs.extent }],
        extent: rhs.extent,
      };
    }
    const variable = target.kind === 'variable' ? target.name : '';
    return { kind: 'assignment', variable, value, extent: extentOf(target.extent, value.extent) };
  } finally {
    p.leave();
  }
}

function pipeline(p: ParserState, first: Expression | null): Pipeline | null {
  const elements: PipelineElement[] = [];
  let pipe: Token | null = null;
  let expr = first;
  for (let index = 0; ; index++) {
    if (!expr && index > 0) expr = expression(p);
    let element: PipelineElement | null;
    let mode: LexMode = 'command';
    if (expr) {
      if (elements.length > 0) p.report('ExpressionsMustBeFirstInPipeline', expr.extent);
      element = { kind: 'expression-statement', expression: expr, extent: expr.extent };
      mode = 'expression';
    } else {
      element = command(p);
    }
    if (element) {
      elements.push(element);
    } else if (elements.length > 0 || isPunct(p.peek('command'), '|')) {
      // After a pipe the empty element is just past it; before the first pipe, at the pipe.
      p.reportIncomplete(
        'EmptyPipeElement',
        pipe ? after(tokenExtent(pipe)) : tokenExtent(p.peek('command')),
      );
    }
    expr = null;
    const t = p.peek(mode);
    if (isPunct(t, '|')) {
      pipe = p.take(t);
      p.skipNewlines();
      if (p.nextChar() === '') {
        p.reportIncomplete('EmptyPipeElement', after(tokenExtent(t)));
        break;
      }
      continue;
    }
    if (!endsPipelineElement(t)) unexpectedAfterExpression(p, t);
    break;
  }
  if (elements.length === 0) return null;
  const last = elements[elements.length - 1] as PipelineElement;
  return {
    kind: 'pipeline',
    elements,
    extent: extentOf((elements[0] as PipelineElement).extent, last.extent),
  };
}

/** Something after an expression that can neither continue nor end it (`$x $y`, `'a' 'b'`). */
function unexpectedAfterExpression(p: ParserState, t: Token): void {
  if (t.kind === 'redirection') {
    p.take(t);
    p.report('RedirectionNotSupported', tokenExtent(t), t.text);
  } else if (isPunct(t, '&')) {
    p.take(t);
    p.report('AmpersandNotAllowed', tokenExtent(t));
  } else {
    // Not consumed: the statement list goes on from here, as PowerShell's error recovery does.
    p.report('UnexpectedToken', tokenExtent(t), t.text);
  }
}

function command(p: ParserState): Command | null {
  const first = p.peek('command');
  if (endsPipelineElement(first)) return null;
  p.take(first);
  let name: string;
  let nameExtent: Extent;
  if (isPunct(first, '&', '.')) {
    // The call / dot-source operator: `& docker …`, `. 'name'`.
    const t = p.peek('command');
    if (endsPipelineElement(t) || isPunct(t, '&')) {
      p.report('MissingExpression', tokenExtent(first), first.text);
      return null;
    }
    p.take(t);
    if ((t.kind === 'word' || t.kind === 'string') && !t.parts) {
      name = t.value;
    } else {
      p.report('UnexpectedToken', tokenExtent(t), t.text);
      name = t.text;
    }
    nameExtent = tokenExtent(t);
  } else {
    name = commandName(p, first);
    nameExtent = tokenExtent(first);
  }
  const elements = commandElements(p, isPunct(first, '--'));
  const end =
    elements.length > 0
      ? (elements[elements.length - 1] as CommandElement).extent.end
      : nameExtent.end;
  return { kind: 'command', name, nameExtent, elements, extent: { start: first.start, end } };
}

function commandName(p: ParserState, t: Token): string {
  switch (t.kind) {
    case 'word':
      return t.value;
    case 'redirection':
      p.report('RedirectionNotSupported', tokenExtent(t), t.text);
      return t.text;
    case 'unknown':
      if (!t.errors) p.report('UnexpectedToken', tokenExtent(t), t.text);
      return t.text;
    default:
      // A `-word` or stray punctuation in command-name position is the name, as typed.
      return t.text;
  }
}

function commandElements(p: ParserState, sawDashDash: boolean): CommandElement[] {
  const elements: CommandElement[] = [];
  for (;;) {
    const t = p.peek('command');
    if (endsPipelineElement(t)) return elements;
    if (isPunct(t, '&')) {
      p.take(t);
      p.report('AmpersandNotAllowed', tokenExtent(t));
    } else if (isPunct(t, ',')) {
      p.take(t);
      p.report('MissingArgument', tokenExtent(t));
      p.skipNewlines();
    } else if (t.kind === 'redirection') {
      p.take(t);
      p.report('RedirectionNotSupported', tokenExtent(t), t.text);
    } else if (isPunct(t, '--')) {
      // The first `--` ends the parameters (kept as a parameter named '-'); later ones are words.
      p.take(t);
      elements.push(sawDashDash ? bareArgument(p, t) : dashDash(p, t));
      sawDashDash = true;
    } else if (t.kind === 'parameter') {
      p.take(t);
      elements.push(sawDashDash ? bareArgument(p, t) : parameter(p, t));
    } else {
      const value = commandArgument(p) as Expression;
      elements.push({
        kind: 'argument',
        value,
        text: p.src.slice(value.extent.start, value.extent.end),
        extent: value.extent,
      });
    }
  }
}

function bareArgument(p: ParserState, t: Token): CommandElement {
  const extent = tokenExtent(t);
  return {
    kind: 'argument',
    value: { kind: 'string', value: t.text, quote: 'bare', extent },
    text: t.text,
    extent,
  };
}

function dashDash(p: ParserState, t: Token): ParameterToken {
  const extent = tokenExtent(t);
  return {
    kind: 'parameter',
    name: '-',
    dash: t.text.charAt(0),
    argument: null,
    text: t.text,
    extent,
    tokenExtent: extent,
  };
}

function parameter(p: ParserState, t: TokenOf<'parameter'>): ParameterToken {
  const token = tokenExtent(t);
  let argument: Expression | null = null;
  let extent = token;
  if (t.colon && !isPunct(p.peek('command'), ',')) {
    argument = commandArgument(p);
    if (argument) extent = extentOf(token, argument.extent);
    else p.report('ParameterRequiresArgument', after(token), t.text);
  }
  return {
    kind: 'parameter',
    name: t.name,
    dash: t.dash,
    argument,
    text: p.src.slice(extent.start, extent.end),
    extent,
    tokenExtent: token,
  };
}
