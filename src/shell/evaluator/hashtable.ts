// A hash literal's value: a System.Collections.Hashtable, held as an object whose properties
// are its entries in the order typed (docs/fidelity-notes.md H1, H2). Keys are compared
// without case, as PowerShell's `@{}` does.
import type { Expression, HashtableLiteral, Statement } from '../ast.js';
import { HASHTABLE_TYPE } from '../runtime/automatic.js';
import { runtimeError } from '../runtime/errors/catalogue.js';
import { toText } from '../runtime/conversions.js';
import type { PSObject, PSProperty, PSValue } from '../runtime/values.js';
import { RuntimeError } from './runtime-error.js';

export function hashtableValue(
  node: HashtableLiteral,
  evaluate: (e: Expression) => PSValue,
  statementValue: (s: Statement) => PSValue,
): PSObject {
  const properties: PSProperty[] = [];
  const seen = new Set<string>();
  for (const entry of node.entries) {
    const key = evaluate(entry.key);
    if (key === null) {
      const message = 'A null key is not allowed in a hash literal.';
      throw new RuntimeError(runtimeError(message, 'InvalidNullKey', entry.key.extent));
    }
    const name = toText(key);
    if (seen.has(name.toLowerCase())) {
      const message = `Duplicate keys '${name}' are not allowed in hash literals.`;
      throw new RuntimeError(runtimeError(message, 'DuplicateKeyInHashLiteral', entry.key.extent));
    }
    seen.add(name.toLowerCase());
    properties.push({ name, value: statementValue(entry.value) });
  }
  return { $kind: 'object', typeNames: [HASHTABLE_TYPE, 'System.Object'], properties };
}
