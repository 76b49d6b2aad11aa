// A compact S-expression rendering of the syntax tree, so that table rows stay readable:
//   (cmd Set-Container $con -RuntimeType HyperV)       bare words as typed, -params with their dash
//   (| (cmd get-process) (cmd where {(-eq $_.ProcessName 'csrss')}))
//   (= $con (cmd New-Container …))   (, a b)   (paren …)   ($ …)   (@ …)   (expand "a " $x)
import type { Expression, ParseResult, Statement } from '../../../src/shell/ast.js';
import type { Node } from './ast-walk.js';

const word = (s: string): string => (/^[^\s()"'{};|]+$/u.test(s) ? s : JSON.stringify(s));

export function sexpr(node: Node): string {
  switch (node.kind) {
    case 'script':
      return node.statements.map(sexpr).join(' ; ');
    case 'assignment':
      return `(= $${word(node.variable)} ${sexpr(node.value)})`;
    case 'pipeline':
      return node.elements.length === 1
        ? sexpr(node.elements[0]!)
        : `(| ${node.elements.map(sexpr).join(' ')})`;
    case 'expression-statement':
      return sexpr(node.expression);
    case 'command':
      return `(cmd ${word(node.name)}${node.elements.map((e) => ` ${sexpr(e)}`).join('')})`;
    case 'parameter':
      return `${node.dash}${node.name}${node.argument ? `:${sexpr(node.argument)}` : ''}`;
    case 'argument':
      return sexpr(node.value);
    default:
      return expression(node);
  }
}

function expression(node: Expression): string {
  switch (node.kind) {
    case 'string':
      if (node.quote === 'bare') return word(node.value);
      return node.quote === 'single' ? `'${node.value}'` : JSON.stringify(node.value);
    case 'expandable-string':
      return `(expand ${node.parts.map(sexpr).join(' ')})`;
    case 'number':
      return String(node.value);
    case 'variable':
      return `$${word(node.name)}`;
    case 'member':
      return `${sexpr(node.target)}.${word(node.member)}`;
    case 'index':
      return `${sexpr(node.target)}[${sexpr(node.index)}]`;
    case 'array':
      return `(, ${node.items.map(sexpr).join(' ')})`;
    case 'scriptblock':
      return `{${node.body.statements.map(sexpr).join('; ')}}`;
    case 'binary':
      return `(${/^[a-z]/.test(node.operator) ? '-' : ''}${node.operator} ${sexpr(node.left)} ${sexpr(node.right)})`;
    case 'unary':
      return `(${node.operator === 'not' ? '-not' : node.operator} ${sexpr(node.operand)})`;
    case 'paren':
      return `(paren ${sexpr(node.pipeline)})`;
    case 'subexpression':
      return `(${node.array ? '@' : '$'} ${node.body.statements.map((s: Statement) => sexpr(s)).join('; ')})`;
    case 'hashtable':
      return `(@{ ${node.entries.map((e) => `${sexpr(e.key)}=${sexpr(e.value)}`).join(' ')})`;
  }
}

/** The tree of a line that must parse, as an S-expression; a readable failure otherwise. */
export function show(result: ParseResult): string {
  if (result.ok) return sexpr(result.script);
  const e = result.error;
  return `ERROR ${e.errorId} at ${e.extent.start}..${e.extent.end}: ${e.message}`;
}
