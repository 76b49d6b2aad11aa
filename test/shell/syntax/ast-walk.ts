// Walking the syntax tree in tests, and the structural facts every parse must satisfy.
import type {
  CommandElement,
  Expression,
  Extent,
  PipelineElement,
  ScriptBlock,
  Statement,
} from '../../../src/shell/ast.js';

export type Node = ScriptBlock | Statement | PipelineElement | CommandElement | Expression;

export function children(node: Node): Node[] {
  switch (node.kind) {
    case 'script':
      return [...node.statements];
    case 'assignment':
      return [node.value];
    case 'pipeline':
      return [...node.elements];
    case 'expression-statement':
      return [node.expression];
    case 'command':
      return [...node.elements];
    case 'parameter':
      return node.argument ? [node.argument] : [];
    case 'argument':
      return [node.value];
    case 'expandable-string':
      return [...node.parts];
    case 'member':
      return [node.target];
    case 'index':
      return [node.target, node.index];
    case 'array':
      return [...node.items];
    case 'scriptblock':
      return [node.body];
    case 'binary':
      return [node.left, node.right];
    case 'unary':
      return [node.operand];
    case 'paren':
      return [node.pipeline];
    case 'subexpression':
      return [node.body];
    case 'hashtable':
      return node.entries.flatMap((e) => [e.key, e.value]);
    case 'string':
    case 'number':
    case 'variable':
      return [];
  }
}

export function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of children(node)) yield* walk(child);
}

const inside = (inner: Extent, outer: Extent): boolean =>
  inner.start >= outer.start && inner.end <= outer.end;

/** Problems with the extents and source texts of a tree parsed from `line` (empty if none). */
export function extentProblems(line: string, root: ScriptBlock): string[] {
  const problems: string[] = [];
  const check = (node: Node, parent: Node | null): void => {
    const { start, end } = node.extent;
    const where = `${node.kind} ${start}..${end}`;
    if (!(
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      0 <= start &&
      start <= end &&
      end <= line.length
    )) {
      problems.push(`${where}: outside the line`);
    }
    if (parent && !inside(node.extent, parent.extent)) {
      problems.push(
        `${where}: outside its parent ${parent.kind} ${parent.extent.start}..${parent.extent.end}`,
      );
    }
    const slice = line.slice(start, end);
    if ((node.kind === 'argument' || node.kind === 'parameter') && node.text !== slice) {
      problems.push(
        `${where}: text ${JSON.stringify(node.text)} is not the source ${JSON.stringify(slice)}`,
      );
    }
    if (
      node.kind === 'scriptblock' &&
      node.text !== line.slice(node.body.extent.start, node.body.extent.end)
    ) {
      problems.push(`${where}: text is not the body's source`);
    }
    if (node.kind === 'command' && !inside(node.nameExtent, node.extent))
      problems.push(`${where}: name outside`);
    if (node.kind === 'parameter' && node.tokenExtent && !inside(node.tokenExtent, node.extent)) {
      problems.push(`${where}: token outside`);
    }
    for (const child of children(node)) check(child, node);
  };
  check(root, null);
  return problems;
}
